// The console's sign-in for browsers (docs/console-api.md): a session cookie scripts
// cannot read and other sites cannot ride, sign-out, the same throttle as devices, and
// the console's pages served with a Content-Security-Policy. Each test on a real server.

#include "console_client.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/timestamp.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <regex>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

std::string header(const sync::HttpResponse& r, const std::string& name)
{
    const auto it = r.headers.find(name);
    return it == r.headers.end() ? std::string{} : it->second;
}

bool isProblem(const sync::HttpResponse& r)
{
    return header(r, "content-type").find("application/problem+json") != std::string::npos;
}

class ConsoleSession : public ::testing::Test {
protected:
    test::ServerProcess server;
    ConsoleClient office{server.url()};
};

} // namespace

TEST_F(ConsoleSession, SignInSetsAnHttpOnlySameSiteStrictCookieThatOpensTheApi)
{
    const auto r = office.login("office");
    ASSERT_EQ(r.status, 200) << r.body;
    const auto cookie = header(r, "set-cookie");
    EXPECT_NE(cookie.find("patrolbook_session="), std::string::npos);
    EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos);
    EXPECT_NE(cookie.find("; Path=/"), std::string::npos);
    EXPECT_NE(cookie.find("; Max-Age=43200"), std::string::npos) << "twelve hours";
    EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain HTTP on loopback: a Secure cookie would be lost";
    EXPECT_FALSE(json::parse(r.body).contains("token")) << "the token is in the cookie only";
    EXPECT_EQ(header(r, "cache-control"), "no-store");

    const auto me = office.json("/api/v1/console/me");
    EXPECT_EQ(me["user"]["role"], "office");
    EXPECT_EQ(me["properties"].size(), me["user"]["property_ids"].size());
    EXPECT_FALSE(me["staff"].empty());
    EXPECT_FALSE(me["areas"].empty());
}

TEST_F(ConsoleSession, WithoutASessionEveryReadIs401ProblemJson)
{
    for (const std::string& path :
         std::vector<std::string>{"/api/v1/console/me", "/api/v1/console/records",
                                  "/api/v1/console/records/inspection/0190aa00-0000-7000-8000-000000000000",
                                  "/api/v1/console/photos/" + std::string(64, 'a')}) {
        const auto r = office.get(path);
        EXPECT_EQ(r.status, 401) << path;
        EXPECT_TRUE(isProblem(r)) << path;
    }
    const auto forged = office.get("/api/v1/console/records", {{"Cookie", "patrolbook_session=forged"}});
    EXPECT_EQ(forged.status, 401);
}

TEST_F(ConsoleSession, TheCookieIsNotADeviceTokenAndADeviceTokenIsNotASession)
{
    ASSERT_EQ(office.login("office").status, 200);
    // A cookie rides along with any request a page makes: sync must not take it.
    EXPECT_EQ(office.get("/api/v1/sync/pull").status, 401);
    test::ApiClient device(server.url());
    device.login("office");
    EXPECT_EQ(device.call("GET", "/api/v1/console/records").status, 401);
}

TEST_F(ConsoleSession, AStateChangeWithoutTheConsoleHeaderOrFromAnotherOriginIsRefused)
{
    // A cross-site form can post a body but not a custom header.
    auto r = office.login("office", "demo", {});
    EXPECT_EQ(r.status, 403);
    EXPECT_TRUE(isProblem(r));
    EXPECT_TRUE(header(r, "set-cookie").empty());
    r = office.login("office", "demo", {{"X-Patrolbook-Console", "1"}, {"Origin", "https://evil.example"}});
    EXPECT_EQ(r.status, 403);
    r = office.login("office", "demo", {{"X-Patrolbook-Console", "1"}, {"Sec-Fetch-Site", "cross-site"}});
    EXPECT_EQ(r.status, 403);
    r = office.login("office", "demo", {{"X-Patrolbook-Console", "1"}, {"Origin", "null"}});
    EXPECT_EQ(r.status, 403);

    const auto host = "127.0.0.1:" + std::to_string(server.port());
    r = office.login("office", "demo",
                     {{"X-Patrolbook-Console", "1"}, {"Origin", "http://" + host}, {"Sec-Fetch-Site", "same-origin"}});
    ASSERT_EQ(r.status, 200) << r.body;

    // Sign-out is a change too: a forged one leaves the session alone.
    EXPECT_EQ(office.post("/api/v1/console/logout", {}).status, 403);
    EXPECT_EQ(office.post("/api/v1/console/logout", {{"X-Patrolbook-Console", "1"}, {"Origin", "http://evil.example"}})
                  .status,
              403);
    EXPECT_EQ(office.get("/api/v1/console/me").status, 200);
}

TEST_F(ConsoleSession, SignOutRevokesTheSessionAndClearsTheCookie)
{
    ASSERT_EQ(office.login("office").status, 200);
    const auto stolen = office.cookie;
    const auto r = office.post("/api/v1/console/logout");
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(header(r, "set-cookie").find("patrolbook_session=; Path=/; Max-Age=0"), std::string::npos);
    // The old cookie, replayed, is dead on the server too.
    EXPECT_EQ(office.get("/api/v1/console/me", {{"Cookie", stolen}}).status, 401);
}

TEST_F(ConsoleSession, WrongPasswordsAreThrottledLikeADevicesSignIns)
{
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(office.login("office", "wrong").status, 401);
    const auto r = office.login("office", "demo");
    EXPECT_EQ(r.status, 429) << "the same throttle as /api/v1/auth/login";
    EXPECT_FALSE(header(r, "retry-after").empty());
}

TEST_F(ConsoleSession, ASessionExpiresOnTheServerWhateverTheBrowserKeeps)
{
    ASSERT_EQ(office.login("office").status, 200);
    {
        // Twelve hours later, as the server's clock sees it: the token's expiry passed.
        sqlite::Database db(server.dataDir() / "server.db");
        sqlite::Statement expire(db, "UPDATE token SET expires_at = ? WHERE device_id = 'console'");
        expire.bind(1, Timestamp::now().utcMs - 1);
        expire.run();
        ASSERT_EQ(db.changes(), 1);
    }
    const auto r = office.get("/api/v1/console/me");
    EXPECT_EQ(r.status, 401);
    EXPECT_NE(r.body.find("expired"), std::string::npos) << r.body;
}

TEST_F(ConsoleSession, ADisabledAccountsSessionEnds)
{
    ASSERT_EQ(office.login("office").status, 200);
    ASSERT_EQ(server.runCommand("user disable --data-dir " + server.dataDir().string() + " --username office"), 0);
    EXPECT_EQ(office.get("/api/v1/console/me").status, 401);
}

TEST_F(ConsoleSession, ThePagesComeWithAPolicyThatAllowsNoInlineScript)
{
    const auto page = office.get("/console/");
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(header(page, "content-type"), "text/html; charset=utf-8");
    const auto csp = header(page, "content-security-policy");
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos);
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(header(page, "x-content-type-options"), "nosniff");
    EXPECT_EQ(office.get("/console").status, 200);

    // Every script the page names is served from here, with a script's type; none is inline.
    const std::regex script(R"re(<script([^>]*)>([^<]*)</script>)re");
    int scripts = 0;
    for (std::sregex_iterator it(page.body.begin(), page.body.end(), script), end; it != end; ++it) {
        ++scripts;
        EXPECT_TRUE((*it)[2].str().empty()) << "an inline script";
        std::smatch src;
        const auto attrs = (*it)[1].str();
        ASSERT_TRUE(std::regex_search(attrs, src, std::regex(R"re(src="(/console/[^"]+)")re"))) << attrs;
        const auto js = office.get(src[1].str());
        EXPECT_EQ(js.status, 200) << src[1];
        EXPECT_EQ(header(js, "content-type"), "text/javascript; charset=utf-8");
        EXPECT_NE(header(js, "cache-control").find("immutable"), std::string::npos);
    }
    EXPECT_GE(scripts, 1);
    EXPECT_EQ(office.get("/console/no-such-file.js").status, 404);
    EXPECT_EQ(office.get("/console/assets/..%2f..%2fserver.db").status, 404);
}

TEST(ConsoleSessionBehindTheProxy, TheCookieIsSecureWhenTheProxySaysTheClientCameOverTls)
{
    test::ServerProcess server("127.0.0.1", {"--behind-proxy", "--proxy", "127.0.0.1"});
    ConsoleClient overTls(server.url());
    auto r = overTls.login("office", "demo", {{"X-Patrolbook-Console", "1"}, {"X-Forwarded-Proto", "https"}});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_NE(header(r, "set-cookie").find("; Secure"), std::string::npos);

    ConsoleClient plain(server.url());
    r = plain.login("office", "demo", {{"X-Patrolbook-Console", "1"}, {"X-Forwarded-Proto", "http"}});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(header(r, "set-cookie").find("Secure"), std::string::npos);
}

TEST(ConsoleSessionDirect, AClientsOwnForwardedProtoIsNotBelieved)
{
    test::ServerProcess server; // no proxy: nobody may claim TLS for themselves
    ConsoleClient client(server.url());
    const auto r = client.login("office", "demo", {{"X-Patrolbook-Console", "1"}, {"X-Forwarded-Proto", "https"}});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(header(r, "set-cookie").find("Secure"), std::string::npos);
}
