#include "app_device.hpp"

#include "photo_preparer.hpp"
#include "session.hpp"
#include "sync_status.hpp"
#include "sync_worker.hpp"

#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/uuid.hpp"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

AppDevice::AppDevice(const QString& dataDir, std::int64_t photoCacheBytes)
    : dataDir_(dataDir)
{
    AppServices::Options options;
    options.dataDir = dataDir;
    options.photoCacheBytes = photoCacheBytes;
    services_ = std::make_unique<AppServices>(options);
    // The test says when to sync.
    services_->syncStatus().setAutomatic(false);
}

AppDevice::~AppDevice() = default;

patrolbook::Store& AppDevice::store()
{
    return services_->session().store();
}

bool AppDevice::signIn(const std::string& serverUrl, const QString& username, const QString& password)
{
    auto& session = services_->session();
    // A sign-in syncs at once (SyncStatus): that sync is the one waited for, so that no
    // sync of its is left to run later, in the middle of a test.
    QSignalSpy finished(session.worker(), &SyncWorker::syncFinished);
    session.signIn(QString::fromStdString(serverUrl), username, password);
    if (!QTest::qWaitFor([&] { return !session.busy(); }, 30'000) || !session.signedIn())
        return false;
    if (finished.isEmpty() && !finished.wait(60'000))
        return false;
    if (!QTest::qWaitFor([&] { return !services_->syncStatus().running(); }, 5'000))
        return false;
    session.flushRecordsChanged();
    return finished.first().at(4).toString().isEmpty();
}

QString AppDevice::sync()
{
    QSignalSpy finished(services_->session().worker(), &SyncWorker::syncFinished);
    QMetaObject::invokeMethod(services_->session().worker(), "sync", Qt::QueuedConnection);
    if (!finished.wait(60'000))
        return QStringLiteral("no sync finished within a minute");
    services_->session().flushRecordsChanged();
    return finished.first().at(4).toString();
}

patrolbook::FollowUp AppDevice::newFollowUp(const std::string& description)
{
    const auto user = patrolbook::sync::DeviceState(store().database()).user().value();
    patrolbook::FollowUp f;
    f.id = patrolbook::newUuid();
    f.propertyId = services_->session().propertyIds().value(0).toStdString();
    f.sourceEntity = patrolbook::FollowUpSource::Manual;
    f.description = description;
    f.status = patrolbook::FollowUpStatus::Open;
    f.createdBy = user.value("id", "");
    f.createdAt = patrolbook::Timestamp::now(480);
    f.dueAt = f.createdAt.plusMinutes(2 * 24 * 60);
    store().records().insert(f);
    return f;
}

patrolbook::Photo AppDevice::takePhoto(const std::string& entity, const std::string& recordId, const QImage& image)
{
    auto photo = PhotoPreparer(services_->session().photoDir()).prepare(image, entity, recordId);
    store().records().insert(photo);
    return photo;
}

QImage AppDevice::picture(int seed)
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 160, 200));
    QPainter painter(&image);
    // Texture, so the JPEG is a photo's size rather than a flat colour's few bytes.
    for (int y = 0; y < image.height(); y += 8)
        for (int x = 0; x < image.width(); x += 8)
            painter.fillRect(x, y, 8, 8,
                             QColor::fromHsv((seed * 31 + x * 7 + y * 13) % 360, (x * y + seed) % 256, 180));
    return image;
}
