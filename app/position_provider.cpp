#include "position_provider.hpp"

#include <QFile>
#include <QGeoPositionInfoSource>
#include <QJSEngine>
#include <QNmeaPositionInfoSource>

namespace {

constexpr double userEquivalentRangeErrorM = 8.0;

QString& nmeaFile()
{
    static QString file;
    return file;
}

} // namespace

void PositionProvider::setNmeaFile(const QString& path)
{
    nmeaFile() = path;
}

PositionProvider* PositionProvider::instance()
{
    static auto* provider = new PositionProvider;
    return provider;
}

PositionProvider* PositionProvider::create(QQmlEngine*, QJSEngine*)
{
    auto* provider = instance();
    QJSEngine::setObjectOwnership(provider, QJSEngine::CppOwnership);
    return provider;
}

PositionProvider::PositionProvider(QObject* parent)
    : QObject(parent)
{
    if (!nmeaFile().isEmpty()) {
        // Replayed at the pace of its own time stamps, as a receiver would deliver it.
        // NMEA gives HDOP, not metres: HDOP x a consumer receiver's range error.
        auto* file = new QFile(nmeaFile(), this);
        if (file->open(QIODevice::ReadOnly)) {
            auto* nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
            nmea->setUserEquivalentRangeError(userEquivalentRangeErrorM);
            nmea->setDevice(file);
            source_ = nmea;
        } else {
            error_ = tr("Cannot replay the GPS log %1.").arg(nmeaFile());
        }
    } else {
        source_ = QGeoPositionInfoSource::createDefaultSource(this);
        if (!source_)
            error_ = tr("This device has no position source.");
    }
    if (!source_)
        return;
    source_->setUpdateInterval(1000);
    connect(source_, &QGeoPositionInfoSource::positionUpdated, this, &PositionProvider::onUpdate);
    connect(source_, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error e) {
        // The NMEA replay reaches the end of its log: the last position stays valid.
        if (e == QGeoPositionInfoSource::UpdateTimeoutError)
            return;
        error_ = e == QGeoPositionInfoSource::AccessError ? tr("Location permission is off for Patrolbook.")
                                                          : tr("The position is not available.");
        emit sourceChanged();
    });
    source_->startUpdates();
}

void PositionProvider::onUpdate(const QGeoPositionInfo& info)
{
    if (!info.isValid() || !info.coordinate().isValid())
        return;
    valid_ = true;
    lat_ = info.coordinate().latitude();
    lon_ = info.coordinate().longitude();
    accuracy_ = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
        ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
        : -1.0;
    timestamp_ = info.timestamp();
    if (!error_.isEmpty()) {
        error_.clear();
        emit sourceChanged();
    }
    emit positionChanged();
}
