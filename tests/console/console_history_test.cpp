// A record's history (docs/console-api.md, "History") and the sync conflicts a manager
// decides in the console ("Conflicts"): who changed which field when, from which device,
// old and new value; a conflict listed with both values, and the value a manager puts
// back reaching devices as a normal change. Real server.

#include "console_client.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

class ConsoleHistory : public ::testing::Test {
protected:
    test::ServerProcess server;

    static json change(const std::string& entity, const std::string& id, std::int64_t base, json fields)
    {
        return {{"change_id", newUuid()},
                {"entity", entity},
                {"id", id},
                {"base_version", base},
                {"fields", std::move(fields)}};
    }

    static json push(test::ApiClient& device, const json& c)
    {
        auto answer = device.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", {c}}});
        return answer["results"][0];
    }

    // A follow-up the patrol officer files from the phone: its id and version.
    std::pair<std::string, std::int64_t> newFollowUp(test::ApiClient& device, const json& me)
    {
        const auto id = newUuid();
        const auto r = push(device,
                            change("follow_up", id, 0,
                                   {{"property_id", me["user"]["property_ids"][0]},
                                    {"source_entity", "manual"},
                                    {"description", "电梯按钮失灵"},
                                    {"status", "open"},
                                    {"created_by", me["user"]["id"]},
                                    {"created_at", "2026-11-27T10:00:00+08:00"}}));
        EXPECT_EQ(r["status"], "applied") << r.dump();
        return {id, r["version"].get<std::int64_t>()};
    }

    static std::vector<json> ofKind(const json& history, const std::string& kind)
    {
        std::vector<json> out;
        for (const auto& e : history)
            if (e["kind"] == kind)
                out.push_back(e);
        return out;
    }
};

} // namespace

TEST_F(ConsoleHistory, EveryChangeSaysWhoFromWhichDeviceWhenAndEachFieldsOldAndNewValue)
{
    test::ApiClient phone(server.url());
    const auto me = phone.login("patrol", "demo", "phone-a");
    const auto [id, created] = newFollowUp(phone, me);
    const auto edited = push(phone, change("follow_up", id, created, {{"description", "电梯按钮失灵，已报修"}}));
    ASSERT_EQ(edited["status"], "applied") << edited.dump();

    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto detail = office.json("/api/v1/console/records/follow_up/" + id);
    const auto& history = detail["history"];
    ASSERT_GE(history.size(), 2u) << history.dump();
    EXPECT_EQ(history[0]["kind"], "created");
    EXPECT_EQ(history[0]["by"], me["user"]["id"]);
    const auto edits = ofKind(history, "edited");
    ASSERT_EQ(edits.size(), 1u) << history.dump();
    EXPECT_EQ(edits[0]["by"], me["user"]["id"]);
    EXPECT_EQ(edits[0]["device"], "phone-a");
    EXPECT_EQ(edits[0]["version"], edited["version"]);
    EXPECT_FALSE(edits[0]["at"].get<std::string>().empty());
    ASSERT_EQ(edits[0]["changes"].size(), 1u) << edits[0].dump();
    EXPECT_EQ(edits[0]["changes"][0],
              (json{{"field", "description"}, {"old", "电梯按钮失灵"}, {"new", "电梯按钮失灵，已报修"}}));

    // A review is part of the story. A deleted record leaves the console.
    ASSERT_EQ(office
                  .postJson("/api/v1/console/records/follow_up/" + id + "/review",
                            {{"state", "has_issues"}, {"comment", "写明楼层"}})
                  .status,
              200);
    const auto reviews = ofKind(office.json("/api/v1/console/records/follow_up/" + id)["history"], "review");
    ASSERT_EQ(reviews.size(), 1u);
    EXPECT_EQ(reviews[0]["comment"], "写明楼层");
    // Only a manager deletes a follow-up.
    test::ApiClient tablet(server.url());
    tablet.login("manager", "demo", "tablet-m");
    json gone = change("follow_up", id, edited["version"], json::object());
    gone["deleted"] = true;
    const auto deleted = push(tablet, gone);
    ASSERT_EQ(deleted["status"], "applied") << deleted.dump();
    EXPECT_EQ(office.get("/api/v1/console/records/follow_up/" + id).status, 404) << "a deleted record is not listed";
}

TEST_F(ConsoleHistory, AManagerPutsBackASetAsideValueAndDevicesPullItAsANormalChange)
{
    test::ApiClient phoneA(server.url());
    const auto me = phoneA.login("patrol", "demo", "phone-a");
    test::ApiClient phoneB(server.url());
    phoneB.login("patrol", "demo", "phone-b");
    const auto [id, base] = newFollowUp(phoneA, me);
    // Both phones change the description from the same version: the later one wins, the
    // earlier is set aside for a manager.
    ASSERT_EQ(push(phoneA, change("follow_up", id, base, {{"description", "A 的说法"}}))["status"], "applied");
    ASSERT_EQ(push(phoneB, change("follow_up", id, base, {{"description", "B 的说法"}}))["status"], "conflict");

    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    auto list = manager.json("/api/v1/console/conflicts");
    const json* found = nullptr;
    for (const auto& c : list["conflicts"])
        if (c["record_id"] == id)
            found = &c;
    ASSERT_TRUE(found) << list.dump();
    const json conflict = *found;
    EXPECT_EQ(conflict["field"], "description");
    EXPECT_EQ(conflict["set_aside"], "A 的说法");
    EXPECT_EQ(conflict["in_force"], "B 的说法");
    EXPECT_EQ(conflict["decision"], nullptr);
    const auto path = "/api/v1/console/conflicts/" + std::to_string(conflict["seq"].get<std::int64_t>()) + "/decision";

    // Only a manager of the property decides; the front desk sees the list.
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    EXPECT_EQ(office.get("/api/v1/console/conflicts").status, 200);
    EXPECT_EQ(office.postJson(path, {{"choice", "restored"}}).status, 403);
    ConsoleClient patrol(server.url());
    ASSERT_EQ(patrol.login("patrol").status, 200);
    EXPECT_EQ(patrol.get("/api/v1/console/conflicts").status, 403);
    EXPECT_EQ(manager.postJson(path, {{"choice", "maybe"}}).status, 400);
    EXPECT_EQ(manager.postJson(path, {{"choice", "restored"}}, {}).status, 403) << "without the console's header";

    const auto pulledBefore = phoneB.json("GET", "/api/v1/sync/pull?limit=1000");
    auto r = manager.postJson(path, {{"choice", "restored"}});
    ASSERT_EQ(r.status, 200) << r.body;
    const auto decided = json::parse(r.body);
    EXPECT_EQ(decided["decision"]["choice"], "restored");
    EXPECT_EQ(decided["decision"]["by"], manager.user["id"]);
    EXPECT_EQ(manager.postJson(path, {{"choice", "kept"}}).status, 409) << "decided once";
    const auto open = manager.json("/api/v1/console/conflicts");
    for (const auto& c : open["conflicts"])
        EXPECT_NE(c["record_id"], id) << "a decided conflict leaves the open list";
    EXPECT_EQ(manager.json("/api/v1/console/conflicts?state=all")["conflicts"][0]["decision"]["choice"], "restored");

    // The phone that lost pulls the value back like any change.
    std::string cursor = pulledBefore["cursor"];
    const auto pulled = phoneB.json("GET", "/api/v1/sync/pull?limit=1000&cursor=" + cursor);
    bool seen = false;
    for (const auto& rec : pulled["records"])
        if (rec["id"] == id) {
            seen = true;
            EXPECT_EQ(rec["fields"]["description"], "A 的说法");
            EXPECT_EQ(rec["version"], decided["decision"]["version"]);
        }
    EXPECT_TRUE(seen) << pulled.dump();

    // The record's history tells the whole story.
    const auto history = manager.json("/api/v1/console/records/follow_up/" + id)["history"];
    const auto conflicts = ofKind(history, "conflict");
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0]["decision"]["choice"], "restored");
    const auto resolved = ofKind(history, "resolved");
    ASSERT_EQ(resolved.size(), 1u) << history.dump();
    EXPECT_EQ(resolved[0]["device"], "console");
    EXPECT_EQ(resolved[0]["changes"][0], (json{{"field", "description"}, {"old", "B 的说法"}, {"new", "A 的说法"}}));
}

TEST_F(ConsoleHistory, AnotherPropertysManagerNeverSeesNorDecidesItsConflicts)
{
    test::ApiClient phoneA(server.url());
    const auto me = phoneA.login("patrol", "demo", "phone-a");
    test::ApiClient phoneB(server.url());
    phoneB.login("patrol", "demo", "phone-b");
    const auto [id, base] = newFollowUp(phoneA, me);
    ASSERT_EQ(push(phoneA, change("follow_up", id, base, {{"description", "一"}}))["status"], "applied");
    ASSERT_EQ(push(phoneB, change("follow_up", id, base, {{"description", "二"}}))["status"], "conflict");
    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    const auto seq = manager.json("/api/v1/console/conflicts")["conflicts"][0]["seq"].get<std::int64_t>();

    // A manager of the other property only.
    std::string otherCode;
    const auto mine = manager.json("/api/v1/console/me");
    for (const auto& p : mine["properties"])
        if (p["id"] != me["user"]["property_ids"][0])
            otherCode = p["fields"]["code"];
    ASSERT_FALSE(otherCode.empty());
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role manager --property " + otherCode,
                                "a-long-password\n"),
              0);
    ConsoleClient far(server.url());
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    const auto seen = far.json("/api/v1/console/conflicts?state=all");
    for (const auto& c : seen["conflicts"])
        EXPECT_NE(c["record_id"], id);
    EXPECT_EQ(
        far.postJson("/api/v1/console/conflicts/" + std::to_string(seq) + "/decision", {{"choice", "kept"}}).status,
        404);
    EXPECT_EQ(far.get("/api/v1/console/conflicts?before=x").status, 400);
}
