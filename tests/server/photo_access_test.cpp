// Photo bytes bound to their uploader and their record (docs/security.md, "Photos"):
// nobody learns which photos the server holds, nobody reaches bytes by naming their hash
// in a record of their own, unclaimed bytes have a quota and expire.

#include "api_client.hpp"
#include "auth/password.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace patrolbook;
using nlohmann::json;
using patrolbook::test::ApiClient;

namespace {

std::string bytesOf(std::size_t n, unsigned seed)
{
    std::string out(n, '\0');
    std::uint32_t x = 2463534242u + seed;
    for (auto& c : out) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = static_cast<char>(x & 0xFF);
    }
    return out;
}

std::string pathOf(const std::string& sha)
{
    return "/api/v1/photos/" + sha;
}

sync::HttpResponse put(ApiClient& api, const std::string& photo, std::size_t from = 0, std::size_t to = 0)
{
    if (to == 0)
        to = photo.size();
    const auto range
        = "bytes " + std::to_string(from) + "-" + std::to_string(to - 1) + "/" + std::to_string(photo.size());
    return api.call("PUT", pathOf(server::sha256Hex(photo)), photo.substr(from, to - from),
                    {{"Content-Type", "image/jpeg"}, {"Content-Range", range}});
}

// A user of the demo estate's second property only (the demo's staff accounts are all
// of the first, or of both).
void addUserOfTheSecondProperty(test::ServerProcess& server, const std::string& username)
{
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string() + " --username " + username
                                    + " --name 远方 --role patrol --property XHZX",
                                "a-long-password\n"),
              0);
}

class PhotoAccess : public ::testing::Test {
protected:
    test::ServerProcess server{"127.0.0.1", {"--photo-quota-mib", "1"}};
    ApiClient patrol{server.url()};
    json me;

    void SetUp() override { me = patrol.login("patrol"); }

    // A follow-up of the caller's in their first property, and a photo record of it naming
    // these bytes; the push's results.
    static json photoRecordFor(ApiClient& api, const json& user, const std::string& photo)
    {
        const std::string followUp = newUuid();
        const json changes = json::array({json{{"change_id", newUuid()},
                                               {"entity", "follow_up"},
                                               {"id", followUp},
                                               {"base_version", 0},
                                               {"fields",
                                                {{"property_id", user["user"]["property_ids"][0]},
                                                 {"source_entity", "manual"},
                                                 {"description", "墙面渗水"},
                                                 {"status", "open"},
                                                 {"created_by", user["user"]["id"]},
                                                 {"created_at", "2026-11-27T10:00:00+08:00"}}}},
                                          json{{"change_id", newUuid()},
                                               {"entity", "photo"},
                                               {"id", newUuid()},
                                               {"base_version", 0},
                                               {"fields",
                                                {{"sha256", server::sha256Hex(photo)},
                                                 {"size_bytes", photo.size()},
                                                 {"mime_type", "image/jpeg"},
                                                 {"taken_at", "2026-11-27T10:00:00+08:00"},
                                                 {"record_entity", "follow_up"},
                                                 {"record_id", followUp}}}}});
        return api.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", changes}})["results"];
    }

    std::filesystem::path photosDir() const { return server.dataDir() / "photos"; }
};

// The same answer, as far as a client can tell.
void expectSameAnswer(const sync::HttpResponse& a, const sync::HttpResponse& b)
{
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.body, b.body);
    const auto offset = [](const sync::HttpResponse& r) {
        const auto it = r.headers.find("upload-offset");
        return it == r.headers.end() ? std::string{"none"} : it->second;
    };
    EXPECT_EQ(offset(a), offset(b));
}

} // namespace

TEST_F(PhotoAccess, APhotoThatIsNotYoursAnswersAsOneThatDoesNotExist)
{
    const auto photo = bytesOf(100'000, 1);
    ASSERT_EQ(put(patrol, photo).status, 201);
    EXPECT_EQ(patrol.call("HEAD", pathOf(server::sha256Hex(photo))).status, 200) << "the uploader's own";
    EXPECT_EQ(patrol.call("GET", pathOf(server::sha256Hex(photo))).body, photo);

    ApiClient manager(server.url());
    manager.login("manager");
    const auto nobodys = server::sha256Hex(bytesOf(100'000, 2));
    expectSameAnswer(manager.call("HEAD", pathOf(server::sha256Hex(photo))), manager.call("HEAD", pathOf(nobodys)));
    expectSameAnswer(manager.call("GET", pathOf(server::sha256Hex(photo))), manager.call("GET", pathOf(nobodys)));
    EXPECT_EQ(manager.call("GET", pathOf(nobodys)).status, 404);
}

TEST_F(PhotoAccess, AnUnfinishedUploadIsTheUploadersAloneAndAnotherUploadsTheSamePhotoOnTheirOwn)
{
    const auto photo = bytesOf(100'000, 3);
    const auto sha = server::sha256Hex(photo);
    ASSERT_EQ(put(patrol, photo, 0, 40'000).status, 202);
    ApiClient specialist(server.url());
    specialist.login("specialist");
    const auto head = specialist.call("HEAD", pathOf(sha));
    EXPECT_EQ(head.status, 404);
    EXPECT_EQ(head.headers.at("upload-offset"), "0") << "nothing says someone else is uploading it";
    EXPECT_EQ(put(specialist, photo, 40'000).status, 409) << "nobody continues another's upload";
    EXPECT_EQ(put(specialist, photo).status, 201) << "the whole photo from the specialist is theirs";
    EXPECT_EQ(specialist.call("GET", pathOf(sha)).body, photo);
    const auto mine = patrol.call("HEAD", pathOf(sha));
    EXPECT_EQ(mine.status, 404);
    EXPECT_EQ(mine.headers.at("upload-offset"), "40000") << "the patrol's own upload is where it was";
    EXPECT_EQ(put(patrol, photo, 40'000).status, 201);
    EXPECT_EQ(patrol.call("HEAD", pathOf(sha)).status, 200);
}

TEST_F(PhotoAccess, AClaimedPhotoIsSeenInItsRecordsPropertyAndNowhereElse)
{
    const auto photo = bytesOf(100'000, 4);
    const auto sha = server::sha256Hex(photo);
    ASSERT_EQ(put(patrol, photo).status, 201);
    const auto pushed = photoRecordFor(patrol, me, photo);
    ASSERT_EQ(pushed[1]["status"], "applied") << pushed.dump();

    ApiClient specialist(server.url());
    specialist.login("specialist");
    EXPECT_EQ(specialist.call("GET", pathOf(sha)).body, photo) << "a colleague of the property";
    EXPECT_EQ(specialist.call("HEAD", pathOf(sha)).status, 200);
    addUserOfTheSecondProperty(server, "far");
    ApiClient far(server.url());
    far.login("far", "a-long-password");
    EXPECT_EQ(far.call("GET", pathOf(sha)).status, 404) << "not a user of the record's property";
    EXPECT_EQ(far.call("HEAD", pathOf(sha)).headers.at("upload-offset"), "0");
}

TEST_F(PhotoAccess, NamingSomeoneElsesPhotoInARecordOfYourOwnShowsNothing)
{
    const auto photo = bytesOf(100'000, 5);
    const auto sha = server::sha256Hex(photo);
    ASSERT_EQ(put(patrol, photo).status, 201); // not claimed yet: the patrol's alone

    // A colleague of the same property, and a user of another, each name the hash in a
    // photo record of a follow-up of their own.
    ApiClient specialist(server.url());
    const auto colleague = specialist.login("specialist");
    ASSERT_EQ(photoRecordFor(specialist, colleague, photo)[1]["status"], "applied");
    EXPECT_EQ(specialist.call("GET", pathOf(sha)).status, 404);
    EXPECT_EQ(specialist.call("HEAD", pathOf(sha)).status, 404);
    addUserOfTheSecondProperty(server, "far");
    ApiClient far(server.url());
    const auto stranger = far.login("far", "a-long-password");
    ASSERT_EQ(photoRecordFor(far, stranger, photo)[1]["status"], "applied");
    EXPECT_EQ(far.call("GET", pathOf(sha)).status, 404);

    // Once the patrol's own record claims it, their property sees it: the stranger still not.
    ASSERT_EQ(photoRecordFor(patrol, me, photo)[1]["status"], "applied");
    EXPECT_EQ(specialist.call("GET", pathOf(sha)).body, photo);
    EXPECT_EQ(far.call("GET", pathOf(sha)).status, 404);
}

TEST_F(PhotoAccess, UnclaimedBytesHaveAQuotaAndARecordThatClaimsThemFreesIt)
{
    // Quota 1 MiB (the server's --photo-quota-mib): two photos of 600 KB are one too many
    // until the first is claimed by a record.
    const auto first = bytesOf(600'000, 6);
    const auto second = bytesOf(600'000, 7);
    ASSERT_EQ(put(patrol, first).status, 201);
    const auto refused = put(patrol, second, 0, 256 * 1024);
    EXPECT_EQ(refused.status, 507);
    EXPECT_EQ(refused.headers.at("content-type"), "application/problem+json");
    const auto problem = json::parse(refused.body);
    EXPECT_EQ(problem["status"], 507);
    EXPECT_NE(problem["detail"].get<std::string>().find("no record names"), std::string::npos) << refused.body;
    EXPECT_EQ(patrol.call("HEAD", pathOf(server::sha256Hex(second))).headers.at("upload-offset"), "0")
        << "nothing of the refused photo kept";

    ApiClient specialist(server.url());
    specialist.login("specialist");
    EXPECT_EQ(put(specialist, second).status, 201) << "the quota is per account";

    ASSERT_EQ(photoRecordFor(patrol, me, first)[1]["status"], "applied");
    EXPECT_EQ(put(patrol, second).status, 201) << "claimed bytes no longer count";
}

TEST_F(PhotoAccess, GcDeletesStaleUploadsAndUnclaimedPhotosAndKeepsClaimedOnes)
{
    const auto part = bytesOf(100'000, 8);
    const auto unclaimed = bytesOf(100'000, 9);
    const auto claimed = bytesOf(100'000, 10);
    const auto fresh = bytesOf(100'000, 11);
    ASSERT_EQ(put(patrol, part, 0, 30'000).status, 202);
    ASSERT_EQ(put(patrol, unclaimed).status, 201);
    ASSERT_EQ(put(patrol, claimed).status, 201);
    ASSERT_EQ(put(patrol, fresh).status, 201);
    ASSERT_EQ(photoRecordFor(patrol, me, claimed)[1]["status"], "applied");

    // 31 days pass for all but `fresh`: the files' times and the uploads' records.
    const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(24 * 31);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(photosDir()))
        if (entry.is_regular_file() && entry.path().filename() != server::sha256Hex(fresh))
            std::filesystem::last_write_time(entry.path(), old);
    {
        sqlite::Database db(server.dataDir() / "server.db");
        sqlite::Statement st(db, "UPDATE photo_upload SET uploaded_at = uploaded_at - 31 * 86400000 WHERE sha256 != ?");
        st.bind(1, server::sha256Hex(fresh));
        st.run();
    }

    ASSERT_EQ(server.runCommand("gc --data-dir " + server.dataDir().string()), 0);
    const auto gone = patrol.call("HEAD", pathOf(server::sha256Hex(part)));
    EXPECT_EQ(gone.headers.at("upload-offset"), "0") << "a stale unfinished upload goes";
    EXPECT_EQ(patrol.call("HEAD", pathOf(server::sha256Hex(unclaimed))).status, 404) << "unclaimed for 31 days";
    EXPECT_FALSE(std::filesystem::exists(photosDir() / server::sha256Hex(unclaimed)));
    EXPECT_EQ(patrol.call("GET", pathOf(server::sha256Hex(claimed))).body, claimed) << "a record names it";
    EXPECT_EQ(patrol.call("GET", pathOf(server::sha256Hex(fresh))).body, fresh) << "not expired yet";
    EXPECT_EQ(put(patrol, unclaimed).status, 201) << "sent again, it is stored again";
}

TEST(PhotoGcTimer, ServeExpiresStaleUploadsByItself)
{
    test::ServerProcess server{"127.0.0.1", {"--gc-interval", "1"}};
    ApiClient patrol(server.url());
    patrol.login("patrol");
    const auto photo = bytesOf(100'000, 12);
    ASSERT_EQ(put(patrol, photo, 0, 30'000).status, 202);
    std::filesystem::path partFile;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(server.dataDir() / "photos" / "parts"))
        if (entry.is_regular_file())
            partFile = entry.path();
    ASSERT_FALSE(partFile.empty());
    std::filesystem::last_write_time(partFile, std::filesystem::file_time_type::clock::now() - std::chrono::hours(49));
    for (int i = 0; i < 100 && std::filesystem::exists(partFile); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_FALSE(std::filesystem::exists(partFile)) << "not removed within 5 s by a gc every second";
    EXPECT_EQ(patrol.call("HEAD", pathOf(server::sha256Hex(photo))).headers.at("upload-offset"), "0");
}
