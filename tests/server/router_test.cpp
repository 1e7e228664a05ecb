// The route table on its own, through plain Request/Response values: which handler a
// method and path reach, what its path parameters are, and the answers for everything
// else (404, 405, an error thrown by a handler).

#include "api/api_error.hpp"
#include "patrolbook/error.hpp"
#include "routes/router.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace patrolbook;
using namespace patrolbook::server;

namespace {

Request request(std::string method, std::string path)
{
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    return r;
}

// A handler that answers with its own name and the parameters it was given, so a test
// sees which route was taken.
Handler named(std::string name)
{
    return [name](const Request&, const PathParams& params) {
        nlohmann::json body{{"route", name}, {"params", params}};
        return Response::json(body.dump());
    };
}

nlohmann::json bodyOf(const Response& r)
{
    return nlohmann::json::parse(r.body);
}

class RouterTest : public ::testing::Test {
protected:
    RouterTest()
    {
        router.add("GET", "/api/v1/photos/{sha256}", named("get photo"));
        router.add("PUT", "/api/v1/photos/{sha256}", named("put photo"));
        router.add("POST", "/api/v1/sync/push", named("push"));
        router.add("GET", "/api/v1/sync/pull", named("pull"));
        router.add("GET", "/api/v1/things/{kind}/{id}", named("thing"));
    }
    Router router;
};

} // namespace

TEST_F(RouterTest, TheMethodAndPathChooseTheHandler)
{
    const auto push = router.dispatch(request("POST", "/api/v1/sync/push"));
    EXPECT_EQ(push.status, 200);
    EXPECT_EQ(bodyOf(push)["route"], "push");
    EXPECT_EQ(bodyOf(router.dispatch(request("GET", "/api/v1/sync/pull")))["route"], "pull");
    EXPECT_EQ(bodyOf(router.dispatch(request("GET", "/api/v1/photos/abc")))["route"], "get photo");
    EXPECT_EQ(bodyOf(router.dispatch(request("PUT", "/api/v1/photos/abc")))["route"], "put photo")
        << "one pattern, a handler per method";
}

TEST_F(RouterTest, BracedSegmentsArePassedAsPathParameters)
{
    const auto photo = bodyOf(router.dispatch(request("GET", "/api/v1/photos/9f86d081")));
    EXPECT_EQ(photo["params"], (nlohmann::json{{"sha256", "9f86d081"}}));
    const auto thing = bodyOf(router.dispatch(request("GET", "/api/v1/things/inspection/42")));
    EXPECT_EQ(thing["params"], (nlohmann::json{{"kind", "inspection"}, {"id", "42"}}));
}

TEST_F(RouterTest, EmptySegmentsAndATrailingSlashAreIgnored)
{
    EXPECT_EQ(bodyOf(router.dispatch(request("POST", "/api/v1/sync/push/")))["route"], "push");
    EXPECT_EQ(bodyOf(router.dispatch(request("POST", "//api/v1//sync/push")))["route"], "push");
}

TEST_F(RouterTest, AnUnknownPathIs404AsProblemJson)
{
    for (const char* path : {"/api/v1/sync", "/api/v1/sync/push/more", "/api/v1/photos", "/", "/nothing"}) {
        const auto r = router.dispatch(request("GET", path));
        EXPECT_EQ(r.status, 404) << path;
        EXPECT_EQ(r.contentType, "application/problem+json") << path;
        EXPECT_EQ(bodyOf(r)["status"], 404) << path;
    }
}

TEST_F(RouterTest, AKnownPathWithAnotherMethodIs405NotTheOtherHandler)
{
    const auto r = router.dispatch(request("GET", "/api/v1/sync/push"));
    EXPECT_EQ(r.status, 405);
    EXPECT_EQ(r.contentType, "application/problem+json");
    EXPECT_NE(bodyOf(r)["detail"].get<std::string>().find("GET"), std::string::npos) << r.body;
    EXPECT_EQ(router.dispatch(request("DELETE", "/api/v1/photos/abc")).status, 405);
    EXPECT_EQ(router.dispatch(request("post", "/api/v1/sync/push")).status, 405) << "methods are matched exactly";
}

TEST_F(RouterTest, AnErrorThrownByAHandlerBecomesItsProblemAnswer)
{
    router.add("POST", "/forbidden",
               [](const Request&, const PathParams&) -> Response { throw ApiError::forbidden("not yours"); });
    router.add("POST", "/invalid", [](const Request&, const PathParams&) -> Response {
        throw Error(ErrorDomain::Validation, ErrorCode::Required, "a note is needed");
    });
    router.add("POST", "/crash",
               [](const Request&, const PathParams&) -> Response { throw std::runtime_error("secret internals"); });

    const auto forbidden = router.dispatch(request("POST", "/forbidden"));
    EXPECT_EQ(forbidden.status, 403);
    EXPECT_EQ(bodyOf(forbidden)["detail"], "not yours");
    EXPECT_EQ(router.dispatch(request("POST", "/invalid")).status, 422);
    const auto crash = router.dispatch(request("POST", "/crash"));
    EXPECT_EQ(crash.status, 500);
    EXPECT_EQ(crash.body.find("secret internals"), std::string::npos) << "nothing of the internals leaks";
}

TEST_F(RouterTest, RouteOfNamesThePatternNotThePath)
{
    EXPECT_EQ(router.routeOf(request("GET", "/api/v1/photos/9f86d081")), "/api/v1/photos/{sha256}");
    EXPECT_EQ(router.routeOf(request("DELETE", "/api/v1/photos/9f86d081")), "/api/v1/photos/{sha256}")
        << "a wrong method still names its path's route";
    EXPECT_EQ(router.routeOf(request("GET", "/wp-login.php")), "unmatched");
}
