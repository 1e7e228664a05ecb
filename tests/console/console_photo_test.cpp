// The console's photo thumbnails (docs/console-api.md, "Photos"): a small JPEG made once
// from the stored photo, cached, with the photo's own scoping, and a clear answer for a
// photo that is not a JPEG. A real server; JPEGs made and read with TurboJPEG.

#include "auth/password.hpp"
#include "console_client.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>
#include <turbojpeg.h>

#include <filesystem>
#include <future>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

// A w x h photo with a gradient (so it compresses like a picture, not a flat colour).
std::string makeJpeg(int w, int h)
{
    std::vector<unsigned char> rgb(static_cast<std::size_t>(w) * h * 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            auto* p = &rgb[(static_cast<std::size_t>(y) * w + x) * 3];
            p[0] = static_cast<unsigned char>(x * 255 / w);
            p[1] = static_cast<unsigned char>(y * 255 / h);
            p[2] = static_cast<unsigned char>((x + y) % 256);
        }
    tjhandle tj = tjInitCompress();
    unsigned char* out = nullptr;
    unsigned long size = 0;
    EXPECT_EQ(tjCompress2(tj, rgb.data(), w, 0, h, TJPF_RGB, &out, &size, TJSAMP_420, 90, 0), 0);
    std::string bytes(reinterpret_cast<const char*>(out), size);
    tjFree(out);
    tjDestroy(tj);
    return bytes;
}

// A JPEG's width and height, or {0, 0} when TurboJPEG cannot read it.
std::pair<int, int> sizeOf(const std::string& jpeg)
{
    tjhandle tj = tjInitDecompress();
    int w = 0;
    int h = 0;
    int sub = 0;
    int space = 0;
    const bool ok = tjDecompressHeader3(tj, reinterpret_cast<const unsigned char*>(jpeg.data()), jpeg.size(), &w, &h,
                                        &sub, &space)
        == 0;
    tjDestroy(tj);
    return ok ? std::pair{w, h} : std::pair{0, 0};
}

class ConsolePhotos : public ::testing::Test {
protected:
    // Uploads `bytes` as the manager and names them in a photo record of a patrol.
    std::string upload(const std::string& bytes)
    {
        test::ApiClient device(server.url());
        const auto me = device.login("manager");
        const auto sha = server::sha256Hex(bytes);
        const auto put = device.call(
            "PUT", "/api/v1/photos/" + sha, bytes,
            {{"Content-Type", "image/jpeg"},
             {"Content-Range", "bytes 0-" + std::to_string(bytes.size() - 1) + "/" + std::to_string(bytes.size())}});
        EXPECT_EQ(put.status, 201) << put.body;
        const json change{{"change_id", newUuid()},
                          {"entity", "photo"},
                          {"id", newUuid()},
                          {"base_version", 0},
                          {"fields",
                           {{"sha256", sha},
                            {"size_bytes", bytes.size()},
                            {"mime_type", "image/jpeg"},
                            {"taken_at", Timestamp::now(480).toIso()},
                            {"record_entity", "follow_up"},
                            {"record_id", followUp(device, me)}}}};
        const auto r = device.json("POST", "/api/v1/sync/push", {{"device_id", "p"}, {"changes", {change}}});
        EXPECT_EQ(r["results"][0]["status"], "applied") << r.dump();
        return sha;
    }

    std::string followUp(test::ApiClient& device, const json& me)
    {
        const std::string id = newUuid();
        const json change{{"change_id", newUuid()},
                          {"entity", "follow_up"},
                          {"id", id},
                          {"base_version", 0},
                          {"fields",
                           {{"property_id", me["user"]["property_ids"][0]},
                            {"source_entity", "manual"},
                            {"description", "照片测试"},
                            {"status", "open"},
                            {"created_by", me["user"]["id"]},
                            {"created_at", Timestamp::now(480).toIso()}}}};
        const auto r = device.json("POST", "/api/v1/sync/push", {{"device_id", "p"}, {"changes", {change}}});
        EXPECT_EQ(r["results"][0]["status"], "applied") << r.dump();
        return id;
    }

    test::ServerProcess server;
};

} // namespace

TEST_F(ConsolePhotos, AThumbnailIsASmallJpegMadeOnceAndCachedWithThePhotosScoping)
{
    const auto photo = makeJpeg(2000, 1500);
    const auto sha = upload(photo);
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto path = "/api/v1/console/photos/" + sha + "?size=thumb";

    // Four at once: one makes it, the others wait for it; all get the same bytes.
    std::vector<std::future<sync::HttpResponse>> asks;
    for (int i = 0; i < 4; ++i)
        asks.push_back(std::async(std::launch::async, [&] {
            ConsoleClient c(server.url());
            c.cookie = office.cookie;
            return c.get(path);
        }));
    std::vector<std::string> bodies;
    for (auto& a : asks) {
        const auto r = a.get();
        ASSERT_EQ(r.status, 200) << r.body;
        EXPECT_EQ(r.headers.at("content-type"), "image/jpeg");
        bodies.push_back(r.body);
    }
    for (const auto& b : bodies)
        EXPECT_EQ(b, bodies[0]);
    EXPECT_EQ(sizeOf(bodies[0]), (std::pair{320, 240})) << "320 px on the long edge, the photo's shape";
    EXPECT_LT(bodies[0].size(), photo.size() / 4);
    const auto cached = server.dataDir() / "thumbnails" / (sha + ".jpg");
    ASSERT_TRUE(std::filesystem::exists(cached)) << "kept on disk beside the photos";
    const auto madeAt = std::filesystem::last_write_time(cached);

    const auto again = office.get(path);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.body, bodies[0]);
    EXPECT_EQ(std::filesystem::last_write_time(cached), madeAt) << "served from the cache, not made again";
    EXPECT_NE(again.headers.at("cache-control").find("private"), std::string::npos);
    const auto etag = again.headers.at("etag");
    EXPECT_NE(etag, office.get("/api/v1/console/photos/" + sha).headers.at("etag")) << "not the photo's";
    EXPECT_EQ(office.get(path, {{"If-None-Match", etag}}).status, 304);
    EXPECT_EQ(office.get("/api/v1/console/photos/" + sha).body, photo) << "the full photo is unchanged";

    // A photo smaller than a thumbnail stays its size.
    const auto small = upload(makeJpeg(200, 120));
    EXPECT_EQ(sizeOf(office.get("/api/v1/console/photos/" + small + "?size=thumb").body), (std::pair{200, 120}));
    // Portrait.
    const auto tall = upload(makeJpeg(900, 1600));
    EXPECT_EQ(sizeOf(office.get("/api/v1/console/photos/" + tall + "?size=thumb").body), (std::pair{180, 320}));

    // Someone of another property: 404 for the thumbnail as for the photo, cached or not.
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role office --property XHZX",
                                "a-long-password\n"),
              0);
    ConsoleClient far(server.url());
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    EXPECT_EQ(far.get(path).status, 404);
    EXPECT_EQ(far.get(path).body, far.get("/api/v1/console/photos/" + std::string(64, 'a') + "?size=thumb").body);
    ConsoleClient nobody(server.url());
    EXPECT_EQ(nobody.get(path).status, 401);
    EXPECT_EQ(office.get("/api/v1/console/photos/" + sha + "?size=huge").status, 400);
}

TEST_F(ConsolePhotos, APhotoThatIsNotAJpegHasNoThumbnailButAClearProblem)
{
    const std::string notJpeg(30'000, 'p');
    const auto sha = upload(notJpeg);
    auto cut = makeJpeg(800, 600);
    cut.resize(200); // the header and nothing else
    const auto cutSha = upload(cut);
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    for (const auto& s : {sha, cutSha}) {
        const auto r = office.get("/api/v1/console/photos/" + s + "?size=thumb");
        EXPECT_EQ(r.status, 422) << r.body;
        EXPECT_NE(r.headers.at("content-type").find("problem+json"), std::string::npos);
        EXPECT_NE(r.body.find("not a JPEG"), std::string::npos) << r.body;
        EXPECT_EQ(office.get("/api/v1/console/photos/" + s).status, 200) << "the photo itself is still there";
    }
}
