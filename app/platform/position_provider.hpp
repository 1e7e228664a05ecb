#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QGeoPositionInfoSource;
class QGeoPositionInfo;

// The phone's position for the forms: the platform's source (GPS on Android), or an NMEA
// log replayed through Qt Positioning's nmea plugin when one is given (patrolbook-app
// --nmea FILE: demos and tests, where there is no GPS chip).
class PositionProvider : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Gps)
    QML_SINGLETON

    Q_PROPERTY(bool available READ available NOTIFY sourceChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY positionChanged)
    Q_PROPERTY(double latitude READ latitude NOTIFY positionChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY positionChanged)
    // Horizontal accuracy in metres; -1 when the source gives none.
    Q_PROPERTY(double accuracy READ accuracy NOTIFY positionChanged)
    Q_PROPERTY(QDateTime timestamp READ timestamp NOTIFY positionChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY sourceChanged)

public:
    // Starts the platform's source, or replays `nmeaFile` when one is given. Not default
    // constructible on purpose: Qt 6.4 builds a default-constructible QML_SINGLETON itself
    // instead of calling create().
    explicit PositionProvider(QString nmeaFile, QObject* parent = nullptr);
    // The QML singleton: the position source of the engine's AppServices.
    static PositionProvider* create(QQmlEngine* engine, QJSEngine*);

    bool available() const { return source_ != nullptr; }
    bool valid() const { return valid_; }
    double latitude() const { return lat_; }
    double longitude() const { return lon_; }
    double accuracy() const { return accuracy_; }
    QDateTime timestamp() const { return timestamp_; }
    QString errorString() const { return error_; }

    // Beyond this accuracy (metres) a stamped position is questioned.
    static constexpr double poorAccuracyM = 50.0;
    // A fix older than this (by the phone's clock, when it arrived) no longer counts.
    static constexpr qint64 maxAgeMs = 30'000;

signals:
    void sourceChanged();
    void positionChanged();

private:
    void startSource();
    void onUpdate(const QGeoPositionInfo& info);

    QString nmeaFile_;
    QGeoPositionInfoSource* source_ = nullptr;
    bool valid_ = false;
    double lat_ = 0, lon_ = 0, accuracy_ = -1;
    QDateTime timestamp_;
    QElapsedTimer received_;
    QTimer freshness_;
    QString error_;
};
