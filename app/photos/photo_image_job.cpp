#include "photo_image_job.hpp"

#include "photo_cache.hpp"

#include <QImageReader>
#include <QMetaEnum>

#include <algorithm>
#include <cmath>

PhotoImageJob::PhotoImageJob(PhotoCache& cache, QString sha256, QSize requestedSize,
                             std::shared_ptr<const std::atomic<bool>> cancelled)
    : cache_(cache)
    , sha256_(std::move(sha256))
    , requestedSize_(requestedSize)
    , cancelled_(std::move(cancelled))
{
}

void PhotoImageJob::run()
{
    // The strip scrolled away or the page closed while this waited for a thread.
    if (*cancelled_ || cache_.stopping()) {
        emit done({}, QStringLiteral("cancelled"));
        return;
    }
    const QString path = cache_.load(sha256_, [this] { return cancelled_->load(); });
    if (path.isEmpty()) {
        // For the log; the words for people come from PhotoCache::problem().
        const char* problem = QMetaEnum::fromType<PhotoCache::Problem>().valueToKey(int(cache_.problemOf(sha256_)));
        emit done({}, QStringLiteral("photo %1 not available: %2").arg(sha256_, QLatin1String(problem)));
        return;
    }
    const QImage image = decode(path);
    if (image.isNull()) {
        cache_.markUnreadable(sha256_);
        emit done({}, QStringLiteral("photo %1 does not decode").arg(sha256_));
        return;
    }
    emit done(image, {});
}

QImage PhotoImageJob::decode(const QString& path) const
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    // A thumbnail is decoded small (a 2048 px photo is 16 MB as pixels): just large
    // enough to cover the size asked for, as Image's PreserveAspectCrop fills it.
    if (full.isValid() && (requestedSize_.width() > 0 || requestedSize_.height() > 0)) {
        const double sx = requestedSize_.width() > 0 ? double(requestedSize_.width()) / full.width() : 0.0;
        const double sy = requestedSize_.height() > 0 ? double(requestedSize_.height()) / full.height() : 0.0;
        const double scale = std::max(sx, sy);
        if (scale > 0.0 && scale < 1.0)
            reader.setScaledSize(QSize(std::max(1, int(std::lround(full.width() * scale))),
                                       std::max(1, int(std::lround(full.height() * scale)))));
    }
    return reader.read();
}
