// Health, metrics, and a clean stop: SIGTERM lets requests in flight finish.

#include "api_client.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <thread>

using namespace patrolbook;
using namespace patrolbook::test;

TEST(ServerLifecycle, HealthAndMetricsNeedNoSignInAndCountWhatHappened)
{
    ServerProcess server;
    TempDir dir;
    Device a(dir.file("a.db"), server.url());
    a.engine->signIn("patrol", "demo");
    a.newFollowUp("counted");
    a.engine->syncOnce();
    ApiClient api(server.url());
    const auto health = api.call("GET", "/healthz");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.body, R"({"status":"ok"})");
    const auto metrics = api.call("GET", "/metrics");
    EXPECT_EQ(metrics.status, 200);
    EXPECT_NE(metrics.headers.at("content-type").find("text/plain"), std::string::npos);
    EXPECT_NE(metrics.body.find(R"(patrolbook_changes_total{status="applied"} 1)"), std::string::npos) << metrics.body;
    EXPECT_NE(metrics.body.find(R"(patrolbook_requests_total{method="POST",route="/api/v1/sync/push",status="200"} 1)"),
              std::string::npos)
        << metrics.body;
    EXPECT_NE(metrics.body.find(R"(patrolbook_request_seconds_count{route="/api/v1/sync/pull"})"), std::string::npos);
    EXPECT_NE(metrics.body.find("patrolbook_conflict_fields_total 0"), std::string::npos);
}

TEST(ServerLifecycle, SigtermFinishesRequestsInFlightThenExitsCleanly)
{
    ServerProcess server;
    TempDir dir;
    Device a(dir.file("a.db"), server.url());
    a.engine->signIn("patrol", "demo");
    a.engine->pull();
    for (int i = 0; i < 400; ++i)
        a.newFollowUp("in flight " + std::to_string(i));
    std::thread pusher([&] {
        try {
            a.engine->push();
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::Unreachable) << e.what(); // a batch sent after the listener closed
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
    server.kill(SIGTERM);
    const int status = server.wait();
    pusher.join();
    EXPECT_TRUE(WIFEXITED(status)) << "stopped by the signal instead of draining";
    EXPECT_EQ(WEXITSTATUS(status), 0);
    server.start();
    expectConverged(server.url(), {&a});
}
