#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace patrolbook {
class Store;
namespace sync {
class SyncEngine;
}
} // namespace patrolbook
class QtTransport;

// Everything that talks to the server, on a thread of its own so the UI never waits for
// the network. It has its own connection to the device's SQLite file; SQLite's WAL mode
// and busy timeout let the screens keep reading and saving meanwhile.
//
// Slots are called through queued connections (QMetaObject::invokeMethod); results come
// back as signals, delivered on the GUI thread.
class SyncWorker : public QObject {
    Q_OBJECT

public:
    SyncWorker(QString storePath, QString photoDir);
    ~SyncWorker() override;
    // Moves the worker to its thread and starts it.
    void start();
    void stop();

public slots:
    void signIn(const QString& serverUrl, const QString& username, const QString& password);
    void signOut();
    // Push, pull and photo upload, retrying with backoff while the network is down.
    void sync();

signals:
    // error empty on success.
    void signInFinished(const QString& error);
    void signOutFinished(const QString& error);
    // Counts of this run; error empty on success, else what went wrong in the user's words.
    void syncFinished(int pushed, int pulled, int rejected, int conflicts, const QString& error, bool needsUser);
    void photoProgress(qint64 done, qint64 total);
    // The store changed under the screens (a pull brought records).
    void recordsPulled();

private:
    // The network waits run a local event loop on this thread, which would start the next
    // queued call inside the running one: calls that arrive meanwhile wait their turn.
    void runOrQueue(std::function<void()> job);
    void doSignIn(const QString& serverUrl, const QString& username, const QString& password);
    void doSignOut();
    void doSync();
    void open();
    void close();
    bool inJob_ = false;
    std::deque<std::function<void()>> queued_;
    QString storePath_, photoDir_;
    QThread thread_;
    std::atomic<bool> stopping_{false};
    std::unique_ptr<patrolbook::Store> store_;
    std::unique_ptr<QtTransport> transport_;
    std::unique_ptr<patrolbook::sync::SyncEngine> engine_;
};
