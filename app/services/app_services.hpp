#pragma once

#include "photo_files.hpp"

#include <QString>

#include <cstdint>
#include <memory>

class Language;
class PhotoCache;
class PositionProvider;
class QObject;
class QQmlEngine;
class Session;
class SyncStatus;

// The app's long-lived services: the session (the signed-in user and the device's store),
// the sync status, the position source and the UI language. main() makes them once and
// hands them to the QML engine that shows the screens; a test makes its own, as many as
// it likes. Nothing is global: the QML singletons Session, SyncStatus, Gps and Language
// are the services of their engine, and each model or form that QML creates takes the
// session of the engine creating it (SessionBound).
class AppServices {
public:
    struct Options {
        // Where the store and the photos live; empty: the platform's app data location.
        QString dataDir;
        // The server address the sign-in form proposes before the first sign-in.
        QString defaultServerUrl;
        // Replay this NMEA log as the GPS position (no GPS chip: demos and tests).
        QString nmeaFile;
        // The bound of the photos fetched from the server kept on the device.
        std::int64_t photoCacheBytes = PhotoFiles::defaultMaxBytes;
    };

    explicit AppServices(Options options);
    ~AppServices();
    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    Session& session() { return *session_; }
    SyncStatus& syncStatus() { return *syncStatus_; }
    // Records' photos for the screens: the device's files, else fetched from the server.
    PhotoCache& photos() { return *photos_; }
    // Made on first use: a process that never shows a form never starts the GPS.
    PositionProvider& position();
    // Installs the saved (or the system's) language, adds the photos' image provider and
    // makes these services the ones `engine` gives to QML. Before the engine loads anything.
    void handTo(QQmlEngine& engine);
    Language& language() { return *language_; }

    // The services handed to `engine`; fails loudly when none were.
    static AppServices& of(const QQmlEngine* engine);
    // The services of the engine that created `qmlObject`; fails loudly when there is none
    // (a model made from C++ must be given its session).
    static AppServices& ofObject(const QObject* qmlObject);

private:
    Options options_;
    std::unique_ptr<Session> session_;
    std::unique_ptr<SyncStatus> syncStatus_;
    std::unique_ptr<PhotoCache> photos_;
    std::unique_ptr<PositionProvider> position_;
    std::unique_ptr<Language> language_;
};
