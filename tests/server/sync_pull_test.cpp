// Pulls in pages: the cursor the server names in headers lets the engine fetch the next
// page while it parses this one; the body stays what counts.

#include "api_client.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

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
