#include "photo_image_response.hpp"

#include "photo_cache.hpp"
#include "photo_image_job.hpp"

PhotoImageResponse::PhotoImageResponse(PhotoCache& cache, const QString& sha256, const QSize& requestedSize)
{
    auto* job = new PhotoImageJob(cache, sha256, requestedSize, cancelled_);
    // Queued to this response's thread; dropped if the response is gone by then.
    connect(job, &PhotoImageJob::done, this, [this](const QImage& image, const QString& error) {
        image_ = image;
        error_ = error;
        emit finished();
    });
    cache.pool().start(job);
}

QQuickTextureFactory* PhotoImageResponse::textureFactory() const
{
    return QQuickTextureFactory::textureFactoryForImage(image_);
}

void PhotoImageResponse::cancel()
{
    // The job ends soon after and reports; finished() still follows, as the engine needs.
    *cancelled_ = true;
}
