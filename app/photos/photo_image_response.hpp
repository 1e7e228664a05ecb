#pragma once

#include <QImage>
#include <QQuickImageResponse>
#include <QSize>
#include <QString>

#include <atomic>
#include <memory>

class PhotoCache;

// One image://photos/<sha256> request of an Image: a PhotoImageJob on the cache's
// threads does the work; this waits for it. The engine deletes the response once it
// finished, which it always does (cancelled included).
class PhotoImageResponse : public QQuickImageResponse {
public:
    PhotoImageResponse(PhotoCache& cache, const QString& sha256, const QSize& requestedSize);

    QQuickTextureFactory* textureFactory() const override;
    QString errorString() const override { return error_; }
    void cancel() override;

private:
    QImage image_;
    QString error_;
    std::shared_ptr<std::atomic<bool>> cancelled_ = std::make_shared<std::atomic<bool>>(false);
};
