#include "app_services.hpp"

#include "language.hpp"
#include "photo_cache.hpp"
#include "photo_image_provider.hpp"
#include "position_provider.hpp"
#include "session.hpp"
#include "sync_status.hpp"

#include <QDir>
#include <QQmlEngine>
#include <QStandardPaths>

namespace {
// The engine carries a pointer to its services: per engine, not per process.
constexpr const char* servicesProperty = "_patrolbook_services";
} // namespace

AppServices::AppServices(Options options)
    : options_(std::move(options))
{
    if (options_.dataDir.isEmpty())
        options_.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    session_ = std::make_unique<Session>(options_.dataDir, options_.defaultServerUrl);
    syncStatus_ = std::make_unique<SyncStatus>(*session_);
    photos_ = std::make_unique<PhotoCache>(PhotoCache::Options{session_->storeFile(), session_->photoDir(),
                                                               QDir(options_.dataDir).filePath("photo-cache"),
                                                               options_.photoCacheBytes});
}

AppServices::~AppServices()
{
    // Whatever listens to the session goes first; the session stops the sync thread and
    // closes the store last.
    language_.reset();
    position_.reset();
    syncStatus_.reset();
    photos_.reset(); // its fetches read the store's file
    session_.reset();
}

PositionProvider& AppServices::position()
{
    if (!position_)
        position_ = std::make_unique<PositionProvider>(options_.nmeaFile);
    return *position_;
}

void AppServices::handTo(QQmlEngine& engine)
{
    engine.setProperty(servicesProperty, QVariant::fromValue(static_cast<void*>(this)));
    language_ = std::make_unique<Language>(&engine, *session_);
    engine.addImageProvider(QLatin1String(PhotoCache::providerId), new PhotoImageProvider(*photos_));
}

AppServices& AppServices::of(const QQmlEngine* engine)
{
    auto* services = engine ? static_cast<AppServices*>(engine->property(servicesProperty).value<void*>()) : nullptr;
    if (!services)
        qFatal("This QML engine was not handed the app's services (AppServices::handTo)");
    return *services;
}

AppServices& AppServices::ofObject(const QObject* qmlObject)
{
    return of(qmlEngine(qmlObject));
}
