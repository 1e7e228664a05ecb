#pragma once

#include "patrolbook/records/photo.hpp"

#include <QImage>
#include <QString>
#include <QUrl>

#include <optional>

// Turns a camera picture (or a picked file) into what the app keeps and uploads: at most
// maxEdge pixels on the long side, JPEG, saved as <photoDir>/<sha256>.jpg, plus its Photo
// record (not yet saved: the caller saves it with the record it belongs to).
class PhotoPreparer {
public:
    static constexpr int maxEdge = 2048;
    static constexpr int jpegQuality = 85;

    explicit PhotoPreparer(QString photoDir);
    // Throws patrolbook::Error{Validation, ...} for an unreadable image.
    patrolbook::Photo prepare(const QUrl& source, const std::string& recordEntity, const std::string& recordId);
    patrolbook::Photo prepare(QImage image, const std::string& recordEntity, const std::string& recordId);
    // "data:image/png;base64,..." (a signature drawn on a Canvas).
    patrolbook::Photo prepareDataUrl(const QString& dataUrl, const std::string& recordEntity,
                                     const std::string& recordId);
    // The local file of a photo while it is on the device, else empty.
    QUrl localUrl(const std::string& sha256) const;

private:
    QString dir_;
};
