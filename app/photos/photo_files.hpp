#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <cstdint>

// The device's photo files, in two folders that never mix:
// - the outbox (<dataDir>/photos): photos taken here that the server has not verified
//   yet, the only copy there is. PhotoUploader deletes each once the server has it;
//   nothing here ever deletes one.
// - the cache (<dataDir>/photo-cache): copies fetched from the server to be shown, at
//   most maxBytes together, the least recently shown going first when a new one needs
//   room. Losing one costs a download, never a photo.
//
// Thread-safe: the image provider's jobs read and fill it from worker threads.
class PhotoFiles {
public:
    // About 400 photos as the app keeps them (2048 px, JPEG 85: ~0.5 MB each).
    static constexpr std::int64_t defaultMaxBytes = 200LL * 1024 * 1024;

    PhotoFiles(QString outboxDir, QString cacheDir, std::int64_t maxBytes = defaultMaxBytes);

    // The file that holds the photo (the outbox's first), or empty when the device has
    // none. A cached copy found counts as shown now.
    QString find(const QString& sha256);
    // Keeps bytes fetched from the server (already checked against their name) and
    // returns their file; then drops the least recently shown copies until the cache
    // fits its bound again. The new copy stays even if alone it is larger.
    QString put(const QString& sha256, const QByteArray& bytes);

    // Drops the cached copy (never the outbox's file).
    void forget(const QString& sha256);

    std::int64_t cachedBytes() const;
    int cachedCount() const;
    std::int64_t maxBytes() const { return maxBytes_; }
    QString cacheDir() const { return cacheDir_; }

private:
    struct Entry {
        std::int64_t size = 0;
        // Order of last use in this process; from the files' times at start.
        std::uint64_t lastUse = 0;
    };
    void scan();
    void evictFor(const QString& keep);
    QString cachePath(const QString& sha256) const;

    const QString outboxDir_, cacheDir_;
    const std::int64_t maxBytes_;
    mutable QMutex mutex_;
    QHash<QString, Entry> entries_;
    std::int64_t total_ = 0;
    std::uint64_t clock_ = 0;
};
