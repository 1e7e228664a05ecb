#include "photo_preparer.hpp"
#include "form_support.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/uuid.hpp"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QSaveFile>

using patrolbook::Error;
using patrolbook::ErrorCode;
using patrolbook::ErrorDomain;

PhotoPreparer::PhotoPreparer(QString photoDir)
    : dir_(std::move(photoDir))
{
}

patrolbook::Photo PhotoPreparer::prepare(const QUrl& source, const std::string& recordEntity,
                                         const std::string& recordId)
{
    QImageReader reader(source.isLocalFile() ? source.toLocalFile() : source.toString());
    // A phone camera writes the orientation in EXIF; the stored photo is upright.
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        throw Error(ErrorDomain::Validation, ErrorCode::InvalidValue,
                    "cannot read the image " + form::str(source.toString()) + ": " + form::str(reader.errorString()),
                    "photo");
    return prepare(std::move(image), recordEntity, recordId);
}

patrolbook::Photo PhotoPreparer::prepareDataUrl(const QString& dataUrl, const std::string& recordEntity,
                                                const std::string& recordId)
{
    const auto comma = dataUrl.indexOf(',');
    QImage image;
    if (dataUrl.startsWith("data:image/") && comma > 0)
        image.loadFromData(QByteArray::fromBase64(dataUrl.mid(comma + 1).toLatin1()));
    if (image.isNull())
        throw Error(ErrorDomain::Validation, ErrorCode::InvalidValue, "the drawing is not an image", "signature");
    // A drawing on a transparent canvas: white paper under it, since JPEG has no alpha.
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    {
        QPainter painter(&paper);
        painter.drawImage(0, 0, image);
    }
    return prepare(std::move(paper), recordEntity, recordId);
}

patrolbook::Photo PhotoPreparer::prepare(QImage image, const std::string& recordEntity, const std::string& recordId)
{
    if (image.width() > maxEdge || image.height() > maxEdge)
        image = image.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", jpegQuality))
        throw Error(ErrorDomain::Validation, ErrorCode::InvalidValue, "cannot encode the photo as JPEG", "photo");
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());

    QDir().mkpath(dir_);
    const QString path = QDir(dir_).filePath(sha + ".jpg");
    if (!QFile::exists(path)) {
        // Written whole or not at all: the uploader trusts a file named by its hash.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size() || !file.commit())
            throw Error(ErrorDomain::Storage, ErrorCode::Sqlite, "cannot save the photo: no space on the phone?");
    }

    patrolbook::Photo photo;
    photo.id = patrolbook::newUuid();
    photo.sha256 = form::str(sha);
    photo.sizeBytes = jpeg.size();
    photo.width = image.width();
    photo.height = image.height();
    photo.mimeType = "image/jpeg";
    photo.takenAt = patrolbook::Timestamp::now(QDateTime::currentDateTime().offsetFromUtc() / 60);
    photo.recordEntity = recordEntity;
    photo.recordId = recordId;
    return photo;
}

QUrl PhotoPreparer::localUrl(const std::string& sha256) const
{
    const QString path = QDir(dir_).filePath(form::qstr(sha256) + ".jpg");
    return QFile::exists(path) ? QUrl::fromLocalFile(path) : QUrl();
}
