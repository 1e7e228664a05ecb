// Every error status of the API, caused by the request that should cause it, answered
// as application/problem+json.

#include "api_client.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace patrolbook;
using nlohmann::json;
using patrolbook::test::ApiClient;

namespace {

class ApiErrors : public ::testing::Test {
protected:
    static void SetUpTestSuite() { server = new test::ServerProcess(); }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }

    void expectProblem(const sync::HttpResponse& r, int status, const std::string& detailPart = {})
    {
        EXPECT_EQ(r.status, status) << r.body;
        EXPECT_EQ(r.headers.count("content-type") ? r.headers.at("content-type") : "", "application/problem+json");
        const auto body = json::parse(r.body, nullptr, false);
        ASSERT_TRUE(body.is_object()) << r.body;
        EXPECT_EQ(body["status"], status);
        EXPECT_TRUE(body["title"].is_string());
        EXPECT_TRUE(body["type"].is_string());
        ASSERT_TRUE(body["detail"].is_string());
        if (!detailPart.empty()) {
            EXPECT_NE(body["detail"].get<std::string>().find(detailPart), std::string::npos) << body["detail"];
        }
    }

    static test::ServerProcess* server;
    ApiClient api{server->url()};
};

test::ServerProcess* ApiErrors::server = nullptr;

std::string pushBody(const json& changes)
{
    return json{{"device_id", "d"}, {"changes", changes}}.dump();
}

} // namespace

TEST_F(ApiErrors, MalformedJsonIs400)
{
    api.login("patrol");
    expectProblem(api.call("POST", "/api/v1/sync/push", "{\"device_id\": "), 400, "not valid JSON");
    expectProblem(api.call("POST", "/api/v1/sync/push", "[1,2]"), 400, "JSON object");
    expectProblem(api.call("POST", "/api/v1/sync/push", R"({"device_id":"d","changes":[{"entity":"area"}]})"), 400,
                  "change_id");
    expectProblem(api.call("POST", "/api/v1/auth/login", R"({"username":"patrol"})"), 400, "password");
    expectProblem(api.call("GET", "/api/v1/sync/pull?limit=abc"), 400, "limit");
    expectProblem(api.call("GET", "/api/v1/sync/pull?cursor=garbage"), 400, "cursor");
    EXPECT_EQ(api.call("HEAD", "/api/v1/photos/not-a-hash").status, 400) << "HEAD answers carry no body";
}

TEST_F(ApiErrors, NoOrBadTokenIs401)
{
    expectProblem(api.call("GET", "/api/v1/sync/pull"), 401, "sign in");
    api.token = std::string(64, 'a');
    expectProblem(api.call("GET", "/api/v1/sync/pull"), 401, "sign in again");
    expectProblem(api.call("POST", "/api/v1/sync/push", pushBody(json::array())), 401);
    ApiClient other(server->url());
    const auto r
        = other.call("POST", "/api/v1/auth/login", R"({"username":"manager","password":"nope","device_id":"d"})");
    expectProblem(r, 401, "wrong username or password");
}

TEST_F(ApiErrors, LoggedOutTokenIs401)
{
    api.login("specialist");
    EXPECT_EQ(api.call("GET", "/api/v1/sync/pull?limit=1").status, 200);
    EXPECT_EQ(api.call("POST", "/api/v1/auth/logout").status, 200);
    expectProblem(api.call("GET", "/api/v1/sync/pull?limit=1"), 401);
}

TEST_F(ApiErrors, PullingAnotherPropertyIs403)
{
    ApiClient manager(server->url());
    const auto managerLogin = manager.login("manager");
    const auto login = api.login("patrol");
    ASSERT_EQ(login["user"]["property_ids"].size(), 1u);
    std::string other;
    for (const auto& p : managerLogin["user"]["property_ids"])
        if (p != login["user"]["property_ids"][0])
            other = p.get<std::string>();
    ASSERT_FALSE(other.empty());
    expectProblem(api.call("GET", "/api/v1/sync/pull?property=" + other), 403, "access");
}

TEST_F(ApiErrors, UnknownPathOrPhotoIs404AndWrongMethod405)
{
    api.login("patrol");
    expectProblem(api.call("GET", "/api/v2/anything"), 404);
    expectProblem(api.call("GET", "/api/v1/photos/" + std::string(64, 'b')), 404, "no photo");
    expectProblem(api.call("DELETE", "/api/v1/sync/push"), 405);
}

TEST_F(ApiErrors, PhotoUploadAtTheWrongOffsetIs409WithTheRightOffset)
{
    api.login("patrol");
    const std::string sha(64, 'c');
    const auto r = api.call("PUT", "/api/v1/photos/" + sha, "abc",
                            {{"Content-Range", "bytes 10-12/100"}, {"Content-Type", "image/jpeg"}});
    expectProblem(r, 409, "holds 0 bytes");
    EXPECT_EQ(r.headers.at("upload-offset"), "0");
}

TEST_F(ApiErrors, TooManyChangesOrTooBigABodyIs413)
{
    api.login("patrol");
    json changes = json::array();
    for (std::size_t i = 0; i <= sync::maxChangesPerPush; ++i)
        changes.push_back({{"change_id", newUuid()},
                           {"entity", "follow_up"},
                           {"id", newUuid()},
                           {"base_version", 0},
                           {"fields", json::object()}});
    expectProblem(api.call("POST", "/api/v1/sync/push", pushBody(changes)), 413,
                  std::to_string(sync::maxChangesPerPush));
    const std::string huge(5 * 1024 * 1024, ' ');
    expectProblem(api.call("POST", "/api/v1/sync/push", huge), 413);
}

TEST_F(ApiErrors, AChunkedBodyIs411BeforeAnythingIsRead)
{
    // Sent by hand: the test client always gives a Content-Length.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(server->port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    const std::string request = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                "Content-Type: application/json\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n";
    ASSERT_EQ(::send(fd, request.data(), request.size(), 0), static_cast<ssize_t>(request.size()));
    char buf[2048] = {};
    const auto n = ::recv(fd, buf, sizeof buf - 1, 0);
    ::close(fd);
    ASSERT_GT(n, 0);
    EXPECT_EQ(std::string(buf, static_cast<std::size_t>(n)).rfind("HTTP/1.1 411", 0), 0u) << buf;
}

TEST_F(ApiErrors, APhotoWhoseBytesDoNotMatchItsHashIs422)
{
    api.login("patrol");
    const std::string sha(64, 'd');
    expectProblem(api.call("PUT", "/api/v1/photos/" + sha, "not the photo", {{"Content-Type", "image/jpeg"}}), 422,
                  "SHA-256");
    EXPECT_EQ(api.call("HEAD", "/api/v1/photos/" + sha).headers.at("upload-offset"), "0") << "the bad upload is gone";
}

TEST_F(ApiErrors, AnOldProtocolIs426)
{
    api.login("patrol");
    expectProblem(api.call("GET", "/api/v1/sync/pull", "", {{"Patrolbook-Protocol", "0"}}), 426, "update");
}

TEST_F(ApiErrors, RepeatedWrongPasswordsAre429WithRetryAfter)
{
    ApiClient guesser(server->url());
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(
            guesser.call("POST", "/api/v1/auth/login", R"({"username":"office","password":"guess","device_id":"x"})")
                .status,
            401);
    const auto r
        = guesser.call("POST", "/api/v1/auth/login", R"({"username":"office","password":"demo","device_id":"x"})");
    expectProblem(r, 429, "try again");
    ASSERT_TRUE(r.headers.count("retry-after"));
    EXPECT_GT(std::stoi(r.headers.at("retry-after")), 0);
}

TEST_F(ApiErrors, GarbageNeverCrashesTheServer)
{
    api.login("patrol");
    for (const char* body : {"", "null", "{}", "{\"changes\":null}", "\xff\xfe", "{\"device_id\":1,\"changes\":[]}",
                             "{\"device_id\":\"d\",\"changes\":[null,1,\"x\"]}"})
        EXPECT_EQ(api.call("POST", "/api/v1/sync/push", body).status, 400) << body;
    EXPECT_EQ(api.call("GET", "/healthz").status, 200);
}
