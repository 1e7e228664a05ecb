// Health, metrics, and a clean stop: SIGTERM lets requests in flight finish.

#include "api_client.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <csignal>
#include <fstream>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
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

TEST(ServerLifecycle, MetricsLabelsComeFromAFixedSetWhateverMethodsClientsInvent)
{
    ServerProcess server;
    ApiClient api(server.url());
    for (int i = 0; i < 20; ++i)
        api.call("FOOBAR" + std::to_string(i), "/healthz");
    const auto metrics = api.call("GET", "/metrics");
    ASSERT_EQ(metrics.status, 200);
    EXPECT_EQ(metrics.body.find("FOOBAR"), std::string::npos) << metrics.body;
    EXPECT_NE(metrics.body.find(R"(method="OTHER")"), std::string::npos) << metrics.body;
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

TEST(ServerLifecycle, UsersAreAddedDisabledAndGivenNewPasswordsFromTheCommandLine)
{
    ServerProcess server;
    const std::string dir = "--data-dir " + server.dataDir().string();
    EXPECT_EQ(server.runCommand("user add " + dir + " --username wang --name 王磊 --role patrol --property CHHY",
                                "a-long-password\n"),
              0);
    EXPECT_NE(server.runCommand("user add " + dir + " --username li --name 李 --role patrol --property NOPE",
                                "a-long-password\n"),
              0)
        << "an unknown property code is refused";
    EXPECT_NE(server.runCommand("user add " + dir + " --username zhao --name 赵 --role patrol", "short\n"), 0)
        << "a short password is refused";
    ApiClient api(server.url());
    const auto login = api.login("wang", "a-long-password");
    ASSERT_TRUE(login.contains("token")) << login.dump();
    EXPECT_EQ(login["user"]["role"], "patrol");
    EXPECT_EQ(login["user"]["property_ids"].size(), 1u);
    EXPECT_EQ(api.call("GET", "/api/v1/sync/pull?limit=1").status, 200);

    EXPECT_EQ(server.runCommand("user passwd " + dir + " --username wang", "another-long-one\n"), 0);
    EXPECT_EQ(api.call("GET", "/api/v1/sync/pull?limit=1").status, 401) << "a new password signs out everywhere";
    ApiClient again(server.url());
    EXPECT_TRUE(again.login("wang", "another-long-one").contains("token"));
    EXPECT_EQ(server.runCommand("user disable " + dir + " --username wang"), 0);
    EXPECT_EQ(again.call("GET", "/api/v1/sync/pull?limit=1").status, 401);
    ApiClient third(server.url());
    EXPECT_FALSE(third.login("wang", "another-long-one").contains("token")) << "a disabled user cannot sign in";
}

namespace {

// An IPv4 address of this machine that is not loopback, or "" when it has none.
std::string otherAddress()
{
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0)
        return {};
    std::string out;
    for (auto* a = list; a && out.empty(); a = a->ifa_next)
        if (a->ifa_addr && a->ifa_addr->sa_family == AF_INET && !(a->ifa_flags & IFF_LOOPBACK)) {
            char text[INET_ADDRSTRLEN] = {};
            ::inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(a->ifa_addr)->sin_addr, text, sizeof text);
            out = text;
        }
    ::freeifaddrs(list);
    return out;
}

} // namespace

TEST(ServerLifecycle, MetricsAnswerOnLoopbackAndOtherwiseOnlyWithTheToken)
{
    const std::string address = otherAddress();
    if (address.empty())
        GTEST_SKIP() << "this machine has no interface but loopback to call from";
    TempDir dir;
    const std::string token = "scraper-token-0123456789abcdef";
    {
        std::ofstream(dir.file("metrics.token")) << token << "\n";
    }
    // Off loopback the server must be told it is behind a proxy (here, none is needed).
    ServerProcess server("0.0.0.0", {"--behind-proxy", "--metrics-token-file", dir.file("metrics.token").string()});
    ApiClient local(server.url());
    EXPECT_EQ(local.call("GET", "/metrics").status, 200) << "the operator's own machine";

    const std::string remote = "http://" + address + ":" + std::to_string(server.port());
    ApiClient stranger(remote);
    const auto refused = stranger.call("GET", "/metrics");
    EXPECT_EQ(refused.status, 404);
    EXPECT_EQ(refused.body.find("patrolbook_requests_total"), std::string::npos);
    EXPECT_EQ(stranger.call("GET", "/metrics", {}, {{"Authorization", "Bearer wrong-token-0123456789abcd"}}).status,
              404);
    const auto scraped = stranger.call("GET", "/metrics", {}, {{"Authorization", "Bearer " + token}});
    EXPECT_EQ(scraped.status, 200);
    EXPECT_NE(scraped.body.find("patrolbook_requests_total"), std::string::npos);
    EXPECT_EQ(stranger.call("GET", "/healthz").status, 200) << "health stays open";
}
