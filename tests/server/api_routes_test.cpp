// The API's route table (routes/api_routes.cpp) with the server's real handlers and
// services over a real database, called in-process with plain Request values: each
// route reaches its handler, path parameters and query reach it intact, the protocol
// check comes first, and what is not a route is 404 or 405.

#include "inprocess_server.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "patrolbook/uuid.hpp"
#include "storage/record_repo.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace patrolbook;
using namespace patrolbook::server;
using nlohmann::json;

namespace {

class ApiRoutes : public ::testing::Test {
protected:
    test::InProcessServer server;
};

json bodyOf(const Response& r)
{
    return json::parse(r.body);
}

} // namespace

TEST_F(ApiRoutes, SignInThenPushReachTheirHandlersAndTheDatabase)
{
    const auto token = server.login("patrol");
    const auto me = server.principal("patrol");
    const std::string id = newUuid();
    const json fields{{"property_id", me.propertyIds.at(0)}, {"source_entity", "manual"},
                      {"description", "路灯不亮"},           {"status", "open"},
                      {"created_by", me.accountId},          {"created_at", "2026-11-27T10:00:00+08:00"}};
    const json push{
        {"device_id", "t"},
        {"changes",
         {{{"change_id", newUuid()}, {"entity", "follow_up"}, {"id", id}, {"base_version", 0}, {"fields", fields}}}}};
    const auto r = server.call("POST", "/api/v1/sync/push", push.dump(), token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(bodyOf(r)["results"][0]["status"], "applied") << r.body;
    const auto stored = RecordRepo(server.pool.db()).load("follow_up", id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state.fields.value("description", ""), "路灯不亮");
}

TEST_F(ApiRoutes, EveryApiRouteButSignInWantsAToken)
{
    EXPECT_EQ(server.call("POST", "/api/v1/sync/push", R"({"device_id":"t","changes":[]})").status, 401);
    EXPECT_EQ(server.call("GET", "/api/v1/sync/pull").status, 401);
    EXPECT_EQ(server.call("GET", "/api/v1/photos/" + std::string(64, 'a')).status, 401);
    EXPECT_EQ(server.call("GET", "/api/v1/sync/pull", {}, "not-a-token").status, 401);
    EXPECT_EQ(server
                  .call("POST", "/api/v1/auth/login",
                        json{{"username", "patrol"}, {"password", "wrong"}, {"device_id", "t"}}.dump())
                  .status,
              401);
}

TEST_F(ApiRoutes, TheQueryReachesThePullHandler)
{
    const auto token = server.login("manager");
    auto request = [&](std::map<std::string, std::string> query) {
        Request r;
        r.method = "GET";
        r.path = "/api/v1/sync/pull";
        r.query = std::move(query);
        r.headers["authorization"] = "Bearer " + token;
        return server.router.dispatch(r);
    };
    const auto one = request({{"limit", "1"}});
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_EQ(one.headers.at("Patrolbook-Has-More"), "true") << "the demo estate holds more than one record";
    EXPECT_EQ(request({{"limit", "zero"}}).status, 400);
    EXPECT_EQ(request({{"limit", "1"}, {"property", newUuid()}}).status, 403) << "not one of the manager's";
}

TEST_F(ApiRoutes, APhotosHashIsTakenFromItsPath)
{
    const auto token = server.login("patrol");
    EXPECT_EQ(server.call("HEAD", "/api/v1/photos/not-a-hash", {}, token).status, 400);
    EXPECT_EQ(server.call("HEAD", "/api/v1/photos/" + std::string(64, 'a'), {}, token).status, 404)
        << "a well-formed hash the server does not hold";
}

TEST_F(ApiRoutes, UnknownPathsAre404AndWrongMethods405)
{
    const auto token = server.login("patrol");
    EXPECT_EQ(server.call("GET", "/api/v1/sync/push", {}, token).status, 405);
    EXPECT_EQ(server.call("DELETE", "/api/v1/photos/" + std::string(64, 'a'), {}, token).status, 405);
    EXPECT_EQ(server.call("GET", "/api/v1/auth/login").status, 405);
    EXPECT_EQ(server.call("POST", "/healthz").status, 405);
    EXPECT_EQ(server.call("GET", "/api/v2/sync/pull", {}, token).status, 404);
    EXPECT_EQ(server.call("GET", "/api/v1/records", {}, token).status, 404);
    EXPECT_EQ(server.call("GET", "/healthz").status, 200) << "health needs no token";
}

TEST_F(ApiRoutes, AnOlderProtocolIs426BeforeAnythingElse)
{
    Request r;
    r.method = "POST";
    r.path = "/api/v1/sync/push";
    r.body = "not even JSON";
    r.headers["patrolbook-protocol"] = std::to_string(sync::protocolVersion - 1);
    const auto old = server.router.dispatch(r);
    EXPECT_EQ(old.status, 426) << "neither 401 (no token) nor 400 (the body)";
    EXPECT_EQ(old.headers.at("Upgrade"), "Patrolbook-Protocol/" + std::to_string(sync::protocolVersion));
    r.headers["patrolbook-protocol"] = "two";
    EXPECT_EQ(server.router.dispatch(r).status, 400);
    r.headers["patrolbook-protocol"] = std::to_string(sync::protocolVersion);
    EXPECT_EQ(server.router.dispatch(r).status, 401) << "the current protocol goes on to the handler";
}
