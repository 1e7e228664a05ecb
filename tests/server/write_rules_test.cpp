// Who may change what: status changes are the server's to check, not the device's.

#include "api_client.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using nlohmann::json;
using patrolbook::test::ApiClient;

namespace {

class WriteRules : public ::testing::Test {
protected:
    static void SetUpTestSuite() { server = new test::ServerProcess(); }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    static test::ServerProcess* server;

    // Pushes one change as `api`'s user; returns its result.
    static json push(ApiClient& api, const std::string& entity, const std::string& id, std::int64_t base,
                     const json& fields)
    {
        const json change{
            {"change_id", newUuid()}, {"entity", entity}, {"id", id}, {"base_version", base}, {"fields", fields}};
        return api.json("POST", "/api/v1/sync/push",
                        {{"device_id", "t"}, {"changes", json::array({change})}})["results"][0];
    }
};

test::ServerProcess* WriteRules::server = nullptr;

} // namespace

TEST_F(WriteRules, OnlyAManagerClosesAFollowUpAndOnlyWithAVerifier)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    ApiClient manager(server->url());
    const auto boss = manager.login("manager");
    const std::string id = newUuid();
    const json open{{"property_id", me["user"]["property_ids"][0]},
                    {"source_entity", "manual"},
                    {"description", "电梯按钮失灵"},
                    {"status", "open"},
                    {"created_by", me["user"]["id"]},
                    {"created_at", "2026-11-27T10:00:00+08:00"}};
    const auto created = push(patrol, "follow_up", id, 0, open);
    ASSERT_EQ(created["status"], "applied") << created.dump();
    const std::int64_t v = created["version"];

    const json verified{
        {"status", "closed"}, {"verified_by", me["user"]["id"]}, {"verified_at", "2026-11-28T10:00:00+08:00"}};
    const auto byPatrol = push(patrol, "follow_up", id, v, verified);
    EXPECT_EQ(byPatrol["status"], "rejected");
    EXPECT_NE(byPatrol["reason"].get<std::string>().find("only a manager"), std::string::npos) << byPatrol.dump();

    const auto noVerifier = push(manager, "follow_up", id, v, {{"status", "closed"}});
    EXPECT_EQ(noVerifier["status"], "rejected");
    EXPECT_NE(noVerifier["reason"].get<std::string>().find("verified"), std::string::npos) << noVerifier.dump();

    const json byBoss{
        {"status", "closed"}, {"verified_by", boss["user"]["id"]}, {"verified_at", "2026-11-28T11:00:00+08:00"}};
    EXPECT_EQ(push(manager, "follow_up", id, v, byBoss)["status"], "applied");
}

TEST_F(WriteRules, FrontDeskRecordsVisitsAndFollowUpsButNotPatrolsAndNobodyEditsReferenceData)
{
    ApiClient office(server->url());
    const auto me = office.login("office");
    const auto patrolResult = push(office, "inspection", newUuid(), 0,
                                   {{"property_id", me["user"]["property_ids"][0]},
                                    {"area_id", newUuid()},
                                    {"checklist_id", newUuid()},
                                    {"inspector_id", me["user"]["id"]},
                                    {"started_at", "2026-11-27T10:00:00+08:00"},
                                    {"status", "draft"}});
    EXPECT_EQ(patrolResult["status"], "rejected");
    EXPECT_NE(patrolResult["reason"].get<std::string>().find("front-desk"), std::string::npos);
    const auto ownerEdit = push(office, "owner", newUuid(), 0, {{"name", "x"}});
    EXPECT_EQ(ownerEdit["status"], "rejected");
    EXPECT_NE(ownerEdit["reason"].get<std::string>().find("kept by the office"), std::string::npos);
}

TEST_F(WriteRules, ADoneVisitThatDidNotSatisfyNeedsItsNoteOnTheServerToo)
{
    ApiClient specialist(server->url());
    const auto me = specialist.login("specialist");
    const json visit{{"property_id", me["user"]["property_ids"][0]},
                     {"owner_id", newUuid()},
                     {"staff_id", me["user"]["id"]},
                     {"channel", "phone"},
                     {"purpose", "after_repair"},
                     {"status", "done"},
                     {"visited_at", "2026-11-27T15:00:00+08:00"},
                     {"outcome", "unsatisfied"}};
    const auto r = push(specialist, "owner_visit", newUuid(), 0, visit);
    EXPECT_EQ(r["status"], "rejected");
    EXPECT_NE(r["reason"].get<std::string>().find("note"), std::string::npos) << r.dump();
}

TEST_F(WriteRules, PasswordsAreArgon2idAndTokensAreKeptOnlyAsHashes)
{
    ApiClient api(server->url());
    const auto login = api.login("patrol");
    sqlite::Database db(server->dataDir() / "server.db");
    sqlite::Statement hashes(db, "SELECT count(*) FROM account WHERE password_hash NOT LIKE '$argon2id$%'");
    hashes.step();
    EXPECT_EQ(hashes.getInt64(0), 0);
    sqlite::Statement tokens(db, "SELECT count(*) FROM token WHERE hash = ?");
    tokens.bind(1, login["token"].get<std::string>());
    tokens.step();
    EXPECT_EQ(tokens.getInt64(0), 0) << "the token itself is never stored";
}

TEST_F(WriteRules, NobodyAttachesRecordsToAnotherPropertysInspection)
{
    ApiClient manager(server->url());
    const auto boss = manager.login("manager");
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    std::string other;
    for (const auto& p : boss["user"]["property_ids"])
        if (p != me["user"]["property_ids"][0])
            other = p.get<std::string>();
    ASSERT_FALSE(other.empty());
    const std::string theirs = newUuid();
    const json inspection{{"property_id", other},
                          {"area_id", newUuid()},
                          {"checklist_id", newUuid()},
                          {"inspector_id", boss["user"]["id"]},
                          {"started_at", "2026-11-27T10:00:00+08:00"},
                          {"status", "draft"}};
    ASSERT_EQ(push(manager, "inspection", theirs, 0, inspection)["status"], "applied");

    // The patrol claims that inspection for their own property in the same push as an item.
    auto relabel = inspection;
    relabel["property_id"] = me["user"]["property_ids"][0];
    const json changes = json::array({json{{"change_id", newUuid()},
                                           {"entity", "inspection"},
                                           {"id", theirs},
                                           {"base_version", 0},
                                           {"fields", relabel}},
                                      json{{"change_id", newUuid()},
                                           {"entity", "inspection_item"},
                                           {"id", newUuid()},
                                           {"base_version", 0},
                                           {"fields", {{"inspection_id", theirs}, {"item_code", "X"}}}}});
    const auto results
        = patrol.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", changes}})["results"];
    EXPECT_EQ(results[0]["status"], "rejected");
    EXPECT_EQ(results[1]["status"], "rejected") << results.dump();
    EXPECT_NE(results[1]["reason"].get<std::string>().find("access"), std::string::npos);
}

TEST_F(WriteRules, OnlyAManagerDeletesAFollowUp)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    const std::string id = newUuid();
    const auto created = push(patrol, "follow_up", id, 0,
                              {{"property_id", me["user"]["property_ids"][0]},
                               {"source_entity", "manual"},
                               {"description", "消防通道堆物"},
                               {"status", "open"},
                               {"created_by", me["user"]["id"]},
                               {"created_at", "2026-11-27T10:00:00+08:00"}});
    ASSERT_EQ(created["status"], "applied");
    const json change{
        {"change_id", newUuid()},   {"entity", "follow_up"}, {"id", id}, {"base_version", created["version"]},
        {"fields", json::object()}, {"deleted", true}};
    const auto r = patrol.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", json::array({change})}});
    EXPECT_EQ(r["results"][0]["status"], "rejected");
    EXPECT_NE(r["results"][0]["reason"].get<std::string>().find("only a manager"), std::string::npos);
}

TEST_F(WriteRules, AnInspectionFinishesOnlyWhenEveryItemOnTheServerIsAnswered)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    const auto change = [](const std::string& entity, const std::string& id, std::int64_t base, const json& fields) {
        return json{
            {"change_id", newUuid()}, {"entity", entity}, {"id", id}, {"base_version", base}, {"fields", fields}};
    };
    const auto pushAll = [&](const json& changes) {
        return patrol.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", changes}})["results"];
    };
    const auto inspection = [&](const std::string& status) {
        json f{{"property_id", me["user"]["property_ids"][0]},
               {"area_id", newUuid()},
               {"checklist_id", newUuid()},
               {"inspector_id", me["user"]["id"]},
               {"started_at", "2026-11-27T10:00:00+08:00"},
               {"status", status}};
        if (status == "finished")
            f["finished_at"] = "2026-11-27T10:05:00+08:00";
        return f;
    };
    const auto item = [](const std::string& parent, const char* code, const char* result) {
        json f{{"inspection_id", parent}, {"item_code", code}, {"category", "cleanliness"}, {"title", code}};
        f["result"] = result ? json(result) : json(nullptr);
        return f;
    };

    // Items sent in an earlier push, one of them unanswered: the finish is refused.
    const std::string x = newUuid();
    const std::string b = newUuid();
    auto r = pushAll(json::array({change("inspection", x, 0, inspection("draft")),
                                  change("inspection_item", newUuid(), 0, item(x, "A", "pass")),
                                  change("inspection_item", b, 0, item(x, "B", nullptr))}));
    ASSERT_EQ(r[0]["status"], "applied") << r.dump();
    ASSERT_EQ(r[2]["status"], "applied") << r.dump();
    const auto xVersion = r[0]["version"].get<std::int64_t>();
    const auto bVersion = r[2]["version"].get<std::int64_t>();
    r = pushAll(json::array(
        {change("inspection", x, xVersion, {{"status", "finished"}, {"finished_at", "2026-11-27T10:05:00+08:00"}})}));
    EXPECT_EQ(r[0]["status"], "rejected") << r.dump();
    EXPECT_NE(r[0]["reason"].get<std::string>().find("1 of 2"), std::string::npos) << r.dump();

    // The missing answer in the same push as the finish: accepted.
    r = pushAll(json::array(
        {change("inspection", x, xVersion, {{"status", "finished"}, {"finished_at", "2026-11-27T10:05:00+08:00"}}),
         change("inspection_item", b, bVersion, {{"result", "fail"}})}));
    EXPECT_EQ(r[0]["status"], "applied") << r.dump();
    EXPECT_EQ(r[1]["status"], "applied") << r.dump();

    // A new inspection sent finished with its items, one unanswered: refused.
    const std::string y = newUuid();
    r = pushAll(json::array({change("inspection", y, 0, inspection("finished")),
                             change("inspection_item", newUuid(), 0, item(y, "C", "pass")),
                             change("inspection_item", newUuid(), 0, item(y, "D", nullptr))}));
    EXPECT_EQ(r[0]["status"], "rejected") << r.dump();
    EXPECT_NE(r[0]["reason"].get<std::string>().find("1 of 2"), std::string::npos) << r.dump();
}

TEST_F(WriteRules, OnePushThatRepeatsAChangeOrTouchesARecordTwiceIsJudgedInOrder)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    const std::string id = newUuid();
    const json created{{"change_id", newUuid()},
                       {"entity", "follow_up"},
                       {"id", id},
                       {"base_version", 0},
                       {"fields",
                        {{"property_id", me["user"]["property_ids"][0]},
                         {"description", "电梯按钮失灵"},
                         {"status", "open"},
                         {"created_by", me["user"]["id"]},
                         {"created_at", "2026-11-27T10:00:00+08:00"}}}};
    // The same change twice, then another client's edit of the same field made without
    // having seen the record (base 0): the copy is a duplicate, the edit a conflict.
    const json edit{{"change_id", newUuid()},
                    {"entity", "follow_up"},
                    {"id", id},
                    {"base_version", 0},
                    {"fields", {{"description", "电梯按钮已修好"}}}};
    const auto r = patrol.json("POST", "/api/v1/sync/push",
                               {{"device_id", "t"}, {"changes", json::array({created, created, edit})}})["results"];
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0]["status"], "applied") << r.dump();
    EXPECT_EQ(r[1]["status"], "duplicate") << r.dump();
    EXPECT_EQ(r[1]["version"], r[0]["version"]);
    EXPECT_EQ(r[2]["status"], "conflict") << r.dump();
}

TEST_F(WriteRules, OneChangeIdOnAParentAndItsItemIsAnsweredOnceWhateverOrderTheyAreApplied)
{
    // A client that gives a parent and, after it in the push, its item the same change id:
    // the item is applied first (children go before parents), so the copy that comes
    // first in the push is the one looked up second. It is a duplicate, not a second
    // entry in the change log (which would fail the whole push, and every retry of it).
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    const std::string changeId = newUuid();
    const std::string parent = newUuid();
    const json inspection{{"change_id", changeId},
                          {"entity", "inspection"},
                          {"id", parent},
                          {"base_version", 0},
                          {"fields",
                           {{"property_id", me["user"]["property_ids"][0]},
                            {"area_id", newUuid()},
                            {"checklist_id", newUuid()},
                            {"inspector_id", me["user"]["id"]},
                            {"started_at", "2026-11-27T10:00:00+08:00"},
                            {"status", "draft"}}}};
    const json item{
        {"change_id", changeId},
        {"entity", "inspection_item"},
        {"id", newUuid()},
        {"base_version", 0},
        {"fields", {{"inspection_id", parent}, {"item_code", "A"}, {"category", "cleanliness"}, {"title", "A"}}}};
    const json body{{"device_id", "t"}, {"changes", json::array({inspection, item})}};
    const auto r = patrol.json("POST", "/api/v1/sync/push", body)["results"];
    ASSERT_EQ(r.size(), 2u) << r.dump();
    EXPECT_EQ(r[1]["status"], "applied") << r.dump();
    EXPECT_EQ(r[0]["status"], "duplicate") << r.dump();
    EXPECT_EQ(r[0]["version"], r[1]["version"]);
    // Sent again whole (an answer lost): both are duplicates now.
    const auto again = patrol.json("POST", "/api/v1/sync/push", body)["results"];
    EXPECT_EQ(again[0]["status"], "duplicate") << again.dump();
    EXPECT_EQ(again[1]["status"], "duplicate") << again.dump();
}

TEST_F(WriteRules, ACreatingChangeIsKeptInItsRecordAndSentAgainAfterALaterEditGetsItsFirstAnswer)
{
    // Nearly every change creates a record: the server keeps the change id in the record's
    // row instead of a row of the change log, and finds a retry through the record.
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    const std::string id = newUuid();
    const json create{{"change_id", newUuid()},
                      {"entity", "follow_up"},
                      {"id", id},
                      {"base_version", 0},
                      {"fields",
                       {{"property_id", me["user"]["property_ids"][0]},
                        {"description", "消防通道堆放杂物"},
                        {"status", "open"},
                        {"created_by", me["user"]["id"]},
                        {"created_at", "2026-11-27T10:00:00+08:00"}}}};
    const json body{{"device_id", "t"}, {"changes", json::array({create})}};
    const auto first = patrol.json("POST", "/api/v1/sync/push", body)["results"][0];
    ASSERT_EQ(first["status"], "applied") << first.dump();
    const auto edited = push(patrol, "follow_up", id, first["version"], {{"description", "已清理"}});
    ASSERT_EQ(edited["status"], "applied") << edited.dump();
    // The first answer was lost: the create comes again, after the edit.
    const auto again = patrol.json("POST", "/api/v1/sync/push", body)["results"][0];
    EXPECT_EQ(again["status"], "duplicate") << again.dump();
    EXPECT_EQ(again["version"], first["version"]);
    EXPECT_EQ(again["change_id"], create["change_id"]);

    sqlite::Database db(server->dataDir() / "server.db");
    sqlite::Statement logged(db, "SELECT count(*) FROM applied_change WHERE change_id IN (?, ?)");
    logged.bind(1, create["change_id"].get<std::string>()).bind(2, edited["change_id"].get<std::string>());
    ASSERT_TRUE(logged.step());
    EXPECT_EQ(logged.getInt64(0), 1); // the edit only
    sqlite::Statement row(db,
                          "SELECT created_by, created_account, created_version, created_at > 0, version FROM "
                          "record WHERE entity = 'follow_up' AND id = ?");
    row.bind(1, id);
    ASSERT_TRUE(row.step());
    EXPECT_EQ(row.getString(0), create["change_id"].get<std::string>());
    EXPECT_EQ(row.getString(1), me["user"]["id"].get<std::string>());
    EXPECT_EQ(row.getInt64(2), first["version"].get<std::int64_t>());
    EXPECT_EQ(row.getInt64(3), 1);
    EXPECT_EQ(row.getInt64(4), edited["version"].get<std::int64_t>()); // kept by later writes
}

TEST_F(WriteRules, ARefusedChangeSentAgainGetsTheSameReasonBack)
{
    ApiClient office(server->url());
    const auto me = office.login("office");
    // Refused changes of several kinds in one push, each sent again in a second push:
    // the server answers the retry from what it wrote down the first time.
    json changes = json::array();
    for (int i = 0; i < 40; ++i)
        changes.push_back(
            {{"change_id", newUuid()},
             {"entity", i % 2 ? "owner" : "inspection"},
             {"id", newUuid()},
             {"base_version", 0},
             {"fields", {{"property_id", me["user"]["property_ids"][0]}, {"note", std::string(40, 'x')}}}});
    const json body{{"device_id", "t"}, {"changes", changes}};
    const auto first = office.json("POST", "/api/v1/sync/push", body)["results"];
    const auto again = office.json("POST", "/api/v1/sync/push", body)["results"];
    ASSERT_EQ(first.size(), changes.size());
    ASSERT_EQ(again.size(), changes.size());
    for (std::size_t i = 0; i < changes.size(); ++i) {
        EXPECT_EQ(first[i]["status"], "rejected");
        EXPECT_EQ(again[i]["status"], "rejected");
        EXPECT_EQ(again[i]["reason"], first[i]["reason"]) << i;
    }
}

TEST_F(WriteRules, WorkIsFiledOnlyInTheSendersNameAndStaysTheirs)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    ApiClient manager(server->url());
    const auto boss = manager.login("manager");
    ApiClient specialist(server->url());
    const auto spec = specialist.login("specialist");
    const std::string property = me["user"]["property_ids"][0];
    const std::string myId = me["user"]["id"], bossId = boss["user"]["id"], specId = spec["user"]["id"];
    auto inspectionBy = [&](const std::string& inspector) {
        return json{{"property_id", property},
                    {"area_id", newUuid()},
                    {"checklist_id", newUuid()},
                    {"inspector_id", inspector},
                    {"started_at", "2026-11-27T10:00:00+08:00"},
                    {"status", "draft"}};
    };

    // A patrol officer cannot file work in the manager's name.
    const auto forged = push(patrol, "inspection", newUuid(), 0, inspectionBy(bossId));
    EXPECT_EQ(forged["status"], "rejected");
    EXPECT_NE(forged["reason"].get<std::string>().find("inspector_id"), std::string::npos) << forged.dump();
    const json followUp{{"property_id", property},   {"source_entity", "manual"},
                        {"description", "门禁失灵"}, {"status", "open"},
                        {"created_by", bossId},      {"created_at", "2026-11-27T10:00:00+08:00"}};
    EXPECT_EQ(push(patrol, "follow_up", newUuid(), 0, followUp)["status"], "rejected");

    // Their own patrol: the manager may correct it, not take it over.
    const std::string id = newUuid();
    const auto mine = push(patrol, "inspection", id, 0, inspectionBy(myId));
    ASSERT_EQ(mine["status"], "applied") << mine.dump();
    const auto takeOver = push(manager, "inspection", id, mine["version"], {{"inspector_id", bossId}});
    EXPECT_EQ(takeOver["status"], "rejected");
    EXPECT_NE(takeOver["reason"].get<std::string>().find("cannot be changed"), std::string::npos);
    const auto corrected = push(manager, "inspection", id, mine["version"], {{"note", "雨天，地面湿滑"}});
    EXPECT_EQ(corrected["status"], "applied") << corrected.dump();

    // A visit is the specialist's own; a manager assigns one to the team.
    const json visit{{"property_id", property},   {"owner_id", newUuid()}, {"channel", "phone"},
                     {"purpose", "satisfaction"}, {"status", "planned"},   {"planned_at", "2026-12-20T10:00:00+08:00"}};
    auto byOther = visit;
    byOther["staff_id"] = myId;
    EXPECT_EQ(push(specialist, "owner_visit", newUuid(), 0, byOther)["status"], "rejected");
    auto assigned = visit;
    assigned["staff_id"] = specId;
    EXPECT_EQ(push(manager, "owner_visit", newUuid(), 0, assigned)["status"], "applied");

    // Whoever closes a follow-up is the one who checked it.
    auto own = followUp;
    own["created_by"] = myId;
    const std::string fid = newUuid();
    const auto opened = push(patrol, "follow_up", fid, 0, own);
    ASSERT_EQ(opened["status"], "applied") << opened.dump();
    const json inTheirName{{"status", "closed"}, {"verified_by", myId}, {"verified_at", "2026-11-28T10:00:00+08:00"}};
    const auto closed = push(manager, "follow_up", fid, opened["version"], inTheirName);
    EXPECT_EQ(closed["status"], "rejected");
    EXPECT_NE(closed["reason"].get<std::string>().find("verified_by"), std::string::npos) << closed.dump();
}

TEST_F(WriteRules, StaffChangeOnlyTheirOwnOrAssignedWorkAndNothingOnceClosed)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    ApiClient colleague(server->url()); // a specialist of the same property
    const auto other = colleague.login("specialist");
    ApiClient manager(server->url());
    const auto boss = manager.login("manager");
    const std::string property = me["user"]["property_ids"][0];
    ASSERT_EQ(other["user"]["property_ids"][0], property) << "the same property";
    const std::string myId = me["user"]["id"], otherId = other["user"]["id"], bossId = boss["user"]["id"];

    // A colleague's patrol: not theirs to edit, extend or delete; the manager's to correct.
    const std::string inspection = newUuid();
    const auto made = push(patrol, "inspection", inspection, 0,
                           {{"property_id", property},
                            {"area_id", newUuid()},
                            {"checklist_id", newUuid()},
                            {"inspector_id", myId},
                            {"started_at", "2026-11-27T10:00:00+08:00"},
                            {"status", "draft"}});
    ASSERT_EQ(made["status"], "applied") << made.dump();
    const std::int64_t v = made["version"];
    const auto edit = push(colleague, "inspection", inspection, v, {{"note", "not mine"}});
    EXPECT_EQ(edit["status"], "rejected");
    EXPECT_NE(edit["reason"].get<std::string>().find("colleague"), std::string::npos) << edit.dump();
    const auto line = push(colleague, "inspection_item", newUuid(), 0,
                           {{"inspection_id", inspection},
                            {"item_code", "D01"},
                            {"category", "details"},
                            {"title", "x"},
                            {"result", "pass"}});
    EXPECT_EQ(line["status"], "rejected") << line.dump();
    const json gone{{"change_id", newUuid()}, {"entity", "inspection"}, {"id", inspection},
                    {"base_version", v},      {"deleted", true},        {"fields", json::object()}};
    const auto deleted = colleague.json("POST", "/api/v1/sync/push",
                                        {{"device_id", "t"}, {"changes", json::array({gone})}})["results"][0];
    EXPECT_EQ(deleted["status"], "rejected") << deleted.dump();
    EXPECT_EQ(push(manager, "inspection", inspection, v, {{"note", "checked by the supervisor"}})["status"], "applied");

    // A follow-up assigned to the colleague is theirs to work on.
    const std::string fu = newUuid();
    const auto raised = push(patrol, "follow_up", fu, 0,
                             {{"property_id", property},
                              {"source_entity", "manual"},
                              {"description", "消防通道堆放杂物"},
                              {"status", "open"},
                              {"assignee_id", otherId},
                              {"created_by", myId},
                              {"created_at", "2026-11-27T10:00:00+08:00"}});
    ASSERT_EQ(raised["status"], "applied") << raised.dump();
    const auto taken = push(colleague, "follow_up", fu, raised["version"], {{"status", "in_progress"}});
    ASSERT_EQ(taken["status"], "applied") << taken.dump();

    // Closed, it is closed: only a manager reopens it.
    const auto closed
        = push(manager, "follow_up", fu, taken["version"],
               {{"status", "closed"}, {"verified_by", bossId}, {"verified_at", "2026-11-29T09:00:00+08:00"}});
    ASSERT_EQ(closed["status"], "applied") << closed.dump();
    const auto reopened = push(patrol, "follow_up", fu, closed["version"], {{"status", "open"}});
    EXPECT_EQ(reopened["status"], "rejected");
    EXPECT_NE(reopened["reason"].get<std::string>().find("closed"), std::string::npos) << reopened.dump();
    EXPECT_EQ(push(manager, "follow_up", fu, closed["version"], {{"status", "open"}})["status"], "rejected")
        << "a reopening says why";
    EXPECT_EQ(push(manager, "follow_up", fu, closed["version"],
                   {{"status", "open"}, {"step_note", "地面仍有油污"}})["status"],
              "applied");
}

TEST_F(WriteRules, AFinishedPatrolTakesTheLinesSentWithItButNoneAfter)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    const std::string inspection = newUuid(), line = newUuid();
    const json fields{{"property_id", me["user"]["property_ids"][0]},
                      {"area_id", newUuid()},
                      {"checklist_id", newUuid()},
                      {"inspector_id", me["user"]["id"]},
                      {"started_at", "2026-11-27T10:00:00+08:00"},
                      {"status", "finished"},
                      {"finished_at", "2026-11-27T10:20:00+08:00"}};
    auto change = [](const std::string& entity, const std::string& id, const json& f) {
        return json{{"change_id", newUuid()}, {"entity", entity}, {"id", id}, {"base_version", 0}, {"fields", f}};
    };
    const json item{{"inspection_id", inspection},
                    {"item_code", "D01"},
                    {"category", "details"},
                    {"title", "标识标牌完好"},
                    {"result", "pass"}};
    const auto together = patrol.json(
        "POST", "/api/v1/sync/push",
        {{"device_id", "t"},
         {"changes", json::array({change("inspection", inspection, fields), change("inspection_item", line, item)})}});
    ASSERT_EQ(together["results"][0]["status"], "applied") << together.dump();
    ASSERT_EQ(together["results"][1]["status"], "applied") << together.dump();

    auto later = item;
    later["item_code"] = "D02";
    const auto after = push(patrol, "inspection_item", newUuid(), 0, later);
    EXPECT_EQ(after["status"], "rejected");
    EXPECT_NE(after["reason"].get<std::string>().find("finished"), std::string::npos) << after.dump();

    // Its photos often travel in a later request than the finish: they are the evidence.
    const json photo{{"sha256", std::string(64, 'a')},
                     {"mime_type", "image/jpeg"},
                     {"size_bytes", 1000},
                     {"record_entity", "inspection_item"},
                     {"record_id", line}};
    const auto evidence = push(patrol, "photo", newUuid(), 0, photo);
    EXPECT_EQ(evidence["status"], "applied") << evidence.dump();

    // A line stays with its patrol: nobody moves it out (to delete it elsewhere, say).
    ApiClient specialist(server->url());
    const auto spec = specialist.login("specialist");
    const std::string theirs = newUuid();
    auto draft = fields;
    draft["inspector_id"] = spec["user"]["id"];
    draft["status"] = "draft";
    draft.erase("finished_at");
    ASSERT_EQ(push(specialist, "inspection", theirs, 0, draft)["status"], "applied");
    const auto moved
        = push(specialist, "inspection_item", line, together["results"][1]["version"], {{"inspection_id", theirs}});
    EXPECT_EQ(moved["status"], "rejected");
    EXPECT_NE(moved["reason"].get<std::string>().find("stays with"), std::string::npos) << moved.dump();
}

TEST_F(WriteRules, TheFrontDeskDispatchesFollowUpsAndVisitsButReopensNothing)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    ApiClient office(server->url());
    office.login("office");
    ApiClient manager(server->url());
    const auto boss = manager.login("manager");
    const std::string fu = newUuid();
    const auto raised = push(patrol, "follow_up", fu, 0,
                             {{"property_id", me["user"]["property_ids"][0]},
                              {"source_entity", "manual"},
                              {"description", "单元门闭门器漏油"},
                              {"status", "open"},
                              {"created_by", me["user"]["id"]},
                              {"created_at", "2026-11-27T10:00:00+08:00"}});
    ASSERT_EQ(raised["status"], "applied") << raised.dump();
    const auto dispatched = push(office, "follow_up", fu, raised["version"],
                                 {{"assignee_id", me["user"]["id"]}, {"due_at", "2026-11-30T18:00:00+08:00"}});
    EXPECT_EQ(dispatched["status"], "applied") << dispatched.dump();
    const auto closed = push(
        manager, "follow_up", fu, dispatched["version"],
        {{"status", "closed"}, {"verified_by", boss["user"]["id"]}, {"verified_at", "2026-11-29T09:00:00+08:00"}});
    ASSERT_EQ(closed["status"], "applied") << closed.dump();
    EXPECT_EQ(push(office, "follow_up", fu, closed["version"], {{"status", "open"}})["status"], "rejected");

    // A visit planned by the desk for a specialist, and reassigned.
    ApiClient specialist(server->url());
    const auto spec = specialist.login("specialist");
    const std::string visit = newUuid();
    const auto planned = push(office, "owner_visit", visit, 0,
                              {{"property_id", me["user"]["property_ids"][0]},
                               {"owner_id", newUuid()},
                               {"staff_id", spec["user"]["id"]},
                               {"channel", "phone"},
                               {"purpose", "after_repair"},
                               {"status", "planned"},
                               {"planned_at", "2026-12-20T10:00:00+08:00"}});
    ASSERT_EQ(planned["status"], "applied") << planned.dump();
    EXPECT_EQ(push(office, "owner_visit", visit, planned["version"], {{"staff_id", me["user"]["id"]}})["status"],
              "applied");
}

TEST_F(WriteRules, ARecordSentAlreadyDeletedStillNamesItsMaker)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    ApiClient manager(server->url());
    const auto boss = manager.login("manager");
    const json forged{{"change_id", newUuid()},
                      {"entity", "inspection"},
                      {"id", newUuid()},
                      {"base_version", 0},
                      {"deleted", true},
                      {"fields",
                       {{"property_id", me["user"]["property_ids"][0]},
                        {"area_id", newUuid()},
                        {"checklist_id", newUuid()},
                        {"inspector_id", boss["user"]["id"]},
                        {"started_at", "2026-11-27T10:00:00+08:00"},
                        {"status", "draft"}}}};
    const auto r = patrol.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", json::array({forged})}});
    EXPECT_EQ(r["results"][0]["status"], "rejected") << r.dump();
}
