// Photo upload from a device (the shared PhotoUploader, over real HTTP) against a real
// server process: chunks, resuming after a dropped connection, a file that is not the
// photo its name says.

#include "api_client.hpp"
#include "auth/password.hpp"
#include "patrolbook/sync/photo_uploader.hpp"
#include "patrolbook/uuid.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <utility>
#include <vector>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

constexpr std::int64_t photoBytes = 600 * 1024;
constexpr std::int64_t chunk = sync::PhotoUploader::chunkBytes;

// Counts the requests and the photo bytes that reach the server. The `dropPut`th PUT
// (from 1; 0: none) throws as a dropped connection does, before it reaches the server.
class CountingTransport : public sync::Transport {
public:
    explicit CountingTransport(sync::Transport& real)
        : real_(real)
    {
    }
    sync::HttpResponse send(const std::string& m, const std::string& p, const std::string& b,
                            const std::map<std::string, std::string>& h) override
    {
        if (m == "PUT") {
            ++puts;
            if (puts == dropPut)
                throw Error(ErrorDomain::Sync, ErrorCode::Unreachable, "connection dropped (test)");
            putBytes += static_cast<std::int64_t>(b.size());
        }
        ++requests;
        return real_.send(m, p, b, h);
    }
    int dropPut = 0;
    int puts = 0;
    int requests = 0;
    std::int64_t putBytes = 0;

private:
    sync::Transport& real_;
};

// Deterministic, and not periodic within a chunk, so a chunk put at the wrong offset
// would change the hash.
std::string photoContent()
{
    std::string bytes(static_cast<std::size_t>(photoBytes), '\0');
    std::uint32_t x = 2463534242u;
    for (auto& c : bytes) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = static_cast<char>(x & 0xFF);
    }
    return bytes;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class PhotoUpload : public ::testing::Test {
protected:
    ServerProcess server;
    TempDir dir;
    ApiClient api{server.url()};
    std::unique_ptr<Device> device;
    std::filesystem::path photoDir;

    void SetUp() override
    {
        device = std::make_unique<Device>(dir.file("device.db"), server.url());
        device->engine->signIn("patrol", "demo");
        device->engine->pull();
        photoDir = dir.path() / "photos";
        std::filesystem::create_directories(photoDir);
        api.login("patrol");
    }

    // A photo of a new follow-up, named by the SHA-256 of `photo`; `onDisk` is what the
    // device holds under that name (a corrupt copy, in one test).
    std::string takePhoto(const std::string& photo, const std::string& onDisk)
    {
        const auto followUp = device->newFollowUp("photo upload");
        Photo p;
        p.id = newUuid();
        p.sha256 = server::sha256Hex(photo);
        p.sizeBytes = static_cast<std::int64_t>(photo.size());
        p.width = 1600;
        p.height = 1200;
        p.takenAt = Timestamp::now(480);
        p.recordEntity = "follow_up";
        p.recordId = followUp.id;
        device->store->records().insert(p);
        std::ofstream(fileOf(p.sha256), std::ios::binary) << onDisk;
        return p.sha256;
    }

    std::filesystem::path fileOf(const std::string& sha) const { return photoDir / (sha + ".jpg"); }
    static std::string pathOf(const std::string& sha) { return "/api/v1/photos/" + sha; }
};

} // namespace

TEST_F(PhotoUpload, GoesInChunksAndTheDeviceCopyIsDeletedOnceVerified)
{
    const auto photo = photoContent();
    const auto sha = takePhoto(photo, photo);

    device->engine->syncOnce();
    EXPECT_TRUE(std::filesystem::exists(fileOf(sha)));
    EXPECT_EQ(api.call("HEAD", pathOf(sha)).status, 404) << "syncOnce() sends records, not photo bytes";

    CountingTransport counting(*device->http);
    sync::SyncEngine engine(*device->store, counting);
    std::vector<std::pair<std::int64_t, std::int64_t>> progress;
    const auto report = engine.uploadPhotos(
        photoDir, [&](std::int64_t done, std::int64_t total) { progress.emplace_back(done, total); });
    EXPECT_EQ(report.uploaded, 1);
    EXPECT_EQ(report.alreadyOnServer, 0);
    EXPECT_TRUE(report.failed.empty());
    EXPECT_EQ(report.bytesSent, photoBytes);
    EXPECT_EQ(counting.puts, 3) << "256 + 256 + 88 KiB";
    ASSERT_FALSE(progress.empty());
    for (std::size_t i = 1; i < progress.size(); ++i)
        EXPECT_GE(progress[i].first, progress[i - 1].first) << "progress never goes back";
    EXPECT_EQ(progress.back(), std::make_pair(photoBytes, photoBytes));

    EXPECT_EQ(api.call("HEAD", pathOf(sha)).status, 200);
    EXPECT_EQ(api.call("GET", pathOf(sha)).body, photo);
    EXPECT_FALSE(std::filesystem::exists(fileOf(sha))) << "verified on the server: the device copy goes";

    const int before = counting.requests;
    const auto again = engine.uploadPhotos(photoDir);
    EXPECT_EQ(again.uploaded, 0);
    EXPECT_EQ(again.alreadyOnServer, 0);
    EXPECT_TRUE(again.failed.empty());
    EXPECT_EQ(again.bytesSent, 0);
    EXPECT_EQ(counting.requests, before) << "nothing left to upload, nothing asked";
}

TEST_F(PhotoUpload, AnInterruptedUploadContinuesFromWhatTheServerHolds)
{
    const auto photo = photoContent();
    const auto sha = takePhoto(photo, photo);

    CountingTransport dropping(*device->http);
    dropping.dropPut = 2;
    sync::PhotoUploader cutOff(*device->store, dropping, photoDir);
    try {
        cutOff.uploadPending();
        ADD_FAILURE() << "the dropped connection must come out";
    } catch (const Error& e) {
        EXPECT_EQ(e.domain(), ErrorDomain::Sync);
        EXPECT_EQ(e.code(), ErrorCode::Unreachable);
    }
    EXPECT_EQ(readFile(fileOf(sha)), photo) << "the device copy stays until the server has verified it";
    const auto head = api.call("HEAD", pathOf(sha));
    EXPECT_EQ(head.status, 404);
    EXPECT_EQ(head.headers.at("upload-offset"), std::to_string(chunk)) << "the first chunk arrived";

    CountingTransport counting(*device->http);
    sync::PhotoUploader resumed(*device->store, counting, photoDir);
    const auto report = resumed.uploadPending();
    EXPECT_EQ(report.uploaded, 1);
    EXPECT_TRUE(report.failed.empty());
    EXPECT_EQ(report.bytesSent, photoBytes - chunk);
    EXPECT_EQ(counting.putBytes, photoBytes - chunk) << "the bytes the server held were not sent again";
    device->engine->syncOnce(); // the photo record, which lets the bytes be fetched
    EXPECT_EQ(api.call("GET", pathOf(sha)).body, photo);
    EXPECT_FALSE(std::filesystem::exists(fileOf(sha)));
}

TEST_F(PhotoUpload, AFileThatIsNotThePhotoItsNameSaysIsReportedAndKept)
{
    const auto photo = photoContent();
    auto corrupt = photo;
    corrupt[300'000] = static_cast<char>(corrupt[300'000] ^ 0x20);
    const auto sha = takePhoto(photo, corrupt);
    const auto good = takePhoto(photo + "another", photo + "another");

    const auto report = device->engine->uploadPhotos(photoDir);
    ASSERT_EQ(report.failed.size(), 1u);
    EXPECT_EQ(report.failed[0].sha256, sha);
    EXPECT_NE(report.failed[0].reason.find("do not match"), std::string::npos) << report.failed[0].reason;
    EXPECT_EQ(report.uploaded, 1) << "the next photo still goes";
    EXPECT_EQ(readFile(fileOf(sha)), corrupt) << "kept on the device for someone to look at";
    EXPECT_FALSE(std::filesystem::exists(fileOf(good)));

    const auto head = api.call("HEAD", pathOf(sha));
    EXPECT_EQ(head.status, 404);
    EXPECT_EQ(head.headers.at("upload-offset"), "0") << "the server discarded the bytes";
    EXPECT_EQ(api.call("GET", pathOf(sha)).status, 404);
    for (const auto& entry : std::filesystem::directory_iterator(server.dataDir() / "photos"))
        if (entry.is_regular_file() && entry.path().filename() != ".lock") {
            EXPECT_EQ(entry.path().filename().string(), good) << "nothing of the corrupt photo on the server";
        }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(server.dataDir() / "photos" / "parts"))
        EXPECT_FALSE(entry.is_regular_file()) << entry.path() << ": nothing of the corrupt photo on the server";
}

TEST_F(PhotoUpload, APhotoTheServerHasAlreadyIsOnlyDeletedHere)
{
    const auto photo = photoContent();
    const auto sha = takePhoto(photo, photo);
    device->engine->uploadPhotos(photoDir);
    // The same photo again on the device (restored from a backup, say): nothing to send.
    std::ofstream(fileOf(sha), std::ios::binary) << photo;

    CountingTransport counting(*device->http);
    const auto report = sync::PhotoUploader(*device->store, counting, photoDir).uploadPending();
    EXPECT_EQ(report.alreadyOnServer, 1);
    EXPECT_EQ(report.uploaded, 0);
    EXPECT_EQ(counting.puts, 0);
    EXPECT_FALSE(std::filesystem::exists(fileOf(sha)));
}
