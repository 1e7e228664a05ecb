#include "position_provider.hpp"

#include "app_services.hpp"

#include <QFile>
#include <QGeoPositionInfoSource>
#include <QJSEngine>
#include <QNmeaPositionInfoSource>

namespace {

constexpr double userEquivalentRangeErrorM = 8.0;

} // namespace

PositionProvider* PositionProvider::create(QQmlEngine* engine, QJSEngine*)
{
    auto* provider = &AppServices::of(engine).position();
    QJSEngine::setObjectOwnership(provider, QJSEngine::CppOwnership);
    return provider;
}

PositionProvider::PositionProvider(QString nmeaFile, QObject* parent)
    : QObject(parent)
    , nmeaFile_(std::move(nmeaFile))
{
    // A fix not renewed for a while is not where the phone is now (indoors, the last fix
    // would be the previous area's): it stops counting as a position.
    freshness_.setInterval(5000);
    connect(&freshness_, &QTimer::timeout, this, [this] {
        if (valid_ && received_.elapsed() > maxAgeMs) {
            valid_ = false;
            emit positionChanged();
            if (!nmeaFile_.isEmpty())
                startSource(); // the replayed walk starts again, as a demo would want
        }
    });
    freshness_.start();
    startSource();
}

void PositionProvider::startSource()
{
    if (source_) {
        source_->stopUpdates();
        source_->deleteLater();
        source_ = nullptr;
    }
    if (!nmeaFile_.isEmpty()) {
        // Replayed at the pace of its own time stamps, as a receiver would deliver it.
        // NMEA gives HDOP, not metres: HDOP x a consumer receiver's range error.
        auto* file = new QFile(nmeaFile_);
        if (file->open(QIODevice::ReadOnly)) {
            auto* nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
            file->setParent(nmea);
            nmea->setUserEquivalentRangeError(userEquivalentRangeErrorM);
            nmea->setDevice(file);
            source_ = nmea;
        } else {
            delete file;
            error_ = tr("Cannot replay the GPS log %1.").arg(nmeaFile_);
        }
    } else {
        source_ = QGeoPositionInfoSource::createDefaultSource(this);
        if (!source_)
            error_ = tr("This device has no position source.");
    }
    emit sourceChanged();
    if (!source_)
        return;
    source_->setUpdateInterval(1000);
    connect(source_, &QGeoPositionInfoSource::positionUpdated, this, &PositionProvider::onUpdate);
    connect(source_, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error e) {
        if (e == QGeoPositionInfoSource::UpdateTimeoutError)
            return; // no fix yet: the freshness check handles it
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
    received_.start();
    if (!error_.isEmpty()) {
        error_.clear();
        emit sourceChanged();
    }
    emit positionChanged();
}
