#pragma once

#include "problem_list_model.hpp"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QNetworkInformation;
class Session;

// What the Sync screen shows, and what makes sync run by itself: after every local save
// (a few seconds later, so a form being filled in is sent as one change), when the
// network comes back, every few minutes while changes wait, and when the user asks.
class SyncStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY stateChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY stateChanged)
    // The last successful sync on this device (kept across restarts); invalid before the first.
    Q_PROPERTY(QDateTime lastSyncAt READ lastSyncAt NOTIFY stateChanged)
    // The same as the screen says it, on the phone's clock (a sync is the phone's event);
    // "" before the first.
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY stateChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    // Photo upload: 0..1, and whether one is going on.
    Q_PROPERTY(bool uploading READ uploading NOTIFY progressChanged)
    Q_PROPERTY(double photoProgress READ photoProgress NOTIFY progressChanged)
    Q_PROPERTY(ProblemListModel* problems READ problems CONSTANT)
    // Sync by itself (on by default; tests and the screenshots turn it off).
    Q_PROPERTY(bool automatic READ automatic WRITE setAutomatic NOTIFY automaticChanged)

public:
    // Follows `session`'s records and drives its sync worker.
    explicit SyncStatus(Session& session, QObject* parent = nullptr);
    // The QML singleton: the sync status of the engine's AppServices.
    static SyncStatus* create(QQmlEngine* engine, QJSEngine*);

    bool running() const { return running_; }
    int pendingCount() const { return pending_; }
    int problemCount() const;
    QDateTime lastSyncAt() const { return lastSyncAt_; }
    QString lastSyncText() const;
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }
    bool uploading() const { return uploading_; }
    double photoProgress() const { return progress_; }
    ProblemListModel* problems() { return &problems_; }
    bool automatic() const { return automatic_; }
    void setAutomatic(bool on);

    Q_INVOKABLE void syncNow();
    // The user's answers to a refused change (see Outbox::retry/discard).
    Q_INVOKABLE void retry(qint64 seq);
    Q_INVOKABLE bool discard(qint64 seq);
    // The user has looked at a conflict: the record's review flag goes.
    Q_INVOKABLE void acknowledgeConflict(const QString& entity, const QString& recordId);

signals:
    void stateChanged();
    void progressChanged();
    void automaticChanged();
    // A sync run ended (whatever its outcome).
    void finished();

private:
    void refreshCounts();
    void onRecordsChanged();
    void onFinished(int pushed, int pulled, int rejected, int conflicts, const QString& error, bool needsUser);

    Session* session_;
    ProblemListModel problems_;
    QTimer debounce_, periodic_;
    bool running_ = false, again_ = false, uploading_ = false, automatic_ = true;
    int pending_ = 0;
    double progress_ = 0;
    QDateTime lastSyncAt_;
    QString error_;
};
