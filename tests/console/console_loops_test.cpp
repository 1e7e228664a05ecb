// The office's lists of loops and the manager's decisions in the console
// (docs/console-api.md, "Loops"), on a real server: the front desk registers repair
// orders, complaints and handovers from its device; the lists agree with what was stored
// whatever the filters and the page size; a manager's approval goes through the
// complaint's flow, records its LoopEvent and reaches a headless device at its next
// sync; the front desk may not approve, and a step the flow does not allow now is 409.

#include "console_client.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <set>
#include <sys/wait.h>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

struct Loop {
    std::string id;
    std::int64_t version = 0;
};

class ConsoleLoops : public ::testing::Test {
protected:
    test::ServerProcess server;
    test::ApiClient desk{server.url()};
    std::string deskId;
    std::string property;
    Timestamp now = Timestamp::now(480);

    void SetUp() override
    {
        const auto me = desk.login("office", "demo", "front-desk");
        deskId = me["user"]["id"];
        // The demo estate keeps its own loops in its first property (demo_loops.cpp);
        // the desk works both, and the test's loops go to the other, so what a list or a
        // statistic counts is exactly what the test made.
        ConsoleClient office(server.url());
        EXPECT_EQ(office.login("office").status, 200);
        for (const auto& id : me["user"]["property_ids"]) {
            const auto page
                = office.json("/api/v1/console/loops/repair_order?limit=1&property=" + id.get<std::string>());
            if (page["loops"].empty())
                property = id;
        }
        ASSERT_FALSE(property.empty()) << "a property of the demo estate without loops";
    }

    json push(const std::string& entity, const std::string& id, std::int64_t base, json fields)
    {
        const json change{
            {"change_id", newUuid()}, {"entity", entity}, {"id", id}, {"base_version", base}, {"fields", fields}};
        const auto answer
            = desk.json("POST", "/api/v1/sync/push", {{"device_id", "front-desk"}, {"changes", {change}}});
        auto result = answer.value("results", json::array({json::object()}))[0];
        EXPECT_EQ(result.value("status", ""), "applied") << entity << " " << fields.dump() << ": " << answer.dump();
        return result;
    }

    Loop complaint(int hoursAgo, const std::string& severity, const std::string& cls)
    {
        const auto id = newUuid();
        const auto r = push("complaint", id, 0,
                            {{"property_id", property},
                             {"complainant", "王女士"},
                             {"channel", "phone"},
                             {"received_at", now.plusMinutes(-60 * hoursAgo).toIso()},
                             {"content", "楼上夜间噪音"},
                             {"complaint_class", cls},
                             {"severity", severity},
                             {"escalated", severity != "normal"},
                             {"status", "received"},
                             {"registered_by", deskId}});
        return {id, r["version"].get<std::int64_t>()};
    }

    // The front desk takes it through steps 2 to 4: valid, investigated, a solution.
    Loop proposed(Loop c)
    {
        c.version = push("complaint", c.id, c.version, {{"status", "judged"}, {"judgement", "valid"}})["version"];
        c.version = push("complaint", c.id, c.version,
                         {{"status", "investigated"}, {"cause", "装修噪音"}, {"department", "engineering"}})["version"];
        c.version = push("complaint", c.id, c.version,
                         {{"status", "proposed"}, {"solution", "约谈业主，限定施工时间"}})["version"];
        return c;
    }

    Loop repair(int hoursAgo, const std::string& urgency)
    {
        const auto id = newUuid();
        const auto r = push("repair_order", id, 0,
                            {{"property_id", property},
                             {"channel", "phone"},
                             {"category", "plumbing"},
                             {"description", "厨房水管漏水"},
                             {"urgency", urgency},
                             {"status", "registered"},
                             {"registered_by", deskId},
                             {"registered_at", now.plusMinutes(-60 * hoursAgo).toIso()}});
        return {id, r["version"].get<std::int64_t>()};
    }

    // Every loop of a list, page by page.
    std::vector<json> all(ConsoleClient& c, const std::string& entity, const std::string& query, int limit)
    {
        std::vector<json> rows;
        std::string after;
        for (int pages = 0; pages < 100; ++pages) {
            std::string path = "/api/v1/console/loops/";
            path.append(entity).append("?").append(query).append("&limit=").append(std::to_string(limit));
            path.append("&property=").append(property);
            if (!after.empty())
                path.append("&after=").append(after);
            const auto page = c.json(path);
            for (const auto& r : page["loops"])
                rows.push_back(r);
            if (page["next"].is_null())
                break;
            after = page["next"];
        }
        return rows;
    }

    static std::vector<std::string> ids(const std::vector<json>& rows)
    {
        std::vector<std::string> out;
        out.reserve(rows.size());
        for (const auto& r : rows)
            out.push_back(r["id"]);
        return out;
    }

    std::string deviceRun(const std::string& args)
    {
        const std::string cmd = std::string{PATROLBOOK_DEVICE_BIN} + " " + args + " 2>&1";
        FILE* p = ::popen(cmd.c_str(), "r");
        std::string out;
        char buf[4096];
        while (std::fgets(buf, sizeof buf, p))
            out += buf;
        const int status = ::pclose(p);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << args << ": " << out;
        return out;
    }
};

std::string plus(std::string s)
{
    for (std::size_t at = s.find('+'); at != std::string::npos; at = s.find('+', at))
        s.replace(at, 1, "%2B");
    return s;
}

} // namespace

TEST_F(ConsoleLoops, ListsFilteredAndPagedAgreeWithTheStoredLoops)
{
    // Repair orders an hour to ten days old, of every urgency: those not done within
    // their urgency's time (4 h, 24 h, 72 h) are overdue.
    const std::vector<std::pair<int, std::string>> made{{1, "normal"},   {5, "emergency"}, {30, "urgent"},
                                                        {2, "urgent"},   {80, "normal"},   {3, "emergency"},
                                                        {240, "normal"}, {50, "urgent"},   {10, "normal"}};
    std::set<std::string> urgent, overdue, lastTwoDays;
    for (const auto& [hours, urgency] : made) {
        const auto r = repair(hours, urgency);
        if (urgency == "urgent")
            urgent.insert(r.id);
        const int limit = urgency == "emergency" ? 4 : urgency == "urgent" ? 24 : 72;
        if (hours > limit)
            overdue.insert(r.id);
        if (hours < 48)
            lastTwoDays.insert(r.id);
    }
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto everything = all(office, "repair_order", "", 200);
    ASSERT_EQ(everything.size(), made.size());
    for (std::size_t i = 1; i < everything.size(); ++i)
        EXPECT_GE(Timestamp::parse(everything[i - 1]["at"].get<std::string>())->utcMs,
                  Timestamp::parse(everything[i]["at"].get<std::string>())->utcMs)
            << "newest first";
    for (const int limit : {1, 2, 4}) // every page size gives the same list
        EXPECT_EQ(ids(all(office, "repair_order", "", limit)), ids(everything)) << limit;

    auto idSet = [](const std::vector<json>& rows) {
        std::set<std::string> out;
        for (const auto& r : rows)
            out.insert(r["id"].get<std::string>());
        return out;
    };
    EXPECT_EQ(idSet(all(office, "repair_order", "level=urgent", 2)), urgent);
    EXPECT_EQ(idSet(all(office, "repair_order", "overdue=1", 2)), overdue);
    for (const auto& r : all(office, "repair_order", "overdue=1", 50))
        EXPECT_TRUE(r["overdue"].get<bool>());
    EXPECT_EQ(idSet(all(office, "repair_order", "from=" + plus(now.plusMinutes(-48 * 60).toIso()), 3)), lastTwoDays);
    EXPECT_TRUE(all(office, "repair_order", "status=closed", 5).empty());
    EXPECT_EQ(all(office, "repair_order", "status=registered", 3).size(), made.size());

    // Complaints by severity, and the handler filter finds none handled by nobody.
    complaint(2, "major", "noise");
    complaint(3, "normal", "cleaning");
    EXPECT_EQ(all(office, "complaint", "level=major", 1).size(), 1u);
    EXPECT_EQ(all(office, "complaint", "", 1).size(), 2u);
    EXPECT_TRUE(all(office, "complaint", "handler=" + deskId, 1).empty());
    EXPECT_EQ(office.get("/api/v1/console/loops/inspection").status, 404);
    EXPECT_EQ(office.get("/api/v1/console/loops/repair_order?after=nonsense").status, 400);
}

TEST_F(ConsoleLoops, AManagersApprovalGoesThroughTheFlowRecordsItsEventAndReachesADevice)
{
    const auto c = proposed(complaint(6, "normal", "noise"));
    // A device of the front desk holds the complaint as proposed before the decision.
    test::TempDir dir;
    const auto db = "--db " + dir.file("device.db").string() + " --server " + server.url();
    deviceRun(db + " login office demo");
    deviceRun(db + " sync");
    EXPECT_EQ(json::parse(deviceRun(db + " record complaint " + c.id))["status"], "proposed");

    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    // The queue's complaints (those with a proposed solution; the fixed follow-ups of the
    // demo estate wait beside them), each with the steps the manager may take.
    auto waiting = [&]() {
        json mine;
        const auto queue = manager.json("/api/v1/console/approvals?kind=complaint");
        for (const auto& q : queue["approvals"]) {
            EXPECT_TRUE(q["entity"] == "complaint" && q["status"] == "proposed") << q.dump();
            if (q["id"] == c.id)
                mine = q;
        }
        return mine;
    };
    const auto queued = waiting();
    ASSERT_FALSE(queued.is_null());
    EXPECT_EQ(queued["steps"], json::array({"approve", "send_back"}));

    const auto path = "/api/v1/console/loops/complaint/" + c.id + "/steps";
    const auto r = manager.postJson(path, {{"action", "approve"}, {"version", c.version}});
    ASSERT_EQ(r.status, 200) << r.body;
    const auto after = json::parse(r.body);
    EXPECT_EQ(after["status"], "approved");
    EXPECT_EQ(after["fields"]["approved_by"], manager.user["id"]);
    // The device's steps (register ... propose) are events of their push; the approval is
    // the newest.
    ASSERT_FALSE(after["events"].empty());
    const auto& event = after["events"].back()["fields"];
    EXPECT_EQ(event["action"], "approve");
    EXPECT_EQ(event["from_status"], "proposed");
    EXPECT_EQ(event["to_status"], "approved");
    EXPECT_EQ(event["actor_id"], manager.user["id"]);
    EXPECT_EQ(event["loop_version"], after["version"]);
    EXPECT_TRUE(waiting().is_null()) << "decided: no longer waiting";

    // The device pulls the server-made change and the event like any record.
    deviceRun(db + " sync");
    const auto held = json::parse(deviceRun(db + " record complaint " + c.id));
    EXPECT_EQ(held["status"], "approved");
    EXPECT_EQ(held["approved_by"], manager.user["id"]);
    EXPECT_EQ(
        json::parse(deviceRun(db + " record loop_event " + after["events"][0]["id"].get<std::string>()))["loop_id"],
        c.id);
    // And the front desk goes on from there: step 5 is accepted on the approved version.
    EXPECT_EQ(push("complaint", c.id, after["version"], {{"status", "carried_out"}, {"consent", "verbal"}})["status"],
              "applied");
}

TEST_F(ConsoleLoops, TheFrontDeskMayNotApproveAndAStepNotAllowedNowIsAConflictInWords)
{
    const auto c = proposed(complaint(6, "normal", "noise"));
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto path = "/api/v1/console/loops/complaint/" + c.id + "/steps";
    const auto refused = office.postJson(path, {{"action", "approve"}});
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(refused.headers.at("content-type"), "application/problem+json");

    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    // Sending back needs the reason.
    EXPECT_EQ(manager.postJson(path, {{"action", "send_back"}}).status, 422);
    ASSERT_EQ(manager.postJson(path, {{"action", "approve"}}).status, 200);
    // Approved already (by a colleague on a tablet, say): approving again is not a step now.
    const auto again = manager.postJson(path, {{"action", "approve"}});
    EXPECT_EQ(again.status, 409) << again.body;
    EXPECT_EQ(again.headers.at("content-type"), "application/problem+json");
    const auto detail = json::parse(again.body)["detail"].get<std::string>();
    EXPECT_NE(detail.find("approved"), std::string::npos) << detail;
    EXPECT_EQ(manager.postJson(path, {{"action", "verify"}}).status, 409) << "a complaint is not verified";
    const auto loop = manager.json("/api/v1/console/loops/complaint/" + c.id);
    EXPECT_EQ(loop["events"].back()["fields"]["action"], "approve") << "refused steps leave no event";
}

TEST_F(ConsoleLoops, ComplaintStatisticsCountByClassDepartmentAndOutcome)
{
    proposed(complaint(5, "normal", "noise"));
    complaint(4, "normal", "noise");
    complaint(3, "normal", "cleaning");
    // One explained and closed at once.
    const auto e = complaint(2, "normal", "parking");
    push("complaint", e.id, e.version,
         {{"status", "closed"},
          {"judgement", "explained"},
          {"step_note", "已向业主解释停车规定"},
          {"closed_at", now.toIso()}});
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto stats
        = office.json("/api/v1/console/stats?property=" + property + "&from=" + plus(now.plusMinutes(-24 * 60).toIso())
                      + "&to=" + plus(now.plusMinutes(60).toIso()))["complaints"];
    EXPECT_EQ(stats["received"], 4);
    EXPECT_EQ(stats["by_class"][0], (json{{"key", "noise"}, {"count", 2}}));
    EXPECT_EQ(stats["by_department"][0], (json{{"key", nullptr}, {"count", 3}}));
    EXPECT_EQ(stats["by_department"][1], (json{{"key", "engineering"}, {"count", 1}}));
    EXPECT_EQ(stats["by_outcome"], (json{{{"key", "open"}, {"count", 3}}, {{"key", "explained"}, {"count", 1}}}));
    EXPECT_EQ(stats["closed"], 1);
    EXPECT_NEAR(stats["close_hours_median"].get<double>(), 2.0, 0.2);
}
