// Sign-in throttling that an attacker cannot turn against the users: the address that
// failed is refused, the user elsewhere signs in. The server runs as deployed behind
// nginx (--behind-proxy --proxy 127.0.0.1), so each test speaks from addresses of its
// own through X-Forwarded-For, as nginx would write it.

#include "api_client.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/timestamp.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace patrolbook;
using namespace patrolbook::test;
using nlohmann::json;

namespace {

class LoginThrottle : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = new ServerProcess(
            "127.0.0.1", {"--behind-proxy", "--proxy", "127.0.0.1", "--login-workers", "2", "--login-queue", "64"});
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }

    // A sign-in as it reaches the server from nginx on behalf of `from`.
    static sync::HttpResponse login(const std::string& from, const std::string& username, const std::string& password)
    {
        ApiClient api(server->url());
        return api.call("POST", "/api/v1/auth/login",
                        json{{"username", username}, {"password", password}, {"device_id", "d"}}.dump(),
                        {{"X-Forwarded-For", from}});
    }

    static void expectProblem(const sync::HttpResponse& r, int status)
    {
        EXPECT_EQ(r.status, status) << r.body;
        EXPECT_EQ(r.headers.count("content-type") ? r.headers.at("content-type") : "", "application/problem+json");
        const auto body = json::parse(r.body, nullptr, false);
        ASSERT_TRUE(body.is_object()) << r.body;
        EXPECT_EQ(body["status"], status);
    }

    static std::int64_t count(const std::string& where)
    {
        sqlite::Database db(server->dataDir() / "server.db");
        sqlite::Statement st(db, "SELECT count(*) FROM login_failure WHERE " + where);
        st.step();
        return st.getInt64(0);
    }

    static ServerProcess* server;
};

ServerProcess* LoginThrottle::server = nullptr;

} // namespace

TEST_F(LoginThrottle, TheAddressThatGuessedIsLockedOutWhileTheUserSignsInFromElsewhere)
{
    const std::string attacker = "203.0.113.9";
    for (int i = 0; i < 5; ++i)
        expectProblem(login(attacker, "patrol", "guess-" + std::to_string(i)), 401);
    const auto locked = login(attacker, "patrol", "demo");
    expectProblem(locked, 429);
    ASSERT_TRUE(locked.headers.count("retry-after"));
    const int wait = std::stoi(locked.headers.at("retry-after"));
    EXPECT_GT(wait, 0);
    EXPECT_LE(wait, 15 * 60);

    EXPECT_EQ(login("198.51.100.7", "patrol", "demo").status, 200) << "the user, on their own network";
    EXPECT_EQ(login(attacker, "manager", "demo").status, 200) << "the lock is on this address for this user";
    expectProblem(login(attacker, "patrol", "demo"), 429);
}

TEST_F(LoginThrottle, AnAddressSprayingManyUsernamesIsLockedOutForAll)
{
    const std::string sprayer = "203.0.113.20";
    for (int i = 0; i < 20; ++i)
        expectProblem(login(sprayer, "user" + std::to_string(i), "Summer2026!"), 401);
    expectProblem(login(sprayer, "office", "demo"), 429);
    EXPECT_EQ(login("198.51.100.20", "office", "demo").status, 200);
}

TEST_F(LoginThrottle, ManyAddressesGuessingOneUserLockOnlyTheAddressesThatFailed)
{
    // One guess from each of 100 addresses: no address reaches its own limits, but the
    // username's is reached.
    std::vector<std::thread> guessers;
    for (int t = 0; t < 4; ++t)
        guessers.emplace_back([t] {
            for (int i = t; i < 100; i += 4)
                login("10.9." + std::to_string(i / 200) + "." + std::to_string(i % 200 + 1), "manager", "guess");
        });
    for (auto& g : guessers)
        g.join();
    expectProblem(login("10.9.0.1", "manager", "demo"), 429);
    EXPECT_EQ(login("198.51.100.30", "manager", "demo").status, 200) << "an address that never failed";
}

TEST_F(LoginThrottle, ParallelGuessesAreCountedBeforeTheyAreTried)
{
    // Two sign-in threads: were the count read before a failure is written, guesses
    // arriving together would all read "under the limit" and all be tried.
    std::atomic<int> tried{0};
    std::atomic<int> refused{0};
    std::vector<std::thread> guessers;
    for (int i = 0; i < 16; ++i)
        guessers.emplace_back([&, i] {
            const auto r = login("203.0.113.40", "specialist", "guess-" + std::to_string(i));
            (r.status == 401 ? tried : refused)++;
        });
    for (auto& g : guessers)
        g.join();
    EXPECT_EQ(tried.load(), 5);
    EXPECT_EQ(refused.load(), 11);
}

TEST_F(LoginThrottle, ALongUsernameIsRefusedAndNothingIsStored)
{
    const std::string tooLong(65, 'x');
    const auto r = login("203.0.113.50", tooLong, "guess");
    expectProblem(r, 400);
    EXPECT_NE(r.body.find("username"), std::string::npos) << r.body;
    expectProblem(login("203.0.113.50", std::string(64, 'y'), "guess"), 401);
    EXPECT_EQ(count("length(username) > 64"), 0);
    EXPECT_EQ(count("username = '" + std::string(64, 'y') + "'"), 1);
    expectProblem(login("203.0.113.50", "patrol", std::string(1025, 'p')), 400);
}

TEST_F(LoginThrottle, ADisabledAccountAnswersTheSameWhetherOrNotThePasswordWasRight)
{
    ASSERT_EQ(server->runCommand("user add --data-dir " + server->dataDir().string()
                                     + " --username leaver --name Leaver --role patrol --property CHHY",
                                 "the-right-password\n"),
              0);
    ASSERT_EQ(login("198.51.100.60", "leaver", "the-right-password").status, 200);
    ASSERT_EQ(server->runCommand("user disable --data-dir " + server->dataDir().string() + " --username leaver"), 0);
    const auto right = login("198.51.100.60", "leaver", "the-right-password");
    const auto wrong = login("198.51.100.61", "leaver", "a-wrong-password");
    const auto unknown = login("198.51.100.62", "nobody-here", "a-wrong-password");
    expectProblem(right, 401);
    EXPECT_EQ(right.body, wrong.body);
    EXPECT_EQ(right.body, unknown.body);
}

TEST_F(LoginThrottle, FailuresOlderThanTheWindowArePrunedAndNoLongerCount)
{
    const std::int64_t old = Timestamp::now().utcMs - 16 * 60'000;
    {
        sqlite::Database db(server->dataDir() / "server.db");
        for (int i = 0; i < 5; ++i) {
            sqlite::Statement st(db, "INSERT INTO login_failure (address, username, at) VALUES (?, ?, ?)");
            st.bind(1, "198.51.100.70").bind(2, "office").bind(3, old + i);
            st.run();
        }
    }
    EXPECT_EQ(count("at <= " + std::to_string(old + 4)), 5);
    EXPECT_EQ(login("198.51.100.70", "office", "demo").status, 200);
    EXPECT_EQ(count("at <= " + std::to_string(old + 4)), 0);
}

TEST(LoginThrottleDirect, ForwardedForIsIgnoredFromAnyoneButTheProxy)
{
    // Not behind a proxy, and behind one elsewhere: an attacker writing a new
    // X-Forwarded-For for every guess is still one address.
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{}, std::vector<std::string>{"--behind-proxy", "--proxy", "192.0.2.1"}}) {
        ServerProcess server("127.0.0.1", args);
        ApiClient api(server.url());
        int status = 0;
        for (int i = 0; i < 6; ++i)
            status = api.call("POST", "/api/v1/auth/login",
                              json{{"username", "office"}, {"password", i < 5 ? "guess" : "demo"}, {"device_id", "d"}}
                                  .dump(),
                              {{"X-Forwarded-For", "198.18.0." + std::to_string(i + 1)}})
                         .status;
        EXPECT_EQ(status, 429);
    }
}
