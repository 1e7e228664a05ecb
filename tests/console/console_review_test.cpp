// The office's review of synced records (docs/console-api.md, "Review"): the states with
// their comments, who may review (docs/security.md), the list filtered by review state,
// a correction sending a record back to review, approving many at once. Real server.

#include "console_client.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

class ConsoleReview : public ::testing::Test {
protected:
    test::ServerProcess server;

    // A patrol of the patrol officer's, as the office's list shows it.
    json patrolOf(ConsoleClient& office, const std::string& staffId)
    {
        auto page = office.json("/api/v1/console/records?kind=inspection&staff=" + staffId);
        if (page["records"].empty()) {
            ADD_FAILURE() << "the demo estate has no patrol of " << staffId;
            return json{{"entity", "inspection"}, {"id", "none"}, {"version", 0}};
        }
        return page["records"][0];
    }

    static std::string reviewPath(const json& row)
    {
        return "/api/v1/console/records/" + row["entity"].get<std::string>() + "/" + row["id"].get<std::string>()
            + "/review";
    }
};

std::set<std::string> idsOf(const std::vector<json>& rows)
{
    std::set<std::string> ids;
    for (const auto& r : rows)
        ids.insert(r["id"].get<std::string>());
    return ids;
}

} // namespace

TEST_F(ConsoleReview, EverySyncedRecordIsReceivedUntilReviewedAndEachActIsKeptWithItsComment)
{
    ConsoleClient patrol(server.url());
    ASSERT_EQ(patrol.login("patrol").status, 200);
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto row = patrolOf(office, patrol.user["id"]);
    EXPECT_EQ(row["review"], "received");

    auto r = office.postJson(reviewPath(row), {{"state", "has_issues"}, {"comment", "照片看不清消防栓"}});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(json::parse(r.body)["review"], "has_issues");
    r = office.postJson(reviewPath(row), {{"state", "approved"}, {"version", row["version"]}});
    ASSERT_EQ(r.status, 200) << r.body;

    const auto detail = office.json("/api/v1/console/records/inspection/" + row["id"].get<std::string>());
    EXPECT_EQ(detail["review"], "approved");
    EXPECT_TRUE(detail["may_review"].get<bool>());
    ASSERT_EQ(detail["reviews"].size(), 2u);
    EXPECT_EQ(detail["reviews"][0]["state"], "has_issues");
    EXPECT_EQ(detail["reviews"][0]["comment"], "照片看不清消防栓");
    // Who and when are the server's: the signed-in account and its clock.
    EXPECT_EQ(detail["reviews"][0]["by"], office.user["id"]);
    const auto at = Timestamp::parse(detail["reviews"][1]["at"].get<std::string>());
    ASSERT_TRUE(at);
    EXPECT_LT(std::llabs(at->utcMs - Timestamp::now(0).utcMs), 60'000);
    EXPECT_EQ(detail["reviews"][1]["comment"], nullptr);
    EXPECT_EQ(detail["reviews"][1]["record_version"], row["version"]);
}

TEST_F(ConsoleReview, HasIssuesAndRejectedNeedAReasonAndBadInputIs400)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    ConsoleClient patrol(server.url());
    ASSERT_EQ(patrol.login("patrol").status, 200);
    const auto row = patrolOf(office, patrol.user["id"]);
    for (const auto& body : {json{{"state", "has_issues"}}, json{{"state", "rejected"}, {"comment", "   "}},
                             json{{"state", "lost"}}, json{{"comment", "no state"}}, json::array(),
                             json{{"state", "approved"}, {"comment", std::string(2001, 'x')}},
                             json{{"state", "approved"}, {"version", "twelve"}}}) {
        const auto r = office.postJson(reviewPath(row), body);
        EXPECT_EQ(r.status, 400) << body.dump();
        EXPECT_EQ(r.headers.at("content-type"), "application/problem+json") << body.dump();
    }
    EXPECT_EQ(office.json("/api/v1/console/records/inspection/" + row["id"].get<std::string>())["reviews"].size(), 0u)
        << "nothing refused was kept";
}

TEST_F(ConsoleReview, OnlyManagersAndTheFrontDeskReviewAndNeverTheirOwnWork)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    ConsoleClient patrol(server.url());
    ASSERT_EQ(patrol.login("patrol").status, 200);
    const auto row = patrolOf(office, patrol.user["id"]);

    auto r = patrol.postJson(reviewPath(row), {{"state", "approved"}});
    EXPECT_EQ(r.status, 403) << "the author does not approve their own patrol";
    EXPECT_FALSE(patrol.json("/api/v1/console/records/inspection/" + row["id"].get<std::string>())["may_review"]);

    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    const auto managers
        = manager.json("/api/v1/console/records?kind=inspection&staff=" + manager.user["id"].get<std::string>());
    if (!managers["records"].empty()) {
        r = manager.postJson(reviewPath(managers["records"][0]), {{"state", "approved"}});
        EXPECT_EQ(r.status, 403) << "nor does a manager";
    }
    // Without the console's header, or without a session: refused before anything.
    r = office.postJson(reviewPath(row), {{"state", "approved"}}, {});
    EXPECT_EQ(r.status, 403);
    ConsoleClient nobody(server.url());
    r = nobody.postJson(reviewPath(row), {{"state", "approved"}});
    EXPECT_EQ(r.status, 401);
    // A front desk of another property: the record answers as missing.
    std::string otherCode;
    const auto me = office.json("/api/v1/console/me");
    for (const auto& p : me["properties"])
        if (p["id"] != row["property_id"])
            otherCode = p["fields"]["code"];
    ASSERT_FALSE(otherCode.empty());
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role office --property " + otherCode,
                                "a-long-password\n"),
              0);
    ConsoleClient far(server.url());
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    r = far.postJson(reviewPath(row), {{"state", "approved"}});
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(office.json("/api/v1/console/records/inspection/" + row["id"].get<std::string>())["review"], "received");
}

TEST_F(ConsoleReview, TheListFiltersByReviewStateAndACorrectionSendsARecordBackToReview)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    test::ApiClient device(server.url());
    const auto me = device.login("patrol");
    const auto row = patrolOf(office, me["user"]["id"]);
    const std::string id = row["id"];
    ASSERT_EQ(office.postJson(reviewPath(row), {{"state", "has_issues"}, {"comment", "补拍大堂照片"}}).status, 200);
    EXPECT_TRUE(idsOf(office.all("review=has_issues")).count(id));
    EXPECT_FALSE(idsOf(office.all("review=received")).count(id));
    EXPECT_EQ(office.get("/api/v1/console/records?review=maybe").status, 400);

    // The author corrects the patrol from the phone: it waits for review again.
    const json change{{"change_id", newUuid()},
                      {"entity", "inspection"},
                      {"id", id},
                      {"base_version", row["version"]},
                      {"fields", {{"note", "已补拍"}}}};
    const auto pushed = device.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", {change}}});
    ASSERT_EQ(pushed["results"][0]["status"], "applied") << pushed.dump();
    EXPECT_TRUE(idsOf(office.all("review=received")).count(id));
    EXPECT_FALSE(idsOf(office.all("review=has_issues")).count(id));
    // A review of what the reviewer saw before the correction is refused: look again.
    const auto r = office.postJson(reviewPath(row), {{"state", "approved"}, {"version", row["version"]}});
    EXPECT_EQ(r.status, 409) << r.body;
}

TEST_F(ConsoleReview, ManyRecordsAreApprovedAtOnceAndWhatChangedMeanwhileIsLeft)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto page = office.json("/api/v1/console/records?kind=owner_visit&review=received&limit=5");
    ASSERT_GE(page["records"].size(), 3u);
    json records = json::array();
    for (const auto& r : page["records"])
        records.push_back({{"entity", r["entity"]}, {"id", r["id"]}, {"version", r["version"]}});
    records[1]["version"] = records[1]["version"].get<std::int64_t>() - 1; // seen before a change
    auto r = office.postJson("/api/v1/console/reviews", {{"records", records}});
    ASSERT_EQ(r.status, 200) << r.body;
    const auto answer = json::parse(r.body);
    EXPECT_EQ(answer["approved"], records.size() - 1);
    ASSERT_EQ(answer["skipped"].size(), 1u);
    EXPECT_EQ(answer["skipped"][0]["reason"], "changed");
    const auto approved = idsOf(office.all("kind=owner_visit&review=approved"));
    EXPECT_EQ(approved.size(), records.size() - 1);
    EXPECT_FALSE(approved.count(records[1]["id"].get<std::string>()));

    r = office.postJson("/api/v1/console/reviews", {{"records", records}});
    EXPECT_EQ(json::parse(r.body)["approved"], 0) << "approved already, or still seen before a change";
    std::set<std::string> reasons;
    const auto again = json::parse(r.body);
    for (const auto& s : again["skipped"])
        reasons.insert(s["reason"].get<std::string>());
    EXPECT_EQ(reasons, (std::set<std::string>{"already_approved", "changed"}));
    EXPECT_EQ(office.postJson("/api/v1/console/reviews", {{"records", json::array()}}).status, 400);

    // One record the caller may not review refuses the whole request.
    ConsoleClient patrol(server.url());
    ASSERT_EQ(patrol.login("patrol").status, 200);
    const auto own = patrol.json("/api/v1/console/records?kind=inspection&limit=1")["records"][0];
    r = patrol.postJson("/api/v1/console/reviews",
                        {{"records", {{{"entity", own["entity"]}, {"id", own["id"]}, {"version", own["version"]}}}}});
    EXPECT_EQ(r.status, 403);
}

TEST_F(ConsoleReview, ARejectedRecordIsLeftOutOfTheStatistics)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    ConsoleClient manager(server.url());
    ASSERT_EQ(manager.login("manager").status, 200);
    const auto page = office.json("/api/v1/console/records?kind=owner_visit&status=done&limit=1");
    ASSERT_EQ(page["records"].size(), 1u);
    const auto visit = page["records"][0];
    const auto at = Timestamp::parse(visit["at"].get<std::string>());
    ASSERT_TRUE(at);
    const auto around = [&](std::int64_t ms) {
        std::string iso = Timestamp::fromUtcMs(ms).toIso();
        for (auto& c : iso)
            if (c == '+')
                c = 'Z'; // "+00:00" would need escaping in a query string
        return iso.substr(0, iso.find('Z')) + "Z";
    };
    const std::string stats = "/api/v1/console/stats?property=" + visit["property_id"].get<std::string>()
        + "&from=" + around(at->utcMs - 3'600'000) + "&to=" + around(at->utcMs + 3'600'000);
    const auto before = manager.json(stats)["visits"]["done"]["value"].get<int>();
    ASSERT_GE(before, 1);
    ASSERT_EQ(office.postJson(reviewPath(visit), {{"state", "rejected"}, {"comment", "重复录入"}}).status, 200);
    EXPECT_EQ(manager.json(stats)["visits"]["done"]["value"].get<int>(), before - 1);
    ASSERT_EQ(office.postJson(reviewPath(visit), {{"state", "received"}}).status, 200);
    EXPECT_EQ(manager.json(stats)["visits"]["done"]["value"].get<int>(), before) << "back to review: counted again";
}

TEST(ConsoleDemo, AQuarterOfDemoHistoryHasRecordsInEveryReviewStateAndNoticesForItsIssues)
{
    test::ServerProcess server("127.0.0.1", {}, "--history-days 91");
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    for (const char* state : {"received", "approved", "has_issues", "rejected"}) {
        const auto page = office.json(std::string{"/api/v1/console/records?limit=5&review="} + state);
        EXPECT_FALSE(page["records"].empty()) << "no record " << state;
    }
    // Three months back, in both properties.
    const auto oldest = Timestamp::now(0).plusMinutes(-80 * 24 * 60);
    const auto me = office.json("/api/v1/console/me");
    for (const auto& p : me["properties"]) {
        const auto page = office.json("/api/v1/console/records?limit=1&property=" + p["id"].get<std::string>()
                                      + "&to=" + oldest.toIso());
        EXPECT_FALSE(page["records"].empty()) << p["fields"]["name"];
    }
    // Each issue's author has the office's comment waiting on their phone.
    const auto issue = office.json("/api/v1/console/records?limit=1&kind=inspection&review=has_issues")["records"];
    ASSERT_FALSE(issue.empty());
    const auto detail = office.json("/api/v1/console/records/inspection/" + issue[0]["id"].get<std::string>());
    EXPECT_EQ(detail["reviews"].back()["state"], "has_issues");
    EXPECT_FALSE(detail["reviews"].back()["comment"].is_null());
}
