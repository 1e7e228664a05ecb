// The outbox drains by itself once the server is reachable again, and the loop stops
// for the user when only the user can help.

#include "patrolbook/sync/sync_loop.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <thread>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {
sync::Backoff quickBackoff()
{
    return sync::Backoff(7, std::chrono::milliseconds(50), std::chrono::milliseconds(400));
}
} // namespace

TEST(SyncLoop, DrainsTheOutboxOnceTheServerIsBackWithNoUserAction)
{
    ServerProcess server;
    TempDir dir;
    Device a(dir.file("a.db"), server.url());
    a.engine->signIn("patrol", "demo");
    a.engine->pull();
    server.kill(SIGKILL);
    server.wait();
    for (int i = 0; i < 3; ++i)
        a.newFollowUp("made while the server was down " + std::to_string(i));

    std::vector<std::chrono::milliseconds> waits;
    std::thread restart([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        server.start();
    });
    sync::SyncLoop loop(*a.engine, quickBackoff(), [&](std::chrono::milliseconds d) {
        waits.push_back(d);
        std::this_thread::sleep_for(d);
    });
    const auto result = loop.runUntilDrained(100);
    restart.join();
    EXPECT_EQ(result.outcome, sync::SyncLoop::Outcome::Drained);
    EXPECT_GT(result.attempts, 1);
    EXPECT_FALSE(waits.empty()) << "it waited between attempts";
    for (const auto& w : waits)
        EXPECT_LE(w, std::chrono::milliseconds(400)) << "never beyond the cap";
    EXPECT_EQ(a.store->outbox().pendingCount(), 0);
    expectConverged(server.url(), {&a});
}

TEST(SyncLoop, StopsForTheUserWhenTheSignInIsNoLongerValid)
{
    ServerProcess server;
    TempDir dir;
    Device a(dir.file("a.db"), server.url());
    a.engine->signIn("patrol", "demo");
    a.newFollowUp("waiting for a new sign-in");
    ASSERT_EQ(server.runCommand("user passwd --data-dir " + server.dataDir().string() + " --username patrol",
                                "a-new-password\n"),
              0);
    int sleeps = 0;
    sync::SyncLoop loop(*a.engine, quickBackoff(), [&](std::chrono::milliseconds) { ++sleeps; });
    const auto result = loop.runUntilDrained(10);
    EXPECT_EQ(result.outcome, sync::SyncLoop::Outcome::NeedsUser);
    ASSERT_TRUE(result.lastError);
    EXPECT_EQ(result.lastError->code(), ErrorCode::Unauthorized);
    EXPECT_EQ(result.attempts, 1);
    EXPECT_EQ(sleeps, 0);
    EXPECT_EQ(a.store->outbox().pendingCount(), 1) << "nothing thrown away";
}

TEST(SyncLoop, GivesUpAfterItsAttemptsWhenTheServerStaysAway)
{
    ServerProcess server;
    TempDir dir;
    Device a(dir.file("a.db"), server.url());
    a.engine->signIn("patrol", "demo");
    a.newFollowUp("server gone for good");
    server.kill(SIGKILL);
    server.wait();
    int sleeps = 0;
    sync::SyncLoop loop(*a.engine, quickBackoff(), [&](std::chrono::milliseconds) { ++sleeps; });
    const auto result = loop.runUntilDrained(4);
    EXPECT_EQ(result.outcome, sync::SyncLoop::Outcome::GaveUp);
    EXPECT_EQ(result.attempts, 4);
    EXPECT_EQ(sleeps, 3);
    EXPECT_EQ(result.lastError->code(), ErrorCode::Unreachable);
    EXPECT_EQ(a.store->outbox().pendingCount(), 1);
}
