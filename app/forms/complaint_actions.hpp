#pragma once

#include "session_bound.hpp"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// 投诉: the steps of a complaint the signed-in user may take now (ComplaintFlow, the
// table the server judges by), after intake: judge it valid or explain and close it,
// investigate (cause, department, responsible person, photos), propose a solution, the
// manager approves or sends it back, carry it out with the owner's confirmation, the
// return visit, and the manager's evaluation that closes it. Each step is saved at once
// and waits to sync; QML shows a step's form when `steps` holds it.
class ComplaintActions : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString complaintId READ complaintId WRITE setComplaintId NOTIFY complaintIdChanged)
    // The flow's action names this user may take now ("accept", "approve" ...).
    Q_PROPERTY(QStringList steps READ steps NOTIFY changed)
    // The same as {action: true}, for QML bindings ("offered[action] === true").
    Q_PROPERTY(QVariantMap offered READ offered NOTIFY changed)
    Q_PROPERTY(int photoCount READ photoCount NOTIFY changed)
    Q_PROPERTY(bool hasSignature READ hasSignature NOTIFY changed)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit ComplaintActions(Session* session = nullptr, QObject* parent = nullptr);

    QString complaintId() const { return id_; }
    void setComplaintId(const QString& id);
    QStringList steps() const { return steps_; }
    QVariantMap offered() const;
    int photoCount() const { return photos_; }
    bool hasSignature() const { return signed_; }
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }

    Q_INVOKABLE bool can(const QString& action) const { return steps_.contains(action); }
    Q_INVOKABLE QString stepLabel(const QString& action) const;
    // 2 judge: valid and reasonable; or explained to the owner and closed with the reason.
    Q_INVOKABLE bool judgeValid();
    Q_INVOKABLE bool explain(const QString& reason);
    // 3 investigate.
    Q_INVOKABLE bool addPhoto(const QUrl& image);
    Q_INVOKABLE bool investigate(const QString& cause, const QString& department, const QString& person);
    // 4 propose; the manager approves or sends it back with the reason.
    Q_INVOKABLE bool propose(const QString& solution);
    Q_INVOKABLE bool approve();
    Q_INVOKABLE bool sendBack(const QString& reason);
    // 5 carry out: `consent` "signature" (after setSignature) or "verbal".
    Q_INVOKABLE bool setSignature(const QString& pngDataUrl);
    Q_INVOKABLE bool carryOut(const QString& consent, const QString& penalty, const QString& feedback);
    // 6 the return visit, then the manager's evaluation and improvement close it.
    Q_INVOKABLE bool markVisited();
    Q_INVOKABLE bool close(const QString& evaluation, const QString& improvement);
    Q_INVOKABLE void reload();

signals:
    void complaintIdChanged();
    void changed();
    void errorChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    template <class F>
    bool run(F&& action);
    void setError(const QString& error);

    QString id_, error_;
    QStringList steps_;
    int photos_ = 0;
    bool signed_ = false;
};
