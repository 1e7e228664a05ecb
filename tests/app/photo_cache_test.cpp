// A record's photos seen where the work is reviewed: a manager's tablet shows a patrol's
// photo taken on a phone, fetched from a real server when shown and kept in a bounded
// cache; the reasons it cannot be shown are said; a photo not yet sent is never dropped.
#include "app_device.hpp"

#include "photo_cache.hpp"
#include "photo_image_provider.hpp"
#include "record_detail.hpp"
#include "server_process.hpp"
#include "session.hpp"

#include <QCryptographicHash>
#include <QFile>
#include <QQuickImageResponse>
#include <QQuickTextureFactory>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

namespace {

struct Shown {
    bool finished = false;
    QImage image;
    QString error;
};

// What an Image asking image://photos/<sha256> at `size` gets, through the provider the
// app hands to QML.
Shown show(PhotoCache& cache, const std::string& sha256, QSize size = {176, 176})
{
    PhotoImageProvider provider(cache);
    std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(QString::fromStdString(sha256), size));
    QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
    Shown shown;
    shown.finished = finished.wait(60'000);
    shown.error = response->errorString();
    if (std::unique_ptr<QQuickTextureFactory> texture(response->textureFactory()); texture)
        shown.image = texture->image();
    return shown;
}

QByteArray sha256Of(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QString cachedFile(AppDevice& device, const std::string& sha256)
{
    return QDir(device.dataDir()).filePath("photo-cache/" + QString::fromStdString(sha256) + ".jpg");
}

class PhotosSeenElsewhere : public ::testing::Test {
protected:
    QTemporaryDir dir_;
    patrolbook::test::ServerProcess server_;
    // The patrol's phone, which takes the photos.
    std::unique_ptr<AppDevice> phone_;

    void SetUp() override
    {
        phone_ = std::make_unique<AppDevice>(dir_.filePath("phone"));
        ASSERT_TRUE(phone_->signIn(server_.url(), "patrol"));
    }

    std::unique_ptr<AppDevice> tablet(const QString& name, const QString& username,
                                      std::int64_t cacheBytes = PhotoFiles::defaultMaxBytes,
                                      const QString& password = "demo")
    {
        auto device = std::make_unique<AppDevice>(dir_.filePath(name), cacheBytes);
        EXPECT_TRUE(device->signIn(server_.url(), username, password));
        return device;
    }

    // A follow-up with `count` photos, taken and sent by the phone: the server has them,
    // the phone no longer does.
    std::vector<patrolbook::Photo> photosSent(const std::string& followUpId, int count, int firstSeed = 1)
    {
        std::vector<patrolbook::Photo> photos;
        photos.reserve(std::size_t(count));
        for (int i = 0; i < count; ++i)
            photos.push_back(phone_->takePhoto("follow_up", followUpId, AppDevice::picture(firstSeed + i)));
        EXPECT_EQ(phone_->sync(), QString());
        for (const auto& p : photos)
            EXPECT_FALSE(QFile::exists(
                QDir(phone_->services().session().photoDir()).filePath(QString::fromStdString(p.sha256) + ".jpg")))
                << "the phone keeps a photo only until the server has it";
        return photos;
    }
};

TEST_F(PhotosSeenElsewhere, AManagerOpeningAPatrolsRecordSeesItsPhotoFetchedAndCached)
{
    const auto followUp = phone_->newFollowUp("Broken tile at the entrance");
    const auto photo = photosSent(followUp.id, 1).front();
    auto manager = tablet("tablet", "manager");

    RecordDetail detail(&manager->services().session());
    detail.load("follow_up", QString::fromStdString(followUp.id));
    ASSERT_TRUE(detail.found());
    ASSERT_EQ(detail.photoCount(), 1);
    ASSERT_EQ(detail.photos().size(), 1) << "a photo not on this device is still shown";
    EXPECT_EQ(detail.photos().front().toUrl(), PhotoCache::urlOf(photo.sha256));

    auto& cache = manager->services().photos();
    const auto shown = show(cache, photo.sha256);
    ASSERT_TRUE(shown.finished);
    ASSERT_FALSE(shown.image.isNull()) << shown.error.toStdString();
    EXPECT_LE(std::max(shown.image.width(), shown.image.height()), 2 * 176) << "a thumbnail is decoded small";
    EXPECT_EQ(sha256Of(cachedFile(*manager, photo.sha256)), QByteArray::fromStdString(photo.sha256));
    EXPECT_EQ(cache.problem(PhotoCache::urlOf(photo.sha256).toString()), QString());
    EXPECT_EQ(cache.fetchCount(), 1);

    // The server gone (the tablet offline): the second view is the cache's.
    server_.kill(SIGTERM);
    server_.wait();
    const auto again = show(cache, photo.sha256, {});
    ASSERT_FALSE(again.image.isNull()) << again.error.toStdString();
    EXPECT_EQ(again.image.size(), QSize(800, 600)) << "the viewer gets the photo whole";
    EXPECT_EQ(cache.fetchCount(), 1) << "no second download";
}

TEST_F(PhotosSeenElsewhere, OfflineTheViewSaysThePhotoIsOnTheServerAndTheNextViewFetchesIt)
{
    const auto followUp = phone_->newFollowUp("Lift door scraping");
    const auto photo = photosSent(followUp.id, 1).front();
    auto manager = tablet("tablet", "manager");
    auto& cache = manager->services().photos();

    server_.kill(SIGTERM);
    server_.wait();
    const auto offline = show(cache, photo.sha256);
    ASSERT_TRUE(offline.finished) << "a failure ends the spinner too";
    EXPECT_TRUE(offline.image.isNull());
    EXPECT_EQ(cache.problemOf(QString::fromStdString(photo.sha256)), PhotoCache::Problem::Offline);
    EXPECT_TRUE(cache.problem(PhotoCache::urlOf(photo.sha256).toString()).contains("connect"))
        << cache.problem(PhotoCache::urlOf(photo.sha256).toString()).toStdString();
    EXPECT_FALSE(QFile::exists(cachedFile(*manager, photo.sha256)));

    server_.start();
    const auto online = show(cache, photo.sha256);
    ASSERT_FALSE(online.image.isNull()) << online.error.toStdString();
    EXPECT_EQ(cache.problem(PhotoCache::urlOf(photo.sha256).toString()), QString())
        << "the reason goes with the failure";
}

TEST_F(PhotosSeenElsewhere, APhotoOfAnotherPropertyIsRefusedAndTheViewSaysSo)
{
    const auto followUp = phone_->newFollowUp("Graffiti on the bike shed");
    const auto photo = photosSent(followUp.id, 1).front();
    // A colleague of the estate's second property only: the server answers as for a
    // photo that does not exist.
    ASSERT_EQ(server_.runCommand("user add --data-dir " + server_.dataDir().string()
                                     + " --username far --name 远方 --role manager --property XHZX",
                                 "a-long-password\n"),
              0);
    auto far = tablet("far", "far", PhotoFiles::defaultMaxBytes, "a-long-password");
    ASSERT_TRUE(far->services().session().signedIn());
    // Its pull never brings the record; the photo is asked by its name, as a crafted
    // record would.
    EXPECT_FALSE(far->store().records().get<patrolbook::FollowUp>(followUp.id));
    auto& cache = far->services().photos();
    const auto refused = show(cache, photo.sha256);
    ASSERT_TRUE(refused.finished);
    EXPECT_TRUE(refused.image.isNull());
    EXPECT_FALSE(refused.error.isEmpty());
    EXPECT_EQ(cache.problemOf(QString::fromStdString(photo.sha256)), PhotoCache::Problem::NotAvailable);
    EXPECT_TRUE(cache.problem(PhotoCache::urlOf(photo.sha256).toString()).contains("not yours"));
    EXPECT_EQ(cache.files().cachedCount(), 0);
}

TEST_F(PhotosSeenElsewhere, TheCacheKeepsToItsBoundDroppingTheLeastRecentlyShownNeverAPhotoNotSent)
{
    const auto followUp = phone_->newFollowUp("Cracked paving, six places");
    const auto photos = photosSent(followUp.id, 6);
    std::int64_t largest = 0;
    for (const auto& p : photos)
        largest = std::max(largest, p.sizeBytes);
    // Room for about three of them.
    const std::int64_t bound = 3 * largest + largest / 2;
    auto manager = tablet("tablet", "manager", bound);
    // The manager's own photo of a follow-up of theirs, not sent yet: the only copy.
    const auto own = manager->newFollowUp("Checked: two slabs still loose");
    const auto unsent = manager->takePhoto("follow_up", own.id, AppDevice::picture(99));
    const QString unsentFile
        = QDir(manager->services().session().photoDir()).filePath(QString::fromStdString(unsent.sha256) + ".jpg");
    auto& cache = manager->services().photos();

    for (std::size_t i = 0; i < photos.size(); ++i) {
        ASSERT_FALSE(show(cache, photos[i].sha256).image.isNull()) << "photo " << i;
        // The first one is looked at again after each: the most recently shown, it stays.
        ASSERT_FALSE(show(cache, photos[0].sha256).image.isNull());
        EXPECT_LE(cache.files().cachedBytes(), bound) << "after photo " << i;
        ASSERT_FALSE(show(cache, unsent.sha256).image.isNull()) << "the unsent photo shows from its own file";
        EXPECT_TRUE(QFile::exists(unsentFile)) << "a photo not sent is never dropped";
    }
    EXPECT_TRUE(QFile::exists(cachedFile(*manager, photos[0].sha256))) << "shown last, kept";
    EXPECT_TRUE(QFile::exists(cachedFile(*manager, photos[5].sha256))) << "fetched last, kept";
    EXPECT_FALSE(QFile::exists(cachedFile(*manager, photos[1].sha256))) << "shown longest ago, dropped";
    EXPECT_FALSE(QFile::exists(cachedFile(*manager, unsent.sha256))) << "an unsent photo is not copied to the cache";
    EXPECT_EQ(cache.fetchCount(), 6) << "each fetched once; the re-views came from the cache";

    // The next start, with a smaller bound, drops the least recently shown first.
    const auto kept = cache.files().cachedCount();
    PhotoFiles smaller(manager->services().session().photoDir(), cache.files().cacheDir(), largest + largest / 2);
    EXPECT_LE(smaller.cachedBytes(), largest + largest / 2);
    EXPECT_LT(smaller.cachedCount(), kept);
    EXPECT_TRUE(QFile::exists(unsentFile));
}

} // namespace
