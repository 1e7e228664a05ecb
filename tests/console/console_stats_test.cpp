// The console's statistics (docs/console-api.md, "Statistics"): the numbers of a period
// the test fills itself (visits, patrols with failed lines, follow-ups, renovation
// checks, pushed by a manager's device), checked against counts the test makes from
// what it pushed and from the stored owners; every number's filter lists exactly the
// records behind it; never another property's numbers; 401, 403 and 400.

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

// March 2025 at the property (UTC+8): before the demo estate's records, so the period
// holds only what the test pushes.
constexpr const char* fromText = "2025-03-01T00:00:00+08:00";
constexpr const char* toText = "2025-04-01T00:00:00+08:00";

std::string encode(const std::string& s)
{
    std::string out;
    for (const char c : s)
        out += c == '+' ? std::string{"%2B"} : std::string(1, c);
    return out;
}

struct Stored {
    std::string entity;
    std::string id;
    json fields;
};

std::vector<Stored> stored(const test::ServerProcess& server, const std::string& entity)
{
    sqlite::Database db(server.dataDir() / "server.db", {.readOnly = true});
    sqlite::Statement st(db, "SELECT id, fields FROM record WHERE deleted = 0 AND entity = ?");
    st.bind(1, entity);
    std::vector<Stored> out;
    while (st.step())
        out.push_back({entity, st.getString(0), json::parse(st.getText(1))});
    return out;
}

json change(const std::string& entity, const json& fields, const std::string& id = newUuid())
{
    return {{"change_id", newUuid()}, {"entity", entity}, {"id", id}, {"base_version", 0}, {"fields", fields}};
}

void push(test::ApiClient& device, const std::vector<json>& changes)
{
    const auto r = device.json("POST", "/api/v1/sync/push", {{"device_id", "stats-test"}, {"changes", changes}});
    for (const auto& result : r["results"])
        ASSERT_EQ(result["status"], "applied") << r.dump();
}

// Every {"value", "filter"} in the answer, with the path it was found at.
void numbersIn(const json& j, const std::string& path, std::vector<std::pair<std::string, json>>& out)
{
    if (j.is_object()) {
        if (j.contains("value") && j.contains("filter"))
            out.emplace_back(path, j);
        for (const auto& [k, v] : j.items())
            numbersIn(v, std::string{path}.append("/").append(k), out);
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i)
            numbersIn(j[i], std::string{path}.append("/").append(std::to_string(i)), out);
    }
}

class ConsoleStats : public ::testing::Test {
protected:
    void SetUp() override
    {
        device = std::make_unique<test::ApiClient>(server.url());
        const auto me = device->login("manager");
        managerId = me["user"]["id"];
        property = me["user"]["property_ids"][0];
        for (auto& o : stored(server, "owner"))
            if (o.fields["property_id"] == property)
                (o.fields.value("member", false) ? members : others).push_back(o);
        for (auto& a : stored(server, "area"))
            if (a.fields["property_id"] == property && a.fields.value("active", true))
                areas.push_back(a);
        ASSERT_GE(members.size(), 3u);
        ASSERT_GE(others.size(), 1u);
        ASSERT_GE(areas.size(), 2u);
        for (const auto& p : stored(server, "property"))
            if (p.id == property)
                restHours = p.fields.value("rest_hours", json::array());
    }

    std::string query(const std::string& p = "", const std::string& from = fromText, const std::string& to = toText)
    {
        return "/api/v1/console/stats?property=" + (p.empty() ? property : p) + "&from=" + encode(from)
            + "&to=" + encode(to);
    }

    json visit(const Stored& owner, const std::string& status, const std::string& at, const std::string& outcome,
               const std::optional<std::string>& serviceDone = {}, const std::string& suggestions = "")
    {
        json f{{"property_id", property}, {"owner_id", owner.id}, {"unit_id", owner.fields["unit_id"]},
               {"staff_id", managerId},   {"channel", "phone"},   {"purpose", "after_repair"},
               {"status", status},        {"note", "回访记录"}};
        f[status == "done" ? "visited_at" : "planned_at"] = at;
        if (status == "done")
            f["outcome"] = outcome;
        if (serviceDone) {
            f["service_kind"] = "repair";
            f["service_completed_at"] = *serviceDone;
        }
        if (!suggestions.empty())
            f["suggestions"] = suggestions;
        return change("owner_visit", f);
    }

    std::vector<json> patrol(const Stored& area, const std::string& status, const std::string& at,
                             const std::vector<std::pair<std::string, std::string>>& lines = {})
    {
        const std::string id = newUuid();
        json f{{"property_id", property},   {"area_id", area.id}, {"checklist_id", area.fields["checklist_id"]},
               {"inspector_id", managerId}, {"started_at", at},   {"status", status}};
        if (status == "finished")
            f["finished_at"] = at;
        std::vector<json> out{change("inspection", f, id)};
        int n = 0;
        for (const auto& [category, result] : lines)
            out.push_back(change("inspection_item",
                                 {{"inspection_id", id},
                                  {"item_code", "T" + std::to_string(++n)},
                                  {"category", category},
                                  {"title", "测试项"},
                                  {"result", result}}));
        return out;
    }

    json followUp(const std::string& status, const std::string& created, const std::string& due,
                  const std::optional<std::string>& verified = {})
    {
        json f{{"property_id", property}, {"source_entity", "manual"}, {"description", "统计测试"},
               {"status", status},        {"created_by", managerId},   {"created_at", created},
               {"due_at", due},           {"area_id", areas[0].id}};
        if (verified) {
            f["verified_by"] = managerId;
            f["verified_at"] = *verified;
        }
        return change("follow_up", f);
    }

    std::vector<json> renovation(const std::string& kind, const std::string& at, bool failing)
    {
        const std::string id = newUuid();
        const auto& owner = members[0];
        json f{{"property_id", property},   {"unit_id", owner.fields["unit_id"]},
               {"owner_id", owner.id},      {"kind", kind},
               {"inspector_id", managerId}, {"started_at", at},
               {"finished_at", at},         {"status", "finished"}};
        if (kind == "acceptance")
            f["signature_photo_id"] = newUuid();
        return {
            change("renovation_check", f, id),
            change("renovation_item",
                   {{"check_id", id}, {"item_code", "R1"}, {"title", "墙体"}, {"result", failing ? "fail" : "pass"}})};
    }

    test::ServerProcess server;
    std::unique_ptr<test::ApiClient> device;
    std::string managerId;
    std::string property;
    std::vector<Stored> members;
    std::vector<Stored> others;
    std::vector<Stored> areas;
    json restHours;
};

} // namespace

TEST_F(ConsoleStats, NumbersAgreeWithWhatThePeriodHoldsAndEachFilterListsThem)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    // Nothing in the period before the test fills it.
    const auto empty = office.json(query());
    ASSERT_EQ(empty["visits"]["done"]["value"], 0);
    ASSERT_EQ(empty["patrols"]["finished"]["value"], 0);
    ASSERT_EQ(empty["follow_ups"]["raised"]["value"], 0);
    ASSERT_NE(std::find(restHours.begin(), restHours.end(), "12:00-14:00"), restHours.end())
        << "the visit in rest hours below is at 12:30";

    // Visits: two members (one twice), one owner who is no member; one on time (48 h
    // after the service), one late (5 days) and in the lunch rest.
    push(
        *device,
        {visit(members[0], "done", "2025-03-03T10:00:00+08:00", "satisfied", "2025-03-01T10:00:00+08:00", "多些绿植"),
         visit(members[1], "done", "2025-03-10T12:30:00+08:00", "unsatisfied", "2025-03-05T09:00:00+08:00", "维修太慢"),
         visit(members[0], "done", "2025-03-20T15:00:00+08:00", "average"),
         visit(others[0], "done", "2025-03-21T10:00:00+08:00", "satisfied"),
         visit(members[2], "planned", "2025-03-22T10:00:00+08:00", ""),
         visit(members[2], "done", "2025-04-02T10:00:00+08:00", "satisfied")});
    // Patrols: three finished of area 0 (two on one day), one of area 1, a draft.
    std::vector<json> patrols;
    for (auto&& p : {patrol(areas[0], "finished", "2025-03-02T09:00:00+08:00",
                            {{"cleanliness", "fail"}, {"greenery", "fail"}, {"details", "pass"}}),
                     patrol(areas[0], "finished", "2025-03-02T15:00:00+08:00", {{"details", "pass"}}),
                     patrol(areas[0], "finished", "2025-03-15T10:00:00+08:00", {{"details", "pass"}}),
                     patrol(areas[1], "finished", "2025-03-05T10:00:00+08:00", {{"facilities", "fail"}}),
                     patrol(areas[0], "draft", "2025-03-06T10:00:00+08:00", {{"paving", "fail"}})})
        patrols.insert(patrols.end(), p.begin(), p.end());
    push(*device, patrols);
    // Follow-ups: one overdue, one due far ahead, two closed (30 h and 10 h), one fixed.
    push(*device,
         {followUp("open", "2025-03-04T10:00:00+08:00", "2025-03-05T10:00:00+08:00"),
          followUp("in_progress", "2025-03-04T11:00:00+08:00", "2099-01-01T00:00:00+08:00"),
          followUp("closed", "2025-03-10T10:00:00+08:00", "2025-03-11T10:00:00+08:00", "2025-03-11T16:00:00+08:00"),
          followUp("closed", "2025-03-12T10:00:00+08:00", "2025-03-13T10:00:00+08:00", "2025-03-12T20:00:00+08:00"),
          followUp("fixed", "2025-03-14T10:00:00+08:00", "2025-03-15T10:00:00+08:00")});
    std::vector<json> checks;
    for (auto&& c : {renovation("patrol", "2025-03-07T10:00:00+08:00", true),
                     renovation("acceptance", "2025-03-08T10:00:00+08:00", false)})
        checks.insert(checks.end(), c.begin(), c.end());
    push(*device, checks);

    const auto s = office.json(query());
    const auto& v = s["visits"];
    EXPECT_EQ(v["member_owners"]["value"], members.size());
    EXPECT_EQ(v["members_visited"]["value"], 2);
    std::set<std::string> unvisited;
    for (const auto& o : v["unvisited_members"])
        unvisited.insert(o["id"].get<std::string>());
    std::set<std::string> expectedUnvisited;
    for (std::size_t i = 2; i < members.size(); ++i)
        expectedUnvisited.insert(members[i].id);
    EXPECT_EQ(unvisited, expectedUnvisited);
    EXPECT_EQ(v["done"]["value"], 4);
    EXPECT_EQ(v["following_service"]["value"], 2);
    EXPECT_EQ(v["on_time"]["value"], 1);
    EXPECT_EQ(v["late"]["value"], 1);
    ASSERT_EQ(v["late"]["records"].size(), 1u);
    EXPECT_EQ(v["late"]["records"][0]["owner_id"], members[1].id);
    EXPECT_EQ(v["late"]["records"][0]["hours_after_service"], 123.5);
    EXPECT_EQ(v["in_rest_hours"]["value"], 1);
    EXPECT_EQ(v["in_rest_hours"]["records"][0]["visited_at"], "2025-03-10T12:30:00.000+08:00");
    EXPECT_EQ(v["outcomes"]["satisfied"]["value"], 2);
    EXPECT_EQ(v["outcomes"]["average"]["value"], 1);
    EXPECT_EQ(v["outcomes"]["unsatisfied"]["value"], 1);
    ASSERT_EQ(v["suggestions"].size(), 2u);
    EXPECT_EQ(v["suggestions"][0]["text"], "维修太慢") << "newest first";
    EXPECT_EQ(v["suggestions"][1]["text"], "多些绿植");

    const auto& p = s["patrols"];
    EXPECT_EQ(p["days"], 31);
    EXPECT_EQ(p["finished"]["value"], 4);
    EXPECT_EQ(p["failed_lines"]["value"], 3);
    std::map<std::string, json> byArea;
    for (const auto& a : p["areas"])
        byArea[a["area_id"]] = a;
    // Due once per whole interval of the area's days from the period's start; done when
    // a finished patrol started in that interval.
    auto dueAndDone = [](std::int64_t every, const std::vector<int>& daysPatrolled) {
        const std::int64_t due = 31 / every;
        std::int64_t done = 0;
        for (std::int64_t w = 0; w < due; ++w)
            done += std::any_of(daysPatrolled.begin(), daysPatrolled.end(),
                                [&](int d) { return d - 1 >= w * every && d - 1 < (w + 1) * every; });
        return std::pair{due, done};
    };
    const auto a0 = dueAndDone(areas[0].fields.value("patrol_every_days", 1), {2, 2, 15});
    const auto a1 = dueAndDone(areas[1].fields.value("patrol_every_days", 1), {5});
    EXPECT_EQ(byArea[areas[0].id]["due"]["value"], a0.first);
    EXPECT_EQ(byArea[areas[0].id]["done"]["value"], a0.second);
    EXPECT_EQ(byArea[areas[1].id]["due"]["value"], a1.first);
    EXPECT_EQ(byArea[areas[1].id]["done"]["value"], a1.second);
    EXPECT_EQ(byArea[areas[0].id]["finished"]["value"], 3);
    EXPECT_EQ(byArea[areas[0].id]["failed_lines"]["value"], 2);
    EXPECT_EQ(byArea[areas[1].id]["failed_lines"]["value"], 1);
    ASSERT_EQ(p["staff"].size(), 1u);
    EXPECT_EQ(p["staff"][0]["staff_id"], managerId);
    EXPECT_EQ(p["staff"][0]["finished"]["value"], 4);
    std::map<std::string, int> byCategory;
    for (const auto& c : p["failed_by_category"])
        byCategory[c["category"]] = c["failed_lines"]["value"];
    EXPECT_EQ(
        byCategory,
        (std::map<std::string, int>{
            {"cleanliness", 1}, {"details", 0}, {"facilities", 1}, {"greenery", 1}, {"paving", 0}, {"special", 0}}))
        << "the draft's failed paving line does not count";

    const auto& f = s["follow_ups"];
    EXPECT_EQ(f["raised"]["value"], 5);
    EXPECT_EQ(f["open"]["value"], 1);
    EXPECT_EQ(f["in_progress"]["value"], 1);
    EXPECT_EQ(f["fixed"]["value"], 1);
    EXPECT_EQ(f["closed"]["value"], 2);
    EXPECT_EQ(f["overdue"]["value"], 1);
    EXPECT_EQ(f["mean_hours_to_close"], 20.0);

    const auto& r = s["renovation_checks"];
    EXPECT_EQ(r["patrol"]["value"], 1);
    EXPECT_EQ(r["acceptance"]["value"], 1);
    EXPECT_EQ(r["finished"]["value"], 2);
    EXPECT_EQ(r["with_failures"]["value"], 1);

    // Drilling: each number's filter lists its records (failed lines: the patrols that
    // have them, whose failed lines add up to at least the number).
    std::vector<std::pair<std::string, json>> numbers;
    numbersIn(s, "", numbers);
    ASSERT_GT(numbers.size(), 20u);
    for (const auto& [path, n] : numbers) {
        std::string q;
        for (const auto& [k, value] : n["filter"].items())
            q += (q.empty() ? "" : "&") + k + "=" + encode(value.get<std::string>());
        const auto rows = office.all(q, 50);
        if (path.find("failed_lines") != std::string::npos) {
            int lines = 0;
            for (const auto& row : rows)
                lines += row["failed_lines"].get<int>();
            if (path.find("failed_by_category") != std::string::npos)
                EXPECT_GE(lines, n["value"].get<int>()) << path;
            else
                EXPECT_EQ(lines, n["value"]) << path;
        } else {
            EXPECT_EQ(rows.size(), n["value"].get<std::size_t>()) << path << " " << q;
        }
    }
}

TEST_F(ConsoleStats, AnotherPropertysNumbersAreNeverShown)
{
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role office --property XHZX",
                                "a-long-password\n"),
              0);
    ConsoleClient far(server.url());
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    const std::string theirs = far.user["property_ids"][0];
    ASSERT_NE(theirs, property);
    push(*device, {visit(members[0], "done", "2025-03-03T10:00:00+08:00", "satisfied")});

    const auto r = far.get(query());
    EXPECT_EQ(r.status, 403);
    EXPECT_NE(r.headers.at("content-type").find("problem+json"), std::string::npos);
    // Their own property: its members, none of the other property's visits.
    const auto s = far.json(query(theirs));
    int theirMembers = 0;
    for (const auto& o : stored(server, "owner"))
        theirMembers += o.fields["property_id"] == theirs && o.fields.value("member", false);
    EXPECT_EQ(s["visits"]["member_owners"]["value"], theirMembers);
    EXPECT_EQ(s["visits"]["done"]["value"], 0);
    for (const auto& o : s["visits"]["unvisited_members"])
        EXPECT_EQ(std::find_if(members.begin(), members.end(), [&](const Stored& m) { return m.id == o["id"]; }),
                  members.end())
            << "no owner of the other property";
}

TEST_F(ConsoleStats, WithoutASessionOrTheRightRoleOrWellFormedParametersItIsRefused)
{
    ConsoleClient nobody(server.url());
    EXPECT_EQ(nobody.get(query()).status, 401);
    for (const std::string who : {"patrol", "specialist"}) {
        ConsoleClient c(server.url());
        ASSERT_EQ(c.login(who).status, 200);
        const auto r = c.get(query(c.user["property_ids"][0]));
        EXPECT_EQ(r.status, 403) << who;
        EXPECT_NE(r.headers.at("content-type").find("problem+json"), std::string::npos);
    }
    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    const std::string ok = "property=" + property + "&from=" + encode(fromText);
    for (const std::string& q :
         {"from=" + encode(fromText) + "&to=" + encode(toText), ok, ok + "&to=yesterday",
          ok + "&to=" + encode(fromText), ok + "&to=" + encode("2026-06-01T00:00:00+08:00"), "property=" + property}) {
        const auto r = manager.get("/api/v1/console/stats?" + q);
        EXPECT_EQ(r.status, 400) << q;
        EXPECT_NE(r.headers.at("content-type").find("problem+json"), std::string::npos) << q;
    }
    EXPECT_EQ(manager.get(query()).status, 200);
}

TEST_F(ConsoleStats, APeriodStillRunningIsDueOnlyForTheDaysBegunSoFar)
{
    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    // Started a day and a half ago, 30 days long: a daily area's first two days have
    // begun (the second 12 hours ago), the third begins in 12 hours.
    const auto now = Timestamp::now(480);
    const auto from = now.plusMinutes(-36 * 60);
    const auto s = manager.json(query("", from.toIso(), from.plusMinutes(30 * 24 * 60).toIso()));
    const auto daily = std::find_if(areas.begin(), areas.end(),
                                    [](const Stored& a) { return a.fields.value("patrol_every_days", 1) == 1; });
    ASSERT_NE(daily, areas.end());
    bool seen = false;
    for (const auto& a : s["patrols"]["areas"])
        if (a["area_id"] == daily->id) {
            EXPECT_EQ(a["due"]["value"], 2);
            EXPECT_LE(a["done"]["value"].get<int>(), 2);
            seen = true;
        }
    EXPECT_TRUE(seen);
}
