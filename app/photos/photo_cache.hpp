#pragma once

#include "photo_fetch.hpp"
#include "photo_files.hpp"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QUrl>
#include <QWaitCondition>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

// A record's photos wherever they are: the device's own file while it has one, else a
// copy fetched from the server when the photo is shown and kept in a bounded cache
// (PhotoFiles). QML shows them through the image provider "photos"
// (image://photos/<sha256>, PhotoImageProvider), which calls load() on this service's
// threads; the QML singleton PhotoCache says why a photo could not be shown.
//
// Nothing is remembered of a failure but its reason: the next time the photo is shown,
// it is asked for again.
class PhotoCache : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    struct Options {
        QString storeFile; // the device's store: the sign-in's token and server address
        QString outboxDir; // photos taken here and not yet verified by the server
        QString cacheDir;
        std::int64_t maxBytes = PhotoFiles::defaultMaxBytes;
        std::chrono::milliseconds timeout = std::chrono::seconds(20);
    };
    enum class Problem { None, Offline, NotAvailable, SignedOut, Damaged };
    Q_ENUM(Problem)

    explicit PhotoCache(const Options& options, QObject* parent = nullptr);
    // Gives up on the fetches on the wire and waits for the threads.
    ~PhotoCache() override;
    // The QML singleton: the photo cache of the engine's AppServices.
    static PhotoCache* create(QQmlEngine* engine, QJSEngine*);

    // What QML shows a photo by.
    static QUrl urlOf(const std::string& sha256);
    static constexpr const char* providerId = "photos";

    // The photo's file, fetched first when the device has none: blocking, for a worker
    // thread (pool()). Empty when it cannot be had now; problem() says why. Two calls for
    // one photo fetch it once. `abandon` is asked while a fetch waits.
    QString load(const QString& sha256, const std::function<bool()>& abandon = {});
    Problem problemOf(const QString& sha256) const;
    // The file load() gave does not decode: a cached copy goes (fetched again next time),
    // a photo of the outbox stays (the only copy; the server judges it on upload).
    void markUnreadable(const QString& sha256);
    // Why the photo at `source` (an image://photos/ url: a thumbnail's model data, a
    // string) could not be shown, in the user's language; empty when nothing went wrong.
    Q_INVOKABLE QString problem(const QString& source) const;

    PhotoFiles& files() { return files_; }
    // The threads that fetch and decode; two, so a slow fetch leaves room for a local file.
    QThreadPool& pool() { return pool_; }
    bool stopping() const { return stopping_; }
    // How many requests went to the server (tests: a second view uses the cache).
    int fetchCount() const { return fetches_; }

private:
    PhotoFiles files_;
    PhotoFetch fetch_;
    QThreadPool pool_;
    mutable QMutex mutex_;
    QWaitCondition fetched_;
    QSet<QString> fetching_;
    QHash<QString, Problem> problems_;
    std::atomic<bool> stopping_{false};
    std::atomic<int> fetches_{0};
};
