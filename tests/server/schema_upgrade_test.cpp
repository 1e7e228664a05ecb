// A server of this release opening the database a server of the previous one left.

#include "api_client.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"
#include "storage/server_schema.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>

using namespace patrolbook;
using nlohmann::json;

namespace {

// Every record the user sees, page by page, in the server's order.
json pullAll(test::ApiClient& api)
{
    json records = json::array();
    std::string cursor;
    for (int page = 0; page < 1000; ++page) {
        const auto answer
            = api.json("GET", "/api/v1/sync/pull?limit=37" + (cursor.empty() ? std::string{} : "&cursor=" + cursor));
        for (const auto& r : answer.at("records"))
            records.push_back(r);
        cursor = answer.at("cursor").get<std::string>();
        if (!answer.at("has_more").get<bool>())
            return records;
    }
    ADD_FAILURE() << "the pull never ended";
    return records;
}

// Before version 3 a record's creating change was a row of the change log.
constexpr const char* creationsIntoTheLog = R"sql(
INSERT INTO applied_change (change_id, account_id, entity, record_id, status, version, applied_at)
    SELECT created_by, created_account, entity, id, 'applied', created_version, created_at FROM record
    WHERE created_by IS NOT NULL;
)sql";

// A push that creates a follow-up in the user's first property.
json followUpPush(const json& user, const std::string& description)
{
    return {{"device_id", "t"},
            {"changes",
             json::array({{{"change_id", newUuid()},
                           {"entity", "follow_up"},
                           {"id", newUuid()},
                           {"base_version", 0},
                           {"fields",
                            {{"property_id", user["property_ids"][0]},
                             {"description", description},
                             {"status", "open"},
                             {"created_by", user["id"]},
                             {"created_at", "2026-11-27T10:00:00+08:00"}}}}})}};
}

// The record table as schema version 1 had it: keyed by (entity, id), version indexed.
constexpr const char* backToVersion1 = R"sql(
CREATE TABLE record_v1 (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    property_id TEXT,
    parent_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    needs_review INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,
    field_versions TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
INSERT INTO record_v1 SELECT entity, id, version, property_id, parent_id, deleted, needs_review, fields,
    field_versions FROM record;
DROP TABLE record;
ALTER TABLE record_v1 RENAME TO record;
CREATE UNIQUE INDEX record_version ON record (version);
CREATE INDEX record_parent ON record (parent_id) WHERE parent_id IS NOT NULL;
PRAGMA user_version = 1;
)sql";

// A version 2 database as the previous release left it: every answered change, creations
// too, a row of the change log, and no created_* columns in the record table.
constexpr const char* backToVersion2 = R"sql(
ALTER TABLE record DROP COLUMN created_by;
ALTER TABLE record DROP COLUMN created_account;
ALTER TABLE record DROP COLUMN created_at;
ALTER TABLE record DROP COLUMN created_version;
PRAGMA user_version = 2;
)sql";

// Stops the server, takes its database back to an earlier release's layout and starts it
// again: it upgrades the database as it opens it.
void restartFrom(test::ServerProcess& server, const char* backToEarlierVersion)
{
    server.kill(SIGTERM);
    server.wait();
    {
        sqlite::Database db(server.dataDir() / "server.db");
        db.exec(creationsIntoTheLog);
        db.exec(backToEarlierVersion);
    }
    server.start();
}

} // namespace

TEST(SchemaUpgrade, AVersion1DatabaseKeepsEveryRecordInItsOrderAndTakesNewWrites)
{
    test::ServerProcess server;
    test::ApiClient office(server.url());
    office.login("office");
    // An edit, so that versions are not simply the order the demo estate was loaded in.
    const auto areas = office.json("GET", "/api/v1/sync/pull?limit=500");
    const json area = *std::find_if(areas["records"].begin(), areas["records"].end(),
                                    [](const json& r) { return r["entity"] == "area"; });
    test::ApiClient manager(server.url());
    manager.login("manager"); // only managers change areas
    const json edit{{"device_id", "t"},
                    {"changes",
                     json::array({{{"change_id", newUuid()},
                                   {"entity", "area"},
                                   {"id", area["id"]},
                                   {"base_version", area["version"]},
                                   {"fields", {{"note", "upgrade test"}}}}})}};
    const auto first = manager.json("POST", "/api/v1/sync/push", edit)["results"][0];
    ASSERT_EQ(first["status"], "applied") << first.dump();
    // A record created before the upgrade: its creating change is in the old change log.
    const auto me = office.login("office");
    const json create = followUpPush(me["user"], "upgrade test");
    const auto created = office.json("POST", "/api/v1/sync/push", create)["results"][0];
    ASSERT_EQ(created["status"], "applied") << created.dump();
    const auto resent = manager.json("POST", "/api/v1/sync/push", edit)["results"][0];
    ASSERT_EQ(resent["status"], "duplicate") << resent.dump();
    const json before = pullAll(office);
    ASSERT_GT(before.size(), 50u);
    ASSERT_EQ(before.back()["id"], create["changes"][0]["id"]);

    restartFrom(server, backToVersion1);

    test::ApiClient again(server.url());
    again.login("office");
    EXPECT_EQ(pullAll(again), before);
    {
        sqlite::Database db(server.dataDir() / "server.db");
        EXPECT_EQ(db.userVersion(), server::serverMigrations().back().version);
    }
    // Changes answered before the upgrade, a creation and an edit, are answered the same way.
    const auto createdAgain = again.json("POST", "/api/v1/sync/push", create)["results"][0];
    EXPECT_EQ(createdAgain["status"], "duplicate") << createdAgain.dump();
    EXPECT_EQ(createdAgain["version"], created["version"]);
    manager.login("manager");
    const auto editedAgain = manager.json("POST", "/api/v1/sync/push", edit)["results"][0];
    EXPECT_EQ(editedAgain["status"], "duplicate") << editedAgain.dump();
    EXPECT_EQ(editedAgain["version"], first["version"]);
    // Writes go on after the upgrade: the edited record moves to the end of the order.
    const json second{{"device_id", "t"},
                      {"changes",
                       json::array({{{"change_id", newUuid()},
                                     {"entity", "area"},
                                     {"id", area["id"]},
                                     {"base_version", first["version"]},
                                     {"fields", {{"note", "after the upgrade"}}}}})}};
    manager.login("manager");
    const auto result = manager.json("POST", "/api/v1/sync/push", second)["results"][0];
    ASSERT_EQ(result["status"], "applied") << result.dump();
    EXPECT_GT(result["version"].get<std::int64_t>(), before.back()["version"].get<std::int64_t>());
    const json after = pullAll(again);
    ASSERT_EQ(after.size(), before.size());
    EXPECT_EQ(after.back()["id"], area["id"]);
    EXPECT_EQ(after.back()["fields"]["note"], "after the upgrade");
}

TEST(SchemaUpgrade, AVersion2DatabaseAnswersItsCreationsFromTheLogAndKeepsNewOnesInTheirRows)
{
    test::ServerProcess server;
    test::ApiClient patrol(server.url());
    const auto me = patrol.login("patrol");
    const json old = followUpPush(me["user"], "before the upgrade");
    const auto oldAnswer = patrol.json("POST", "/api/v1/sync/push", old)["results"][0];
    ASSERT_EQ(oldAnswer["status"], "applied") << oldAnswer.dump();

    restartFrom(server, backToVersion2);

    patrol.login("patrol");
    const auto oldAgain = patrol.json("POST", "/api/v1/sync/push", old)["results"][0];
    EXPECT_EQ(oldAgain["status"], "duplicate") << oldAgain.dump();
    EXPECT_EQ(oldAgain["version"], oldAnswer["version"]);
    const json fresh = followUpPush(me["user"], "after the upgrade");
    const auto freshAnswer = patrol.json("POST", "/api/v1/sync/push", fresh)["results"][0];
    ASSERT_EQ(freshAnswer["status"], "applied") << freshAnswer.dump();
    const auto freshAgain = patrol.json("POST", "/api/v1/sync/push", fresh)["results"][0];
    EXPECT_EQ(freshAgain["status"], "duplicate") << freshAgain.dump();
    EXPECT_EQ(freshAgain["version"], freshAnswer["version"]);

    sqlite::Database db(server.dataDir() / "server.db");
    EXPECT_EQ(db.userVersion(), server::serverMigrations().back().version);
    sqlite::Statement rows(db,
                           "SELECT (SELECT count(*) FROM applied_change WHERE change_id = ?1), "
                           "(SELECT count(*) FROM record WHERE created_by = ?1), "
                           "(SELECT count(*) FROM applied_change WHERE change_id = ?2), "
                           "(SELECT count(*) FROM record WHERE created_by = ?2)");
    rows.bind(1, old["changes"][0]["change_id"].get<std::string>());
    rows.bind(2, fresh["changes"][0]["change_id"].get<std::string>());
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.getInt64(0), 1); // the old creation stays in the log
    EXPECT_EQ(rows.getInt64(1), 0);
    EXPECT_EQ(rows.getInt64(2), 0); // the new one is kept in its row
    EXPECT_EQ(rows.getInt64(3), 1);
}
