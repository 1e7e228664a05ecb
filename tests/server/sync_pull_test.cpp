// Pulls in pages: the cursor the server names in headers lets the engine fetch the next
// page while it parses this one; the body stays what counts.

#include "api_client.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

class SyncPull : public ::testing::Test {
protected:
    ServerProcess server;
    TempDir dir;
};

} // namespace

namespace {

// Passes everything through but changes the pull's cursor headers: an older server
// without them, or one whose header disagrees with its body.
class CursorHeaders : public sync::Transport {
public:
    enum class Mode { Strip, Wrong };
    CursorHeaders(sync::Transport& real, Mode mode)
        : real_(real)
        , mode_(mode)
    {
    }
    sync::HttpResponse send(const std::string& m, const std::string& p, const std::string& b,
                            const std::map<std::string, std::string>& h) override
    {
        auto r = real_.send(m, p, b, h);
        if (p.rfind("/api/v1/sync/pull", 0) == 0 && r.headers.count("patrolbook-cursor")) {
            ++pages;
            if (mode_ == Mode::Strip) {
                r.headers.erase("patrolbook-cursor");
                r.headers.erase("patrolbook-has-more");
            } else {
                r.headers["patrolbook-cursor"] = "v1.1.0";
            }
        }
        return r;
    }
    int pages = 0;

private:
    sync::Transport& real_;
    CursorHeaders::Mode mode_;
};

} // namespace

TEST_F(SyncPull, PullNamesTheNextCursorInHeadersThatAgreeWithTheBody)
{
    test::ApiClient api(server.url());
    api.login("patrol");
    const auto r = api.call("GET", "/api/v1/sync/pull?limit=100");
    ASSERT_EQ(r.status, 200);
    const auto body = nlohmann::json::parse(r.body);
    EXPECT_EQ(r.headers.at("patrolbook-cursor"), body["cursor"].get<std::string>());
    EXPECT_EQ(r.headers.at("patrolbook-has-more"), body["has_more"].get<bool>() ? "true" : "false");
    EXPECT_EQ(r.headers.at("patrolbook-has-more"), "true") << "the demo estate is more than 100 records";

    // The last page names no next cursor.
    std::string cursor = body["cursor"];
    for (bool more = true; more;) {
        const auto page = api.call("GET", "/api/v1/sync/pull?limit=2000&cursor=" + cursor);
        const auto pageBody = nlohmann::json::parse(page.body);
        more = pageBody["has_more"];
        cursor = pageBody["cursor"];
        EXPECT_EQ(page.headers.count("patrolbook-cursor"), more ? 1u : 0u);
    }
}

TEST_F(SyncPull, PullTrustsTheBodyWhenTheCursorHeaderIsMissingOrWrong)
{
    for (const auto mode : {CursorHeaders::Mode::Strip, CursorHeaders::Mode::Wrong}) {
        Device d(dir.file(mode == CursorHeaders::Mode::Strip ? "strip.db" : "wrong.db"), server.url());
        CursorHeaders headers(*d.http, mode);
        sync::SyncEngine engine(*d.store, headers);
        engine.signIn("patrol", "demo");
        const auto report = engine.pull();
        EXPECT_GE(report.pages, 2);
        EXPECT_TRUE(report.skipped.empty());
        EXPECT_GT(d.store->records().count<Area>(), 0);
        expectConverged(server.url(), {&d});
    }
}

namespace {

// Rewrites the pulled pages the server sends: the same records with their members in
// alphabetical order and indented (fields before id and version), or in the server's
// order with some areas changed, or cut short.
class ReshapedPages : public sync::Transport {
public:
    enum class Mode { Alphabetical, ChangedAreas, CutShort };
    ReshapedPages(sync::Transport& real, Mode mode)
        : real_(real)
        , mode_(mode)
    {
    }
    sync::HttpResponse send(const std::string& m, const std::string& p, const std::string& b,
                            const std::map<std::string, std::string>& h) override
    {
        auto r = real_.send(m, p, b, h);
        if (p.rfind("/api/v1/sync/pull", 0) != 0 || r.status != 200)
            return r;
        ++pages;
        auto page = nlohmann::json::parse(r.body);
        if (mode_ == Mode::Alphabetical) {
            r.body = page.dump(2);
        } else if (mode_ == Mode::CutShort) {
            r.body.resize(r.body.size() / 2);
        } else {
            std::string records;
            for (auto& record : page["records"]) {
                if (record["entity"] == "area" && !record["deleted"].get<bool>()) {
                    const int n = areas++;
                    if (n == 0)
                        record["fields"]["name"] = 42;
                    else if (n == 1)
                        record["fields"]["area_type"] = "rooftop_garden";
                    else if (n == 2)
                        record["fields"]["drone_route"] = {{"waypoints", {1, 2, 3}}};
                    if (n < 3)
                        changed.push_back(record["id"]);
                }
                records += (records.empty() ? "" : ",") + std::string{R"({"entity":)"} + record["entity"].dump()
                    + R"(,"id":)" + record["id"].dump() + R"(,"version":)" + record["version"].dump() + R"(,"deleted":)"
                    + record["deleted"].dump() + R"(,"fields":)" + record["fields"].dump() + "}";
            }
            page.erase("records");
            std::string rest = page.dump();
            r.body = R"({"records":[)" + records + "]," + rest.substr(1);
        }
        return r;
    }
    int pages = 0;
    int areas = 0;
    std::vector<std::string> changed; // ids of the areas changed, in order

private:
    sync::Transport& real_;
    Mode mode_;
};

} // namespace

TEST_F(SyncPull, RecordsWhoseMembersComeInAnotherOrderArePulledAlike)
{
    Device plain(dir.file("plain.db"), server.url());
    plain.engine->signIn("patrol", "demo");
    plain.engine->pull();

    Device d(dir.file("alphabetical.db"), server.url());
    ReshapedPages reshaped(*d.http, ReshapedPages::Mode::Alphabetical);
    sync::SyncEngine engine(*d.store, reshaped);
    engine.signIn("patrol", "demo");
    const auto report = engine.pull();
    EXPECT_GE(reshaped.pages, 1);
    EXPECT_TRUE(report.skipped.empty());
    EXPECT_EQ(d.store->records().all<Area>(), plain.store->records().all<Area>());
    EXPECT_EQ(d.store->records().all<Owner>(), plain.store->records().all<Owner>());
    EXPECT_EQ(d.store->records().all<Inspection>(), plain.store->records().all<Inspection>());
    EXPECT_EQ(d.store->records().all<InspectionItem>(), plain.store->records().all<InspectionItem>());
    expectConverged(server.url(), {&d, &plain});
}

TEST_F(SyncPull, ARecordWithAWrongValueIsSkippedWithTheReasonAndUnknownFieldsAreKept)
{
    Device d(dir.file("changed.db"), server.url());
    ReshapedPages changed(*d.http, ReshapedPages::Mode::ChangedAreas);
    sync::SyncEngine engine(*d.store, changed);
    engine.signIn("patrol", "demo");
    const auto report = engine.pull();
    ASSERT_EQ(changed.changed.size(), 3u);
    ASSERT_EQ(report.skipped.size(), 2u);
    EXPECT_EQ(report.skipped[0].id, changed.changed[0]);
    EXPECT_NE(report.skipped[0].reason.find("'name'"), std::string::npos) << report.skipped[0].reason;
    EXPECT_EQ(report.skipped[1].id, changed.changed[1]);
    EXPECT_NE(report.skipped[1].reason.find("'area_type'"), std::string::npos) << report.skipped[1].reason;
    EXPECT_FALSE(d.store->records().get<Area>(changed.changed[0]));
    EXPECT_FALSE(d.store->records().get<Area>(changed.changed[1]));
    const auto kept = d.store->records().get<Area>(changed.changed[2]);
    ASSERT_TRUE(kept);
    EXPECT_EQ(nlohmann::json::parse(kept->extra)["drone_route"]["waypoints"], nlohmann::json({1, 2, 3}));
    EXPECT_GT(d.store->records().count<InspectionItem>(), 0);
}

TEST_F(SyncPull, APageCutShortIsRefusedWholeAndTheNextPullStartsFromTheSameCursor)
{
    Device d(dir.file("cut.db"), server.url());
    ReshapedPages cut(*d.http, ReshapedPages::Mode::CutShort);
    sync::SyncEngine engine(*d.store, cut);
    engine.signIn("patrol", "demo");
    try {
        engine.pull();
        FAIL() << "a page cut short was taken";
    } catch (const Error& e) {
        EXPECT_EQ(e.domain(), ErrorDomain::Sync);
        EXPECT_EQ(e.code(), ErrorCode::ServerError);
        EXPECT_NE(e.message().find("not valid JSON"), std::string::npos) << e.message();
    }
    EXPECT_FALSE(d.engine->state().pullCursor());
    EXPECT_EQ(d.store->records().count<Area>(), 0);
    d.engine->pull();
    expectConverged(server.url(), {&d});
}

namespace {

// Passes everything through and notes the limit each pull asked for.
class PullLimits : public sync::Transport {
public:
    explicit PullLimits(sync::Transport& real)
        : real_(real)
    {
    }
    sync::HttpResponse send(const std::string& m, const std::string& p, const std::string& b,
                            const std::map<std::string, std::string>& h) override
    {
        if (p.rfind("/api/v1/sync/pull", 0) == 0)
            if (const auto at = p.find("limit="); at != std::string::npos)
                limits.push_back(std::stoi(p.substr(at + 6)));
        return real_.send(m, p, b, h);
    }
    std::vector<int> limits;

private:
    sync::Transport& real_;
};

} // namespace

TEST_F(SyncPull, PagesGrowWhileTheyComeQuickly)
{
    // Enough records for several pages: the demo estate and as many follow-ups.
    Device writer(dir.file("writer.db"), server.url());
    writer.engine->signIn("patrol", "demo");
    writer.engine->pull();
    {
        sqlite::Transaction tx(writer.store->database());
        for (int i = 0; i < 1500; ++i)
            writer.newFollowUp("follow-up " + std::to_string(i));
        tx.commit();
    }
    ASSERT_EQ(writer.engine->push().rejected, 0);

    Device d(dir.file("limits.db"), server.url());
    PullLimits limits(*d.http);
    sync::SyncEngine engine(*d.store, limits);
    engine.signIn("patrol", "demo");
    engine.pull();
    ASSERT_GE(limits.limits.size(), 3u);
    EXPECT_EQ(limits.limits[0], static_cast<int>(sync::defaultPullLimit));
    // Over loopback pages come quickly (PageSizer's rule itself is tested with given
    // durations): later pages ask for more, never beyond the protocol's maximum.
    EXPECT_GT(*std::max_element(limits.limits.begin() + 1, limits.limits.end()), limits.limits[0]);
    for (const int limit : limits.limits)
        EXPECT_LE(limit, static_cast<int>(sync::maxPullLimit));
    expectConverged(server.url(), {&d, &writer});
}

TEST_F(SyncPull, StaffAndPropertiesGoOnlyToTheirColleagues)
{
    // 张伟 works for 翠湖花园: he sees its staff (and those who work for both), never the
    // names, phones and properties of 星河中心's own staff, nor that property's record.
    ApiClient api(server.url());
    const auto me = api.login("patrol");
    const std::string mine = me["user"]["property_ids"][0];
    std::vector<std::string> staff, properties;
    std::string cursor;
    for (bool more = true; more;) {
        const auto page = api.json("GET", "/api/v1/sync/pull" + (cursor.empty() ? "" : "?cursor=" + cursor));
        for (const auto& r : page["records"]) {
            if (r["entity"] == "staff")
                staff.push_back(r["fields"]["username"]);
            if (r["entity"] == "property")
                properties.push_back(r["id"]);
        }
        cursor = page["cursor"];
        more = page["has_more"];
    }
    EXPECT_EQ(properties, std::vector<std::string>{mine});
    auto has = [&](const std::string& u) { return std::find(staff.begin(), staff.end(), u) != staff.end(); };
    EXPECT_TRUE(has("patrol")) << "himself";
    EXPECT_TRUE(has("patrol2")) << "a colleague of 翠湖花园";
    EXPECT_TRUE(has("manager")) << "works for both";
    EXPECT_FALSE(has("patrol3")) << "星河中心 only";
    EXPECT_FALSE(has("specialist2")) << "星河中心 only";
}
