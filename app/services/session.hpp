#pragma once

#include "values.hpp"

#include "patrolbook/store.hpp"

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class SyncWorker;

// The signed-in user and the device's store, for the whole UI. The store (one SQLite
// file under the data directory) is opened on the GUI thread for the screens; the sync
// worker opens its own connection to the same file on its thread.
//
// Every local write goes through a form controller and ends with recordsChanged(), which
// the models listen to; a pull ends with the same signal.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool signedIn READ signedIn NOTIFY userChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    // Unset while signed out.
    Q_PROPERTY(Values::StaffRole role READ role NOTIFY userChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY userChanged)
    // Whether this device has ever signed in: from then on the app works offline.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    // Bumps on every change of the device's records (a save, a pull): models reload.
    Q_PROPERTY(int revision READ revision NOTIFY recordsChanged)

public:
    // Opens (or creates) the store under `dataDir` and starts the sync thread.
    // `defaultServerUrl` is the address the sign-in form proposes before the first sign-in.
    explicit Session(QString dataDir, QString defaultServerUrl = {}, QObject* parent = nullptr);
    // Stops the sync thread, then closes the store.
    ~Session() override;
    // The QML singleton: the session of the engine's AppServices.
    static Session* create(QQmlEngine* engine, QJSEngine*);

    // Where the store and the photos live.
    QString dataDir() const { return dataDir_; }
    // The device's SQLite file, for a connection of one's own (a count off the GUI thread).
    QString storeFile() const;

    bool signedIn() const { return !userId_.isEmpty(); }
    QString userId() const { return userId_; }
    QString userName() const { return userName_; }
    Values::StaffRole role() const { return role_; }
    QString serverUrl() const { return serverUrl_; }
    bool busy() const { return busy_; }
    bool hasError() const { return !errorString_.isEmpty(); }
    QString errorString() const { return errorString_; }
    int revision() const { return revision_; }
    // The properties the user works for (from the staff record, once pulled).
    QStringList propertyIds();

    Q_INVOKABLE void signIn(const QString& serverUrl, const QString& username, const QString& password);
    // Signs out; the records and pending changes stay on the device (they are never
    // thrown away) and go out after the same user's next sign-in.
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearError();
    // Reads the sign-in again from the store (after something else wrote it).
    void reloadUser() { loadUser(); }

    patrolbook::Store& store() { return *store_; }
    SyncWorker* worker() { return worker_; }
    QString photoDir() const;
    // Called by whoever wrote to the store: recordsChanged follows within
    // changeCoalesceMs, once for a burst of writes.
    void notifyRecordsChanged();
    // Emits recordsChanged now if one is due (tests and benchmarks that read at once).
    void flushRecordsChanged();
    static constexpr int changeCoalesceMs = 150;

signals:
    void userChanged();
    void busyChanged();
    void errorChanged();
    void recordsChanged();
    // A sign-in the user asked for succeeded.
    void signedInNow();
    // The app leaves the foreground (Android may kill it from then on): forms save what
    // is being typed.
    void suspending();

private:
    void loadUser();
    void setBusy(bool busy);
    void setError(const QString& error);

    QString dataDir_, defaultServerUrl_;
    std::unique_ptr<patrolbook::Store> store_;
    SyncWorker* worker_ = nullptr;
    QString userId_, userName_, serverUrl_, errorString_;
    Values::StaffRole role_ = Values::StaffRole::Unset;
    bool busy_ = false;
    int revision_ = 0;
    QTimer changeTimer_;
};
