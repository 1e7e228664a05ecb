#pragma once

#include <QQuickAsyncImageProvider>

class PhotoCache;

// image://photos/<sha256>: a record's photo for Image, from the device's file or the
// server (PhotoCache), loaded off the GUI thread and decoded at the Image's sourceSize.
// The engine owns it; the cache outlives the engine (AppServices).
class PhotoImageProvider : public QQuickAsyncImageProvider {
public:
    explicit PhotoImageProvider(PhotoCache& cache);
    QQuickImageResponse* requestImageResponse(const QString& id, const QSize& requestedSize) override;

private:
    PhotoCache& cache_;
};
