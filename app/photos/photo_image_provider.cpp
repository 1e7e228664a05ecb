#include "photo_image_provider.hpp"

#include "photo_image_response.hpp"

PhotoImageProvider::PhotoImageProvider(PhotoCache& cache)
    : cache_(cache)
{
}

QQuickImageResponse* PhotoImageProvider::requestImageResponse(const QString& id, const QSize& requestedSize)
{
    return new PhotoImageResponse(cache_, id, requestedSize);
}
