#include "photo_cache.hpp"

#include "app_services.hpp"

#include "patrolbook/uuid.hpp"

namespace {

PhotoCache::Problem problemOf(PhotoFetch::Outcome outcome)
{
    switch (outcome) {
    case PhotoFetch::Outcome::Fetched:
        return PhotoCache::Problem::None;
    case PhotoFetch::Outcome::Offline:
        return PhotoCache::Problem::Offline;
    case PhotoFetch::Outcome::NotAvailable:
        return PhotoCache::Problem::NotAvailable;
    case PhotoFetch::Outcome::SignedOut:
        return PhotoCache::Problem::SignedOut;
    case PhotoFetch::Outcome::Damaged:
        return PhotoCache::Problem::Damaged;
    }
    return PhotoCache::Problem::Offline;
}

} // namespace

PhotoCache::PhotoCache(const Options& options, QObject* parent)
    : QObject(parent)
    , files_(options.outboxDir, options.cacheDir, options.maxBytes)
    , fetch_(options.storeFile, options.timeout)
{
    pool_.setMaxThreadCount(2);
    pool_.setObjectName(QStringLiteral("patrolbook-photos"));
}

PhotoCache::~PhotoCache()
{
    stopping_ = true;
    pool_.clear();
    pool_.waitForDone();
}

PhotoCache* PhotoCache::create(QQmlEngine* engine, QJSEngine*)
{
    // The engine must not delete the cache it was handed (AppServices owns it).
    auto* cache = &AppServices::of(engine).photos();
    QJSEngine::setObjectOwnership(cache, QJSEngine::CppOwnership);
    return cache;
}

QUrl PhotoCache::urlOf(const std::string& sha256)
{
    // Only a real photo name reaches a file name (it comes from any device via the server).
    if (!patrolbook::isSha256Hex(sha256))
        return {};
    return QUrl(QStringLiteral("image://%1/%2").arg(QLatin1String(providerId), QString::fromStdString(sha256)));
}

QString PhotoCache::load(const QString& sha256, const std::function<bool()>& abandon)
{
    if (!patrolbook::isSha256Hex(sha256.toStdString()))
        return {};
    {
        QMutexLocker lock(&mutex_);
        // The thumbnail and the full view of one photo asked at once: one download.
        while (fetching_.contains(sha256))
            fetched_.wait(&mutex_);
        if (auto path = files_.find(sha256); !path.isEmpty()) {
            problems_.remove(sha256);
            return path;
        }
        fetching_.insert(sha256);
    }
    ++fetches_;
    const auto result = fetch_.run(sha256, [this, &abandon] { return stopping_ || (abandon && abandon()); });
    auto problem = ::problemOf(result.outcome);
    QString path;
    if (problem == Problem::None) {
        path = files_.put(sha256, result.bytes);
        if (path.isEmpty())
            problem = Problem::Offline; // not kept (a full disk): "later" holds then too
    }
    {
        QMutexLocker lock(&mutex_);
        fetching_.remove(sha256);
        if (problem == Problem::None)
            problems_.remove(sha256);
        else
            problems_.insert(sha256, problem);
    }
    fetched_.wakeAll();
    return path;
}

PhotoCache::Problem PhotoCache::problemOf(const QString& sha256) const
{
    QMutexLocker lock(&mutex_);
    return problems_.value(sha256, Problem::None);
}

void PhotoCache::markUnreadable(const QString& sha256)
{
    files_.forget(sha256);
    QMutexLocker lock(&mutex_);
    problems_.insert(sha256, Problem::Damaged);
}

QString PhotoCache::problem(const QString& url) const
{
    const QUrl source(url);
    if (source.scheme() != QLatin1String("image") || source.host() != QLatin1String(providerId))
        return {};
    switch (problemOf(source.path().mid(1))) {
    case Problem::None:
        return {};
    case Problem::Offline:
        return tr("The photo is on the server: connect to the network to see it.");
    case Problem::NotAvailable:
        return tr("Not on the server yet, or not yours to see.");
    case Problem::SignedOut:
        return tr("Sign in to see this photo.");
    case Problem::Damaged:
        return tr("The photo came damaged: it is fetched again next time.");
    }
    return {};
}
