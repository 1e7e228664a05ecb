#include "photo_files.hpp"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <vector>

namespace {

QString fileName(const QString& sha256)
{
    return sha256 + QStringLiteral(".jpg");
}

// The last use is kept as the file's modification time, so the order of use survives a
// restart; within a run the counter decides (file times can tie within a tick).
void markUsed(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

} // namespace

PhotoFiles::PhotoFiles(QString outboxDir, QString cacheDir, std::int64_t maxBytes)
    : outboxDir_(std::move(outboxDir))
    , cacheDir_(std::move(cacheDir))
    , maxBytes_(maxBytes)
{
    QDir().mkpath(cacheDir_);
    scan();
    QMutexLocker lock(&mutex_);
    evictFor({}); // a smaller bound than last run's
}

void PhotoFiles::scan()
{
    QMutexLocker lock(&mutex_);
    QDir dir(cacheDir_);
    // Oldest first: they get the lowest use counts.
    const auto files = dir.entryInfoList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const auto& info : files)
        entries_.insert(info.completeBaseName(), Entry{info.size(), ++clock_});
    for (const auto& e : std::as_const(entries_))
        total_ += e.size;
    // A write cut short by the app being killed (QSaveFile's temporary files).
    for (const auto& stale : dir.entryList({QStringLiteral("*.jpg.*")}, QDir::Files))
        dir.remove(stale);
}

QString PhotoFiles::cachePath(const QString& sha256) const
{
    return QDir(cacheDir_).filePath(fileName(sha256));
}

QString PhotoFiles::find(const QString& sha256)
{
    QString outbox = QDir(outboxDir_).filePath(fileName(sha256));
    if (QFileInfo::exists(outbox))
        return outbox;
    QMutexLocker lock(&mutex_);
    auto it = entries_.find(sha256);
    if (it == entries_.end())
        return {};
    QString path = cachePath(sha256);
    if (!QFileInfo::exists(path)) { // removed behind our back (the user cleared app data)
        total_ -= it->size;
        entries_.erase(it);
        return {};
    }
    it->lastUse = ++clock_;
    markUsed(path);
    return path;
}

QString PhotoFiles::put(const QString& sha256, const QByteArray& bytes)
{
    QString path = cachePath(sha256);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {}; // a full disk: shown next time, fetched again
    QMutexLocker lock(&mutex_);
    auto& entry = entries_[sha256];
    total_ += bytes.size() - entry.size;
    entry = Entry{bytes.size(), ++clock_};
    evictFor(sha256);
    return path;
}

void PhotoFiles::forget(const QString& sha256)
{
    QMutexLocker lock(&mutex_);
    if (const auto it = entries_.find(sha256); it != entries_.end()) {
        QFile::remove(cachePath(sha256));
        total_ -= it->size;
        entries_.erase(it);
    }
}

void PhotoFiles::evictFor(const QString& keep)
{
    if (total_ <= maxBytes_)
        return;
    std::vector<std::pair<std::uint64_t, QString>> byUse;
    byUse.reserve(std::size_t(entries_.size()));
    for (auto it = entries_.cbegin(); it != entries_.cend(); ++it)
        byUse.emplace_back(it->lastUse, it.key());
    std::sort(byUse.begin(), byUse.end());
    for (const auto& [use, sha] : byUse) {
        if (total_ <= maxBytes_)
            break;
        if (sha == keep)
            continue;
        QFile::remove(cachePath(sha));
        total_ -= entries_.value(sha).size;
        entries_.remove(sha);
    }
}

std::int64_t PhotoFiles::cachedBytes() const
{
    QMutexLocker lock(&mutex_);
    return total_;
}

int PhotoFiles::cachedCount() const
{
    QMutexLocker lock(&mutex_);
    return int(entries_.size());
}
