// A server of this release opening the photos of one before uploads had owners (schema
// version 4): photos records named stay visible to their property; the rest expire.

#include "api_client.hpp"
#include "auth/password.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>

using namespace patrolbook;
using nlohmann::json;

namespace {

// What schema version 5 added, taken away again.
constexpr const char* backToVersion4 = R"sql(
DROP INDEX record_photo_sha;
DROP TABLE photo_upload;
PRAGMA user_version = 4;
)sql";

void age(const std::filesystem::path& file)
{
    std::filesystem::last_write_time(file, std::filesystem::file_time_type::clock::now() - std::chrono::hours(24 * 31));
}

} // namespace

TEST(PhotoUpgrade, PhotosRecordsNameStayVisibleAndUnnamedOnesAndOldUploadsExpire)
{
    test::ServerProcess server;
    test::ApiClient patrol(server.url());
    const auto me = patrol.login("patrol");
    const std::string named = "a photo a record names";
    const std::string unnamed = "a photo no record names";
    for (const auto& bytes : {named, unnamed})
        ASSERT_EQ(patrol.call("PUT", "/api/v1/photos/" + server::sha256Hex(bytes), bytes).status, 201);
    const std::string followUp = newUuid();
    const json changes = json::array({json{{"change_id", newUuid()},
                                           {"entity", "follow_up"},
                                           {"id", followUp},
                                           {"base_version", 0},
                                           {"fields",
                                            {{"property_id", me["user"]["property_ids"][0]},
                                             {"source_entity", "manual"},
                                             {"description", "雨棚破损"},
                                             {"status", "open"},
                                             {"created_by", me["user"]["id"]},
                                             {"created_at", "2026-11-27T10:00:00+08:00"}}}},
                                      json{{"change_id", newUuid()},
                                           {"entity", "photo"},
                                           {"id", newUuid()},
                                           {"base_version", 0},
                                           {"fields",
                                            {{"sha256", server::sha256Hex(named)},
                                             {"size_bytes", named.size()},
                                             {"mime_type", "image/jpeg"},
                                             {"taken_at", "2026-11-27T10:00:00+08:00"},
                                             {"record_entity", "follow_up"},
                                             {"record_id", followUp}}}}});
    const auto pushed = patrol.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", changes}});
    ASSERT_EQ(pushed["results"][1]["status"], "applied") << pushed.dump();

    server.kill(SIGTERM);
    server.wait();
    {
        sqlite::Database db(server.dataDir() / "server.db");
        db.exec(backToVersion4);
    }
    // An unfinished upload as servers before kept them: one file per photo, for anyone.
    const auto oldPart = server.dataDir() / "photos" / (server::sha256Hex("an old upload") + ".part");
    std::ofstream(oldPart) << "an old";
    age(oldPart);
    server.start();

    test::ApiClient specialist(server.url());
    specialist.login("specialist");
    EXPECT_EQ(specialist.call("GET", "/api/v1/photos/" + server::sha256Hex(named)).body, named)
        << "a colleague of the property sees the photo a record names, as before";
    EXPECT_EQ(specialist.call("GET", "/api/v1/photos/" + server::sha256Hex(unnamed)).status, 404);

    ASSERT_EQ(server.runCommand("gc --data-dir " + server.dataDir().string()), 0);
    EXPECT_FALSE(std::filesystem::exists(oldPart)) << "an old unfinished upload expires";
    const auto unnamedFile = server.dataDir() / "photos" / server::sha256Hex(unnamed);
    EXPECT_TRUE(std::filesystem::exists(unnamedFile)) << "spared for 30 days: it may be named soon";
    age(unnamedFile);
    ASSERT_EQ(server.runCommand("gc --data-dir " + server.dataDir().string()), 0);
    EXPECT_FALSE(std::filesystem::exists(unnamedFile)) << "nobody's, and 31 days old";
    EXPECT_TRUE(std::filesystem::exists(server.dataDir() / "photos" / server::sha256Hex(named)));
}
