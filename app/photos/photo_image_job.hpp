#pragma once

#include <QImage>
#include <QObject>
#include <QRunnable>
#include <QSize>
#include <QString>

#include <atomic>
#include <memory>

class PhotoCache;

// The work behind one image://photos/ request, on a PhotoCache thread: the photo's file
// (fetched when the device has none), decoded at the size asked for. Its response
// (PhotoImageResponse) may be gone by the time it is done: it reports through a signal,
// which a destroyed receiver no longer gets.
class PhotoImageJob : public QObject, public QRunnable {
    Q_OBJECT

public:
    PhotoImageJob(PhotoCache& cache, QString sha256, QSize requestedSize,
                  std::shared_ptr<const std::atomic<bool>> cancelled);
    void run() override;

signals:
    // A null image with `error` when there is no photo to show.
    void done(const QImage& image, const QString& error);

private:
    QImage decode(const QString& path) const;

    PhotoCache& cache_;
    const QString sha256_;
    const QSize requestedSize_;
    const std::shared_ptr<const std::atomic<bool>> cancelled_;
};
