// Where serve listens, and whose address a request is from: off loopback only behind a
// proxy, and X-Forwarded-For believed from that proxy only.

#include "api_client.hpp"
#include "http/http_server.hpp"
#include "server_process.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <cstdio>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

struct Run {
    int status = -1;
    std::string output;
};

Run serverCommand(const std::string& args)
{
    Run r;
    FILE* p = ::popen((std::string{PATROLBOOK_SERVER_BIN} + " " + args + " 2>&1").c_str(), "r");
    char buf[512];
    while (std::fgets(buf, sizeof buf, p))
        r.output += buf;
    const int status = ::pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

} // namespace

TEST(ServeListen, ANonLoopbackListenIsRefusedWithoutBehindProxy)
{
    TempDir dir;
    ASSERT_EQ(serverCommand("init --data-dir " + dir.path().string()).status, 0);
    const int port = freePort();
    for (const std::string host : {"0.0.0.0", "[::]", "192.0.2.10"}) {
        const auto r = serverCommand("serve --data-dir " + dir.path().string() + " --listen " + host + ":"
                                     + std::to_string(port));
        EXPECT_EQ(r.status, 2) << host << ": " << r.output;
        EXPECT_NE(r.output.find("--behind-proxy"), std::string::npos) << r.output;
    }
    const auto stray = serverCommand("serve --data-dir " + dir.path().string() + " --proxy 127.0.0.1");
    EXPECT_EQ(stray.status, 2) << "--proxy alone is a mistake: " << stray.output;
}

TEST(ServeListen, BehindProxyItListensOffLoopback)
{
    ServerProcess server("0.0.0.0", {"--behind-proxy", "--proxy", "127.0.0.1"});
    ApiClient api(server.url());
    EXPECT_EQ(api.call("GET", "/healthz").status, 200);
}

TEST(ServeListen, ForwardedForIsBelievedOnlyFromTheProxyAndOnlyItsLastEntry)
{
    using server::HttpServer;
    EXPECT_EQ(HttpServer::clientAddress("127.0.0.1", "203.0.113.5", "127.0.0.1"), "203.0.113.5");
    EXPECT_EQ(HttpServer::clientAddress("127.0.0.1", "10.1.1.1, 203.0.113.5", "127.0.0.1"), "203.0.113.5")
        << "the entries before the proxy's own were written by the client";
    EXPECT_EQ(HttpServer::clientAddress("::ffff:127.0.0.1", " 2001:db8::7 ", "127.0.0.1"), "2001:db8::7");
    EXPECT_EQ(HttpServer::clientAddress("198.51.100.2", "203.0.113.5", "127.0.0.1"), "198.51.100.2")
        << "a client that is not the proxy";
    EXPECT_EQ(HttpServer::clientAddress("127.0.0.1", "203.0.113.5", ""), "127.0.0.1") << "no proxy configured";
    EXPECT_EQ(HttpServer::clientAddress("127.0.0.1", "not-an-address", "127.0.0.1"), "127.0.0.1");
    EXPECT_EQ(HttpServer::clientAddress("127.0.0.1", "", "127.0.0.1"), "127.0.0.1");
}
