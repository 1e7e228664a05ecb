// The console's records (docs/console-api.md): who sees what (the same property scoping
// as sync; patrol staff and specialists only their own), the filters checked against
// counts the test makes itself from the stored records, keyset paging, a record's
// detail with its lines, photos and follow-ups. Each test on a real server.

#include "auth/password.hpp"
#include "console_client.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <set>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

const std::set<std::string> listed{"inspection", "renovation_check", "owner_visit", "follow_up"};

struct Stored {
    std::string entity;
    std::string id;
    json fields;
};

// The records as stored, read straight from the record table: what the console's
// indexed list must agree with.
std::vector<Stored> storedRecords(const test::ServerProcess& server)
{
    sqlite::Database db(server.dataDir() / "server.db", {.readOnly = true});
    sqlite::Statement st(db, "SELECT entity, id, fields FROM record WHERE deleted = 0");
    std::vector<Stored> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), json::parse(st.getText(2))});
    return out;
}

std::string doerOf(const Stored& r)
{
    const char* field = r.entity == "owner_visit" ? "staff_id"
        : r.entity == "follow_up"                 ? "created_by"
                                                  : "inspector_id";
    return r.fields.value(field, "");
}

std::string timeOf(const Stored& r)
{
    const json& f = r.fields;
    auto text = [&](const char* k) { return f.contains(k) && f[k].is_string() ? f[k].get<std::string>() : ""; };
    if (r.entity == "owner_visit")
        return text("visited_at").empty() ? text("planned_at") : text("visited_at");
    return r.entity == "follow_up" ? text("created_at") : text("started_at");
}

int failedLinesOf(const std::vector<Stored>& all, const std::string& parentId)
{
    int n = 0;
    for (const auto& r : all)
        if ((r.entity == "inspection_item" && r.fields.value("inspection_id", "") == parentId)
            || (r.entity == "renovation_item" && r.fields.value("check_id", "") == parentId))
            n += r.fields.value("result", json()).is_string() && r.fields["result"] == "fail";
    return n;
}

std::set<std::string> idsOf(const std::vector<json>& rows)
{
    std::set<std::string> ids;
    for (const auto& r : rows)
        ids.insert(r["id"].get<std::string>());
    return ids;
}

std::set<std::string> expectedIds(const std::vector<Stored>& all, const std::function<bool(const Stored&)>& keep)
{
    std::set<std::string> ids;
    for (const auto& r : all)
        if (listed.count(r.entity) && keep(r))
            ids.insert(r.id);
    return ids;
}

bool inProperties(const Stored& r, const json& user)
{
    for (const auto& p : user["property_ids"])
        if (r.fields.value("property_id", "") == p)
            return true;
    return false;
}

class ConsoleRecords : public ::testing::Test {
protected:
    test::ServerProcess server;
};

} // namespace

TEST_F(ConsoleRecords, TheOfficeSeesEveryRecordOfItsPropertiesNewestFirstPageByPage)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto all = storedRecords(server);
    const auto rows = office.all("", 7);
    const auto expected = expectedIds(all, [&](const Stored& r) { return inProperties(r, office.user); });
    ASSERT_GT(expected.size(), 50u);
    EXPECT_EQ(rows.size(), expected.size()) << "no row twice, none left out across pages";
    EXPECT_EQ(idsOf(rows), expected);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto a = Timestamp::parse(rows[i - 1]["at"].get<std::string>())->utcMs;
        const auto b = Timestamp::parse(rows[i]["at"].get<std::string>())->utcMs;
        EXPECT_GE(a, b) << "newest first, at row " << i;
    }
    // The time shown is the record's own, as an instant.
    for (const auto& row : rows) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const Stored& s) { return s.id == row["id"]; });
        EXPECT_EQ(Timestamp::parse(row["at"].get<std::string>())->utcMs, Timestamp::parse(timeOf(*it))->utcMs);
    }
}

TEST_F(ConsoleRecords, PatrolStaffAndSpecialistsSeeOnlyTheirOwnWork)
{
    const auto all = storedRecords(server);
    for (const std::string who : {"patrol", "specialist"}) {
        ConsoleClient c(server.url());
        ASSERT_EQ(c.login(who).status, 200);
        const std::string me = c.user["id"];
        const auto expected = expectedIds(all, [&](const Stored& r) {
            return inProperties(r, c.user) && (doerOf(r) == me || r.fields.value("assignee_id", json()) == me);
        });
        const auto rows = c.all("", 5);
        EXPECT_EQ(idsOf(rows), expected) << who;
        // A colleague's record of the same property: not in the list, and not openable.
        const auto other = std::find_if(all.begin(), all.end(), [&](const Stored& r) {
            return listed.count(r.entity) && inProperties(r, c.user) && !expected.count(r.id);
        });
        ASSERT_NE(other, all.end());
        EXPECT_EQ(c.get("/api/v1/console/records/" + other->entity + "/" + other->id).status, 404) << who;
    }
}

TEST_F(ConsoleRecords, AnotherPropertyIsForbiddenAndItsRecordsAnswerAsMissing)
{
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role office --property XHZX",
                                "a-long-password\n"),
              0);
    ConsoleClient far(server.url());
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    const auto all = storedRecords(server);
    const auto theirs = expectedIds(all, [&](const Stored& r) { return inProperties(r, far.user); });
    EXPECT_EQ(idsOf(far.all("", 50)), theirs);

    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    for (const auto& p : office.user["property_ids"]) {
        if (far.user["property_ids"][0] == p)
            continue;
        EXPECT_EQ(far.get("/api/v1/console/records?property=" + p.get<std::string>()).status, 403);
        const auto foreign = std::find_if(all.begin(), all.end(), [&](const Stored& r) {
            return listed.count(r.entity) && r.fields.value("property_id", "") == p;
        });
        ASSERT_NE(foreign, all.end());
        const auto r = far.get("/api/v1/console/records/" + foreign->entity + "/" + foreign->id);
        EXPECT_EQ(r.status, 404) << "the same answer as a record that does not exist";
        EXPECT_EQ(far.get("/api/v1/console/records/" + foreign->entity + "/" + newUuid()).body, r.body);
    }
}

TEST_F(ConsoleRecords, FiltersAgreeWithCountsMadeFromTheStoredRecords)
{
    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    const auto all = storedRecords(server);
    const auto mine = [&](const Stored& r) { return inProperties(r, manager.user); };
    const std::string property = manager.user["property_ids"][0];

    EXPECT_EQ(idsOf(manager.all("kind=inspection")),
              expectedIds(all, [&](const Stored& r) { return mine(r) && r.entity == "inspection"; }));
    EXPECT_EQ(idsOf(manager.all("kind=owner_visit,follow_up&property=" + property)),
              expectedIds(all, [&](const Stored& r) {
                  return (r.entity == "owner_visit" || r.entity == "follow_up")
                      && r.fields.value("property_id", "") == property;
              }));
    const auto failed = expectedIds(
        all, [&](const Stored& r) { return mine(r) && r.entity == "inspection" && failedLinesOf(all, r.id) > 0; });
    ASSERT_FALSE(failed.empty());
    const auto failedRows = manager.all("kind=inspection&failed=1");
    EXPECT_EQ(idsOf(failedRows), failed);
    for (const auto& row : failedRows)
        EXPECT_EQ(row["failed_lines"], failedLinesOf(all, row["id"]));
    EXPECT_EQ(idsOf(manager.all("status=open")),
              expectedIds(all, [&](const Stored& r) { return mine(r) && r.fields.value("status", json()) == "open"; }));

    // A staff member, and a date range in the property's time (UTC+8).
    const auto someone
        = std::find_if(all.begin(), all.end(), [&](const Stored& r) { return r.entity == "inspection" && mine(r); });
    const std::string staff = doerOf(*someone);
    EXPECT_EQ(idsOf(manager.all("staff=" + staff)),
              expectedIds(all, [&](const Stored& r) { return mine(r) && doerOf(r) == staff; }));
    const auto from = Timestamp::parse("2026-12-02T00:00:00+08:00")->utcMs;
    const auto to = Timestamp::parse("2026-12-04T00:00:00+08:00")->utcMs;
    const auto inRange = expectedIds(all, [&](const Stored& r) {
        const auto t = Timestamp::parse(timeOf(r));
        return mine(r) && t && t->utcMs >= from && t->utcMs < to;
    });
    ASSERT_FALSE(inRange.empty());
    EXPECT_EQ(idsOf(manager.all("from=2026-12-02T00:00:00%2B08:00&to=2026-12-04T00:00:00%2B08:00")), inRange);
}

TEST_F(ConsoleRecords, MalformedParametersAre400ProblemJson)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    for (const std::string q :
         {"kind=complaint", "limit=0", "limit=201", "limit=x", "from=yesterday", "failed=maybe", "after=nonsense"}) {
        const auto r = office.get("/api/v1/console/records?" + q);
        EXPECT_EQ(r.status, 400) << q;
        EXPECT_NE(r.headers.at("content-type").find("problem+json"), std::string::npos) << q;
    }
}

TEST_F(ConsoleRecords, ADetailHasItsLinesPhotosGpsAndTheFollowUpsItRaised)
{
    const auto all = storedRecords(server);
    // A manager adds a photo to a failed line of a colleague's finished patrol (theirs to
    // correct, docs/security.md).
    test::ApiClient device(server.url());
    const auto me = device.login("manager");
    const auto patrol = std::find_if(all.begin(), all.end(), [&](const Stored& r) {
        return r.entity == "inspection" && inProperties(r, me["user"]) && failedLinesOf(all, r.id) > 0
            && r.fields.value("property_id", "") == me["user"]["property_ids"][0];
    });
    ASSERT_NE(patrol, all.end());
    const auto line = std::find_if(all.begin(), all.end(), [&](const Stored& r) {
        return r.entity == "inspection_item" && r.fields["inspection_id"] == patrol->id && r.fields["result"] == "fail";
    });
    const std::string photo(30'000, 'p');
    const auto sha = server::sha256Hex(photo);
    ASSERT_EQ(device
                  .call("PUT", "/api/v1/photos/" + sha, photo,
                        {{"Content-Type", "image/jpeg"}, {"Content-Range", "bytes 0-29999/30000"}})
                  .status,
              201);
    const json change{{"change_id", newUuid()},
                      {"entity", "photo"},
                      {"id", newUuid()},
                      {"base_version", 0},
                      {"fields",
                       {{"sha256", sha},
                        {"size_bytes", photo.size()},
                        {"mime_type", "image/jpeg"},
                        {"taken_at", "2026-12-02T09:30:00+08:00"},
                        {"record_entity", "inspection_item"},
                        {"record_id", line->id}}}};
    const auto pushed = device.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", {change}}});
    ASSERT_EQ(pushed["results"][0]["status"], "applied") << pushed.dump();

    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto d = office.json("/api/v1/console/records/inspection/" + patrol->id);
    EXPECT_EQ(d["fields"]["inspector_id"], patrol->fields["inspector_id"]);
    int lines = 0;
    for (const auto& r : all)
        lines += r.entity == "inspection_item" && r.fields["inspection_id"] == patrol->id;
    EXPECT_EQ(d["lines"].size(), static_cast<std::size_t>(lines));
    EXPECT_EQ(d["failed_lines"], failedLinesOf(all, patrol->id));
    ASSERT_EQ(d["photos"].size(), 1u);
    EXPECT_EQ(d["photos"][0]["fields"]["record_id"], line->id);
    EXPECT_EQ(d["fields"]["position"], patrol->fields["position"]) << "the GPS stamp";
    std::set<std::string> raised;
    for (const auto& r : all)
        if (r.entity == "follow_up" && failedLinesOf(all, patrol->id)
            && r.fields.value("source_id", json()).is_string()) {
            const std::string source = r.fields["source_id"];
            for (const auto& l : all)
                if (l.id == source && l.entity == "inspection_item" && l.fields["inspection_id"] == patrol->id)
                    raised.insert(r.id);
        }
    EXPECT_FALSE(raised.empty());
    std::set<std::string> shown;
    for (const auto& f : d["follow_ups"])
        shown.insert(f["id"].get<std::string>());
    EXPECT_EQ(shown, raised);

    // The photo's bytes, to the session, by the same rule as a device's.
    const auto bytes = office.get("/api/v1/console/photos/" + sha);
    ASSERT_EQ(bytes.status, 200);
    EXPECT_EQ(bytes.body, photo);
    EXPECT_EQ(bytes.headers.at("content-type"), "image/jpeg");
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role office --property XHZX",
                                "a-long-password\n"),
              0);
    ConsoleClient far(server.url());
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    ASSERT_NE(far.user["property_ids"][0], patrol->fields["property_id"]);
    EXPECT_EQ(far.get("/api/v1/console/photos/" + sha).status, 404);
}

TEST_F(ConsoleRecords, ARecordSyncedNowIsAtTheTopAndLeavesWhenDeleted)
{
    test::ApiClient device(server.url());
    const auto me = device.login("patrol");
    const std::string id = newUuid();
    json fields{{"property_id", me["user"]["property_ids"][0]},
                {"source_entity", "manual"},
                {"description", "消防通道堵塞"},
                {"status", "open"},
                {"created_by", me["user"]["id"]},
                {"created_at", Timestamp::now(480).toIso()}};
    auto change = [&](bool deleted, std::int64_t base) {
        return json{{"change_id", newUuid()}, {"entity", "follow_up"}, {"id", id},
                    {"base_version", base},   {"fields", fields},      {"deleted", deleted}};
    };
    auto r = device.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", {change(false, 0)}}});
    ASSERT_EQ(r["results"][0]["status"], "applied") << r.dump();

    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    // Newest first by the record's own time (a visit booked for tomorrow is above it).
    auto top = manager.json("/api/v1/console/records?kind=follow_up&limit=1");
    EXPECT_EQ(top["records"][0]["id"], id);
    EXPECT_EQ(top["records"][0]["status"], "open");

    const std::int64_t version = r["results"][0]["version"];
    r = device.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", {change(true, version)}}});
    ASSERT_EQ(r["results"][0]["status"], "rejected") << "only a manager deletes a follow-up";
    test::ApiClient managerDevice(server.url());
    managerDevice.login("manager");
    r = managerDevice.json("POST", "/api/v1/sync/push", {{"device_id", "m"}, {"changes", {change(true, version)}}});
    ASSERT_EQ(r["results"][0]["status"], "applied") << r.dump();
    EXPECT_NE(manager.json("/api/v1/console/records?kind=follow_up&limit=1")["records"][0]["id"], id);
    EXPECT_EQ(manager.get("/api/v1/console/records/follow_up/" + id).status, 404);
}

TEST_F(ConsoleRecords, ALineFailedAfterThePatrolWasListedCountsOnIt)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto before = office.all("kind=inspection", 50); // the list is now up to date
    const auto all = storedRecords(server);
    const auto line = std::find_if(all.begin(), all.end(), [&](const Stored& r) {
        return r.entity == "inspection_item" && r.fields.value("result", json()) == "pass";
    });
    ASSERT_NE(line, all.end());
    const std::string patrolId = line->fields["inspection_id"];
    std::int64_t version = 0;
    {
        sqlite::Database db(server.dataDir() / "server.db", {.readOnly = true});
        sqlite::Statement st(db, "SELECT version FROM record WHERE entity = 'inspection_item' AND id = ?");
        st.bind(1, line->id);
        ASSERT_TRUE(st.step());
        version = st.getInt64(0);
    }
    // A manager corrects a finished patrol's line (theirs to do, docs/security.md).
    test::ApiClient manager(server.url());
    manager.login("manager");
    const json change{{"change_id", newUuid()},
                      {"entity", "inspection_item"},
                      {"id", line->id},
                      {"base_version", version},
                      {"fields", {{"result", "fail"}, {"note", "复查发现破损"}}}};
    const auto pushed = manager.json("POST", "/api/v1/sync/push", {{"device_id", "m"}, {"changes", {change}}});
    ASSERT_EQ(pushed["results"][0]["status"], "applied") << pushed.dump();

    const auto failedBefore = failedLinesOf(all, patrolId);
    const auto d = office.json("/api/v1/console/records/inspection/" + patrolId);
    EXPECT_EQ(d["failed_lines"], failedBefore + 1);
    EXPECT_TRUE(idsOf(office.all("kind=inspection&failed=1")).count(patrolId));
    EXPECT_EQ(office.all("kind=inspection", 50).size(), before.size());
}
