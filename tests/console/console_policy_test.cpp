// The console's policy (docs/security.md, "The office console", ConsolePolicy) as a
// table: every console endpoint, every role, the answer it gets, on a real server.

#include "console_client.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <map>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

constexpr std::array<const char*, 4> roles{"patrol", "specialist", "manager", "office"};

struct Cell {
    const char* what;
    std::function<int(ConsoleClient&)> call;
    std::array<int, 4> expected; // patrol, specialist, manager, office
};

} // namespace

TEST(ConsolePolicy, EveryEndpointAnswersEachRoleAsTheTableSays)
{
    test::ServerProcess server;
    std::map<std::string, std::unique_ptr<ConsoleClient>> as;
    for (const char* role : roles) {
        as[role] = std::make_unique<ConsoleClient>(server.url());
        ASSERT_EQ(as[role]->login(role).status, 200) << role;
    }
    auto& office = *as["office"];
    const std::string property = office.user["property_ids"][0];
    // A patrol by a colleague of everyone signed in (not one of the four).
    std::string colleague;
    for (const auto& r : office.all("kind=inspection&status=finished", 200)) {
        bool ours = false;
        for (const char* role : roles)
            ours = ours || r["staff_id"] == as[role]->user["id"];
        if (!ours && r["property_id"] == property) {
            colleague = r["id"];
            break;
        }
    }
    ASSERT_FALSE(colleague.empty());
    // A conflict: two of the patrol officer's phones change one follow-up at once.
    test::ApiClient a(server.url()), b(server.url());
    const auto me = a.login("patrol", "demo", "a");
    b.login("patrol", "demo", "b");
    const auto id = newUuid();
    auto push = [](test::ApiClient& d, const std::string& recordId, std::int64_t base, json fields) {
        const json c{{"change_id", newUuid()},
                     {"entity", "follow_up"},
                     {"id", recordId},
                     {"base_version", base},
                     {"fields", std::move(fields)}};
        return d.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", {c}}})["results"][0];
    };
    const auto made = push(a, id, 0,
                           {{"property_id", property},
                            {"source_entity", "manual"},
                            {"description", "一"},
                            {"status", "open"},
                            {"created_by", me["user"]["id"]},
                            {"created_at", "2026-11-27T10:00:00+08:00"}});
    const auto base = made["version"].get<std::int64_t>();
    ASSERT_EQ(push(a, id, base, {{"description", "二"}})["status"], "applied");
    ASSERT_EQ(push(b, id, base, {{"description", "三"}})["status"], "conflict");
    const auto seq = std::to_string(as["manager"]->json("/api/v1/console/conflicts")["conflicts"][0]["seq"].get<int>());
    const auto now = Timestamp::now(480);
    const auto period
        = "property=" + property + "&from=" + now.plusMinutes(-30 * 24 * 60).toIso() + "&to=" + now.toIso();
    auto plus = [](std::string s) {
        for (std::size_t at = s.find('+'); at != std::string::npos; at = s.find('+', at))
            s.replace(at, 1, "%2B");
        return s;
    };

    const std::vector<Cell> table{
        {"list the records",
         [](ConsoleClient& c) { return c.get("/api/v1/console/records").status; },
         {200, 200, 200, 200}},
        {"export the list as CSV",
         [](ConsoleClient& c) { return c.get("/api/v1/console/records.csv").status; },
         {200, 200, 200, 200}},
        {"open a colleague's patrol",
         [&](ConsoleClient& c) { return c.get("/api/v1/console/records/inspection/" + colleague).status; },
         {404, 404, 200, 200}},
        {"review a colleague's patrol",
         [&](ConsoleClient& c) {
             return c.postJson("/api/v1/console/records/inspection/" + colleague + "/review", {{"state", "approved"}})
                 .status;
         },
         {404, 404, 200, 200}},
        {"review one's own follow-up",
         [&](ConsoleClient& c) {
             return c.postJson("/api/v1/console/records/follow_up/" + id + "/review", {{"state", "approved"}}).status;
         },
         {403, 404, 200, 200}},
        {"read the statistics",
         [&](ConsoleClient& c) { return c.get("/api/v1/console/stats?" + plus(period)).status; },
         {403, 403, 200, 200}},
        {"list the sync conflicts",
         [](ConsoleClient& c) { return c.get("/api/v1/console/conflicts").status; },
         {403, 403, 200, 200}},
        {"list the repair orders, complaints, handovers",
         [](ConsoleClient& c) { return c.get("/api/v1/console/loops/repair_order").status; },
         {403, 403, 200, 200}},
        {"open a loop with its history",
         [&](ConsoleClient& c) { return c.get("/api/v1/console/loops/follow_up/" + id).status; },
         {403, 403, 200, 200}},
        {"list the approvals waiting",
         [](ConsoleClient& c) { return c.get("/api/v1/console/approvals").status; },
         {403, 403, 200, 403}},
        {"decide a loop (verify a follow-up)",
         [&](ConsoleClient& c) {
             return c.postJson("/api/v1/console/loops/follow_up/" + id + "/steps", {{"action", "verify"}}).status;
         },
         {403, 403, 200, 403}},
        // Last: the manager's decision closes the conflict.
        {"decide a sync conflict",
         [&](ConsoleClient& c) {
             return c.postJson("/api/v1/console/conflicts/" + seq + "/decision", {{"choice", "kept"}}).status;
         },
         {403, 403, 200, 403}},
    };
    for (const auto& cell : table)
        for (std::size_t r : {0u, 1u, 3u, 2u}) // the manager last in each row
            EXPECT_EQ(cell.call(*as[roles[r]]), cell.expected[r]) << roles[r] << ": " << cell.what;
}
