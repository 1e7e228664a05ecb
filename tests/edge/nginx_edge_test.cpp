// nginx in front, as deployed (deploy/nginx/patrolbook.conf): a real nginx on random
// loopback ports with a certificate made here, in front of a real server, taking the
// requests that hurt cpprestsdk's listener on its own (issue 17). Afterwards the server
// still takes a sync push and every change it acknowledged is there.

#include "api_client.hpp"
#include "http/http_server.hpp"
#include "nginx_process.hpp"
#include "patrolbook/uuid.hpp"
#include "raw_connection.hpp"
#include "server_process.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <thread>
#include <vector>

using namespace patrolbook;
using namespace patrolbook::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string statusLine(const std::string& answer)
{
    return answer.substr(0, answer.find("\r\n"));
}

std::string answerOver(int port, bool tls, const std::string& request)
{
    RawConnection c(port, tls);
    c.write(request);
    return c.readResponse(5s);
}

// What nginx answers to `request`, sent over TLS as it is.
std::string answerTo(const NginxProcess& nginx, const std::string& request)
{
    return answerOver(nginx.tlsPort(), true, request);
}

std::string commandOutput(const std::string& command)
{
    std::string out;
    FILE* p = ::popen((command + " 2>/dev/null").c_str(), "r");
    char buf[256];
    while (std::fgets(buf, sizeof buf, p))
        out += buf;
    ::pclose(p);
    return out;
}

json followUpPush(const json& user, const std::string& description)
{
    return {{"device_id", "chunked"},
            {"changes",
             json::array({{{"change_id", newUuid()},
                           {"entity", "follow_up"},
                           {"id", newUuid()},
                           {"base_version", 0},
                           {"fields",
                            {{"property_id", user["property_ids"][0]},
                             {"description", description},
                             {"status", "open"},
                             {"created_by", user["id"]},
                             {"created_at", "2026-11-27T10:00:00+08:00"}}}}})}};
}

std::set<std::string> idsOnTheServer(const std::string& url)
{
    ApiClient api(url);
    api.login("manager");
    std::set<std::string> ids;
    std::string cursor;
    for (int page = 0; page < 1000; ++page) {
        const auto answer
            = api.json("GET", "/api/v1/sync/pull?limit=2000" + (cursor.empty() ? std::string{} : "&cursor=" + cursor));
        for (const auto& r : answer.at("records"))
            ids.insert(r.at("id").get<std::string>());
        cursor = answer.at("cursor").get<std::string>();
        if (!answer.at("has_more").get<bool>())
            break;
    }
    return ids;
}

} // namespace

TEST(NginxEdge, HostileRequestsStopAtNginxAndNothingAcknowledgedIsLost)
{
    // 2,000 client sockets here and as many in nginx.
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = std::min<rlim_t>(files.rlim_max, 20'000);
    ::setrlimit(RLIMIT_NOFILE, &files);

    ServerProcess server("127.0.0.1", {"--behind-proxy", "--proxy", "127.0.0.1"});
    NginxProcess nginx(server.port());
    // The devices trust the test's certificate as they would a real one.
    ::setenv("SSL_CERT_FILE", nginx.certificate().c_str(), 1);

    TempDir dir;
    Device phone(dir.file("phone.db"), nginx.url());
    phone.engine->signIn("patrol", "demo");
    std::vector<std::string> made;
    for (int i = 0; i < 20; ++i)
        made.push_back(phone.newFollowUp("before the attack " + std::to_string(i)).id);
    phone.engine->syncOnce();
    ASSERT_EQ(phone.store->outbox().pendingCount(), 0) << "pushed through nginx";

    // A header dripped a byte at a time, all along: nginx ends it at client_header_timeout.
    double dripCut = -1;
    std::thread drip([&] {
        RawConnection c(nginx.tlsPort(), true);
        const auto started = Clock::now();
        c.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Drip: ");
        while (secondsSince(started) < 30) {
            if (c.closedWithin(500ms) || !c.write("a")) {
                dripCut = secondsSince(started);
                return;
            }
        }
    });

    const auto negative = answerTo(nginx,
                                   "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                   "Content-Type: application/json\r\n\r\n-2\r\nab\r\n0\r\n\r\n");
    EXPECT_EQ(statusLine(negative), "HTTP/1.1 400 Bad Request") << "a negative chunk size";

    const auto huge = answerTo(nginx,
                               "POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "fffffffffffffffffffff\r\nab\r\n0\r\n\r\n");
    const auto hugeStatus = statusLine(huge);
    EXPECT_TRUE(hugeStatus == "HTTP/1.1 400 Bad Request" || hugeStatus == "HTTP/1.1 413 Request Entity Too Large")
        << "a huge chunk size: " << hugeStatus;

    const auto bigStarted = Clock::now();
    const auto tenGigabytes
        = answerTo(nginx,
                   "PUT /api/v1/photos/" + std::string(64, 'a')
                       + " HTTP/1.1\r\nHost: x\r\nContent-Type: image/jpeg\r\nContent-Length: 10737418240\r\n\r\n");
    const double bigSeconds = secondsSince(bigStarted);
    EXPECT_EQ(statusLine(tenGigabytes), "HTTP/1.1 413 Request Entity Too Large");
    EXPECT_NE(tenGigabytes.find("application/problem+json"), std::string::npos) << tenGigabytes;
    EXPECT_LT(bigSeconds, 2.0) << "refused before a byte of the body";

    std::string megabyteHeader = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: " + std::string(1 << 20, 'h') + "\r\n\r\n";
    const auto oneHeader = answerTo(nginx, megabyteHeader);
    std::string manyHeaders = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 1024; ++i)
        manyHeaders += "X-Pad-" + std::to_string(i) + ": " + std::string(1000, 'h') + "\r\n";
    const auto headerFlood = answerTo(nginx, manyHeaders + "\r\n");
    for (const auto* answer : {&oneHeader, &headerFlood})
        EXPECT_TRUE(answer->empty() || statusLine(*answer) == "HTTP/1.1 400 Bad Request")
            << "1 MB of headers: " << statusLine(*answer);

    const auto metrics = answerTo(nginx, "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(statusLine(metrics), "HTTP/1.1 404 Not Found");
    EXPECT_EQ(metrics.find("patrolbook_"), std::string::npos);

    // A chunked push arrives at the server de-chunked (the server itself refuses chunked
    // bodies with 411).
    ApiClient viaNginx(nginx.url());
    const auto me = viaNginx.login("patrol");
    const auto push = followUpPush(me["user"], "sent in chunks").dump();
    std::string chunked;
    for (std::size_t at = 0; at < push.size(); at += 100) {
        const auto piece = push.substr(at, 100);
        char size[16];
        std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
        chunked += size + piece + "\r\n";
    }
    const auto chunkedAnswer = answerTo(
        nginx,
        "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
        "Authorization: Bearer "
            + viaNginx.token + "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked + "0\r\n\r\n");
    EXPECT_EQ(statusLine(chunkedAnswer), "HTTP/1.1 200 OK") << chunkedAnswer;
    EXPECT_NE(chunkedAnswer.find("\"applied\""), std::string::npos) << chunkedAnswer;
    made.push_back(json::parse(push)["changes"][0]["id"].get<std::string>());

    // 2,000 idle connections, and a push meanwhile.
    const auto idleStarted = Clock::now();
    std::vector<std::unique_ptr<RawConnection>> idle;
    for (int i = 0; i < 2000; ++i)
        idle.push_back(std::make_unique<RawConnection>(nginx.tlsPort(), false));
    const double idleOpenSeconds = secondsSince(idleStarted);
    for (int i = 0; i < 5; ++i)
        made.push_back(phone.newFollowUp("during the idle flood " + std::to_string(i)).id);
    const auto pushStarted = Clock::now();
    phone.engine->syncOnce();
    const double pushSeconds = secondsSince(pushStarted);
    EXPECT_EQ(phone.store->outbox().pendingCount(), 0) << "a push while 2,000 connections idle";
    idle.clear();

    // Sign-ins beyond limit_req's burst are nginx's 429, in the API's format.
    int limited = 0;
    std::string limitedAnswer;
    for (int i = 0; i < 24 && limited == 0; ++i) {
        const auto r = viaNginx.call("POST", "/api/v1/auth/login",
                                     json{{"username", "office"}, {"password", "demo"}, {"device_id", "d"}}.dump());
        if (r.status == 429) {
            ++limited;
            limitedAnswer = r.body;
            EXPECT_TRUE(r.headers.count("retry-after"));
        }
    }
    EXPECT_EQ(limited, 1) << "limit_req on sign-in";
    EXPECT_NE(limitedAnswer.find("\"status\":429"), std::string::npos) << limitedAnswer;

    drip.join();
    EXPECT_GT(dripCut, 0) << "the dripping header was never cut off";
    EXPECT_LT(dripCut, 14.0);

    // Afterwards: the server is the same process, takes a push, and has everything.
    ASSERT_EQ(::kill(server.pid(), 0), 0);
    EXPECT_TRUE(nginx.running());
    made.push_back(phone.newFollowUp("after the attack").id);
    phone.engine->syncOnce();
    EXPECT_EQ(phone.store->outbox().pendingCount(), 0);
    // None of it reached the server: it answered no 400, 411 or 413 of its own.
    const auto counted = ApiClient(server.url()).call("GET", "/metrics").body;
    for (const char* status : {"status=\"400\"", "status=\"411\"", "status=\"413\""})
        EXPECT_EQ(counted.find(status), std::string::npos) << status << " came from the server:\n" << counted;
    const auto onServer = idsOnTheServer(server.url());
    for (const auto& id : made)
        EXPECT_TRUE(onServer.count(id)) << id << " was acknowledged and is gone";
    EXPECT_EQ(nginx.errorLog().find("worker_connections are not enough"), std::string::npos);

    std::printf("negative chunk: %s | huge chunk: %s | 10 GB Content-Length: %s in %.3f s | 1 MB header: %s | "
                "1 MB of headers: %s | header drip cut after %.1f s | 2,000 idle connections opened in %.2f s, "
                "push meanwhile %.3f s | %zu acknowledged records all on the server\n",
                statusLine(negative).c_str(), hugeStatus.c_str(), statusLine(tenGigabytes).c_str(), bigSeconds,
                oneHeader.empty() ? "closed" : statusLine(oneHeader).c_str(),
                headerFlood.empty() ? "closed" : statusLine(headerFlood).c_str(), dripCut, idleOpenSeconds, pushSeconds,
                made.size());
}

TEST(NginxEdge, ItSpeaksOnlyTls13WithHttp2AndCapsTheRequestsOfOneAddress)
{
    ServerProcess server("127.0.0.1", {"--behind-proxy", "--proxy", "127.0.0.1"});
    NginxProcess nginx(server.port());
    const std::string url = nginx.url() + "/healthz";
    EXPECT_EQ(commandOutput("curl -sk --http2 -o /dev/null -w '%{http_version} %{http_code}' " + url), "2 200");
    EXPECT_EQ(commandOutput("curl -sk --tlsv1.2 --tls-max 1.2 -o /dev/null -w '%{http_code}' " + url), "000")
        << "TLS 1.2 is refused";
    EXPECT_EQ(statusLine(answerOver(nginx.httpPort(), false, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")),
              "HTTP/1.1 301 Moved Permanently");

    // 64 requests of one address waiting for their bodies; the 65th is refused.
    std::vector<std::unique_ptr<RawConnection>> waiting;
    for (int i = 0; i < 64; ++i) {
        waiting.push_back(std::make_unique<RawConnection>(nginx.tlsPort(), true));
        waiting.back()->write("POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n");
    }
    std::this_thread::sleep_for(200ms);
    const auto refused = answerTo(nginx, "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    EXPECT_EQ(statusLine(refused), "HTTP/1.1 429 Too Many Requests") << refused;
    EXPECT_NE(refused.find("application/problem+json"), std::string::npos);
    waiting.clear();
    EXPECT_EQ(commandOutput("curl -sk -o /dev/null -w '%{http_code}' " + url), "200") << "served again";
}

TEST(NginxEdge, ItsBodyCapsAreTheServers)
{
    // A body the server would take gets through nginx (and is answered by the server:
    // 401, no token); one byte more is nginx's 413 before a byte of it is sent.
    ServerProcess server("127.0.0.1", {"--behind-proxy", "--proxy", "127.0.0.1"});
    NginxProcess nginx(server.port());
    const struct {
        std::string path;
        std::size_t cap;
    } caps[] = {{"/api/v1/sync/push", server::HttpServer::maxJsonBody},
                {"/api/v1/photos/" + std::string(64, 'b'), server::HttpServer::maxPhotoBody}};
    for (const auto& [path, cap] : caps) {
        const std::string method = path.find("photos") != std::string::npos ? "PUT" : "POST";
        const auto over = answerTo(
            nginx,
            method + " " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(cap + 1) + "\r\n\r\n");
        EXPECT_EQ(statusLine(over), "HTTP/1.1 413 Request Entity Too Large") << path;
        std::string body = "{}";
        body.resize(cap, ' ');
        const auto at = answerTo(nginx,
                                 method + " " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                     + "Content-Type: application/json\r\nContent-Length: " + std::to_string(cap)
                                     + "\r\n\r\n" + body);
        EXPECT_EQ(statusLine(at), "HTTP/1.1 401 Unauthorized") << path << ": " << at.substr(0, 300);
    }
}

TEST(NginxEdge, AGuessersAddressIsLockedOutWhileTheUserSignsInThroughTheSameNginx)
{
    // Two clients, 127.0.0.2 and 127.0.0.3, as nginx sees them; the guesser also writes
    // an X-Forwarded-For of its own, which nginx replaces.
    ServerProcess server("127.0.0.1", {"--behind-proxy", "--proxy", "127.0.0.1"});
    NginxProcess nginx(server.port());
    auto signIn = [&](const std::string& from, const std::string& password) {
        const std::string body = json{{"username", "patrol"}, {"password", password}, {"device_id", "d"}}.dump();
        RawConnection c(nginx.tlsPort(), true, from);
        c.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Forwarded-For: 192.0.2."
                + std::to_string(std::rand() % 250 + 1) + "\r\nContent-Type: application/json\r\nContent-Length: "
                + std::to_string(body.size()) + "\r\n\r\n" + body);
        return statusLine(c.readResponse(5s));
    };
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(signIn("127.0.0.2", "guess"), "HTTP/1.1 401 Unauthorized");
    EXPECT_EQ(signIn("127.0.0.2", "demo"), "HTTP/1.1 429 Too Many Requests");
    EXPECT_EQ(signIn("127.0.0.3", "demo"), "HTTP/1.1 200 OK");
}
