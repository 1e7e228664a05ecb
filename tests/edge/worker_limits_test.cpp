// Bounded work: a request no queue has room for is answered 503 with Retry-After at
// once, and sign-ins (Argon2id, 64 MiB each) wait on their own pool, not in front of
// the devices' syncs.

#include "api_client.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace patrolbook;
using namespace patrolbook::test;
using nlohmann::json;

namespace {

void expectBusy(const sync::HttpResponse& r)
{
    EXPECT_EQ(r.status, 503);
    EXPECT_EQ(r.headers.count("content-type") ? r.headers.at("content-type") : "", "application/problem+json");
    ASSERT_TRUE(r.headers.count("retry-after")) << r.body;
    EXPECT_GT(std::stoi(r.headers.at("retry-after")), 0);
    EXPECT_EQ(json::parse(r.body, nullptr, false)["status"], 503) << r.body;
}

std::string loginBody(const std::string& user)
{
    return json{{"username", user}, {"password", "demo"}, {"device_id", "d"}}.dump();
}

} // namespace

TEST(WorkerLimits, RequestsBeyondTheQueueAre503WithRetryAfterAndTheRestAreServed)
{
    ServerProcess server("127.0.0.1", {"--workers", "1", "--queue", "1"});
    ApiClient signIn(server.url());
    signIn.login("manager");
    const std::string token = signIn.token;
    std::mutex mutex;
    std::vector<sync::HttpResponse> answers;
    // A manager's whole pull is tens of milliseconds of one worker: 24 at once cannot
    // all wait in a queue of one.
    for (int round = 0; round < 5; ++round) {
        std::vector<std::thread> clients;
        for (int i = 0; i < 24; ++i)
            clients.emplace_back([&] {
                ApiClient api(server.url());
                api.token = token;
                auto r = api.call("GET", "/api/v1/sync/pull?limit=2000");
                std::lock_guard lock(mutex);
                answers.push_back(std::move(r));
            });
        for (auto& c : clients)
            c.join();
        if (std::any_of(answers.begin(), answers.end(), [](const auto& r) { return r.status == 503; }))
            break;
    }
    int busy = 0;
    for (const auto& r : answers) {
        if (r.status == 503) {
            ++busy;
            expectBusy(r);
        } else {
            EXPECT_EQ(r.status, 200) << r.body;
        }
    }
    EXPECT_GT(busy, 0) << "no request was refused: is the queue bounded?";
    EXPECT_LT(busy, static_cast<int>(answers.size()));
    EXPECT_EQ(signIn.call("GET", "/api/v1/sync/pull?limit=1").status, 200) << "served again once the burst is over";
}

TEST(WorkerLimits, ABurstOfSignInsNeitherHoldsUpSyncingNorQueuesWithoutEnd)
{
    ServerProcess server("127.0.0.1", {"--workers", "2", "--login-workers", "1", "--login-queue", "4"});
    ApiClient device(server.url());
    device.login("patrol");
    std::atomic<int> answered{0};
    std::mutex mutex;
    std::vector<sync::HttpResponse> logins;
    std::vector<std::thread> burst;
    for (int i = 0; i < 12; ++i)
        burst.emplace_back([&] {
            ApiClient api(server.url());
            auto r = api.call("POST", "/api/v1/auth/login", loginBody("office"));
            ++answered;
            std::lock_guard lock(mutex);
            logins.push_back(std::move(r));
        });
    // Once the burst is queued, a device's "anything new?" is served by the general
    // workers while the sign-ins wait for theirs, one Argon2id hash at a time.
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    const auto started = std::chrono::steady_clock::now();
    const auto pull = device.call("GET", "/api/v1/sync/pull?limit=1");
    const auto pullMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    const int loginsDoneBeforeThePull = answered.load();
    for (auto& b : burst)
        b.join();
    EXPECT_EQ(pull.status, 200);
    int busy = 0;
    int signedIn = 0;
    for (const auto& r : logins) {
        if (r.status == 503) {
            ++busy;
            expectBusy(r);
        } else if (r.status == 200) {
            ++signedIn;
        } else {
            ADD_FAILURE() << r.status << " " << r.body;
        }
    }
    EXPECT_GE(signedIn, 5) << "one running and four queued are served";
    EXPECT_GT(busy, 0) << "the rest are told to come back";
    // Those refused at once aside, the sign-ins still hashing finish after the pull.
    EXPECT_LT(loginsDoneBeforeThePull - busy, signedIn)
        << "the pull waited for the sign-ins (" << pullMs.count() << " ms)";
    std::printf("pull during a burst of 12 sign-ins: %lld ms; %d signed in, %d answered 503\n",
                static_cast<long long>(pullMs.count()), signedIn, busy);
}
