// The administration's policy (docs/security.md, "Administration", AdminPolicy) as a
// table: every endpoint of /api/v1/admin/, every role, the answer it gets, on a real
// server. A manager of one property (CHHY) beside the demo's manager of both.

#include "admin_client.hpp"
#include "patrolbook/uuid.hpp"

#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <memory>

using namespace patrolbook;
using nlohmann::json;
using test::AdminClient;

namespace {

// The demo's four roles, a manager of CHHY alone, an administrator.
constexpr std::array<const char*, 6> callers{"patrol", "specialist", "office", "manager", "boss-chhy", "admin"};

struct Cell {
    const char* what;
    std::function<int(AdminClient&)> call;
    std::array<int, 6> expected; // in the order of `callers`
};

class AdminApi : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::addUser(server, "boss-chhy", "manager", "--property CHHY");
        test::addUser(server, "admin", "admin");
        for (const char* who : callers) {
            as[who] = std::make_unique<AdminClient>(server.url());
            const bool demo = std::string{who} != "boss-chhy" && std::string{who} != "admin";
            ASSERT_EQ(as[who]->signIn(who, demo ? "demo" : "demo-password"), 200) << who;
        }
        properties = test::DemoProperties::of(admin());
    }

    AdminClient& admin() { return *as["admin"]; }

    // A record the administrator makes for a cell to act on.
    std::string make(const std::string& collection, const json& fields)
    {
        return admin().expect(201, "POST", collection, fields)["id"];
    }
    std::string building(const std::string& property)
    {
        return make("buildings", {{"property_id", property}, {"name", "楼" + std::to_string(++serial)}});
    }
    std::string unique(const std::string& prefix) { return prefix + std::to_string(++serial); }
    json staffFields(const std::string& role, json propertyIds)
    {
        return {{"name", "新员工"},
                {"username", unique("staff")},
                {"role", role},
                {"property_ids", std::move(propertyIds)},
                {"password", "a-long-password"}};
    }

    test::ServerProcess server;
    std::map<std::string, std::unique_ptr<AdminClient>> as;
    test::DemoProperties properties;
    int serial = 0;
};

} // namespace

TEST_F(AdminApi, EveryEndpointAnswersEachRoleAsTheTableSays)
{
    const auto& chhy = properties.chhy;
    const auto& xhzx = properties.xhzx;
    const auto chhyBuilding = building(chhy);
    const auto xhzxBuilding = building(xhzx);
    // A checklist the areas of both properties use (the demo's lobby standard).
    std::string sharedChecklist;
    const auto areas = admin().expect(200, "GET", "areas?limit=500");
    for (const auto& a : areas["records"])
        if (a["property_id"] == xhzx)
            sharedChecklist = a["checklist_id"];
    ASSERT_FALSE(sharedChecklist.empty());
    const json checklist{
        {"name", "新标准"},
        {"area_type", "lobby"},
        {"items", {{{"code", "L1"}, {"category", "details"}, {"title_zh", "地面洁净"}, {"title_en", "Floor clean"}}}}};
    std::string unitOfChhy;
    const auto units = admin().expect(200, "GET", "units?property=" + chhy + "&limit=1");
    for (const auto& u : units["records"])
        unitOfChhy = u["id"];

    const std::vector<Cell> table{
        {"list the properties",
         [](AdminClient& c) { return c.call("GET", "properties").status; },
         {403, 403, 403, 200, 200, 200}},
        {"list another property's buildings",
         [&](AdminClient& c) { return c.call("GET", "buildings?property=" + xhzx).status; },
         {403, 403, 403, 200, 403, 200}},
        {"read a building of CHHY",
         [&](AdminClient& c) { return c.call("GET", "buildings/" + chhyBuilding).status; },
         {403, 403, 403, 200, 200, 200}},
        {"read a building of XHZX",
         [&](AdminClient& c) { return c.call("GET", "buildings/" + xhzxBuilding).status; },
         {403, 403, 403, 200, 403, 200}},
        {"create a building in CHHY",
         [&](AdminClient& c) {
             return c.call("POST", "buildings", {{"property_id", chhy}, {"name", unique("楼")}}).status;
         },
         {403, 403, 403, 201, 201, 201}},
        {"create a building in XHZX",
         [&](AdminClient& c) {
             return c.call("POST", "buildings", {{"property_id", xhzx}, {"name", unique("楼")}}).status;
         },
         {403, 403, 403, 201, 403, 201}},
        {"edit a building of XHZX",
         [&](AdminClient& c) {
             return c.call("PATCH", "buildings/" + xhzxBuilding, {{"floors", 12}}).status;
         },
         {403, 403, 403, 200, 403, 200}},
        {"retire a building of CHHY",
         [&](AdminClient& c) { return c.call("DELETE", "buildings/" + building(chhy)).status; },
         {403, 403, 403, 200, 200, 200}},
        {"create a property",
         [&](AdminClient& c) {
             return c.call("POST", "properties", {{"name", "新项目"}, {"code", unique("NEW")}}).status;
         },
         {403, 403, 403, 403, 403, 201}},
        {"edit CHHY's rest hours",
         [&](AdminClient& c) {
             return c.call("PATCH", "properties/" + chhy, {{"rest_hours", {"12:00-14:00", "21:30-08:00"}}}).status;
         },
         {403, 403, 403, 200, 200, 200}},
        {"retire an empty property",
         [&](AdminClient& c) {
             const auto id = make("properties", {{"name", "空项目"}, {"code", unique("EMPTY")}});
             return c.call("DELETE", "properties/" + id).status;
         },
         {403, 403, 403, 403, 403, 200}},
        {"register an owner in CHHY",
         [&](AdminClient& c) {
             return c
                 .call("POST", "owners",
                       {{"property_id", chhy}, {"unit_id", unitOfChhy}, {"name", "新业主"}, {"title", "教师"}})
                 .status;
         },
         {403, 403, 403, 201, 201, 201}},
        {"list CHHY's owners",
         [&](AdminClient& c) { return c.call("GET", "owners?property=" + chhy).status; },
         {403, 403, 403, 200, 200, 200}},
        {"create an area in XHZX",
         [&](AdminClient& c) {
             return c
                 .call("POST", "areas",
                       {{"property_id", xhzx}, {"name", unique("区域")}, {"checklist_id", sharedChecklist}})
                 .status;
         },
         {403, 403, 403, 201, 403, 201}},
        {"create patrol staff of CHHY",
         [&](AdminClient& c) { return c.call("POST", "staff", staffFields("patrol", {chhy})).status; },
         {403, 403, 403, 201, 201, 201}},
        {"create staff of both properties",
         [&](AdminClient& c) {
             return c.call("POST", "staff", staffFields("specialist", {chhy, xhzx})).status;
         },
         {403, 403, 403, 201, 403, 201}},
        {"create an administrator",
         [&](AdminClient& c) { return c.call("POST", "staff", staffFields("admin", json::array())).status; },
         {403, 403, 403, 403, 403, 201}},
        {"edit the front desk (both properties)",
         [&](AdminClient& c) {
             return c.call("PATCH", "staff/" + as["office"]->user["id"].get<std::string>(), {{"phone", "13800000000"}})
                 .status;
         },
         {403, 403, 403, 200, 403, 200}},
        {"reset a CHHY patrol's password",
         [&](AdminClient& c) {
             const auto id = make("staff", staffFields("patrol", {chhy}));
             return c.call("POST", "staff/" + id + "/password", {{"password", "another-password"}}).status;
         },
         {403, 403, 403, 200, 200, 200}},
        {"disable a CHHY patrol",
         [&](AdminClient& c) {
             return c.call("DELETE", "staff/" + make("staff", staffFields("patrol", {chhy}))).status;
         },
         {403, 403, 403, 200, 200, 200}},
        {"list the checklists",
         [](AdminClient& c) { return c.call("GET", "checklists").status; },
         {403, 403, 403, 200, 200, 200}},
        {"create a checklist",
         [&](AdminClient& c) { return c.call("POST", "checklists", checklist).status; },
         {403, 403, 403, 201, 201, 201}},
        {"edit a checklist XHZX's areas use",
         [&](AdminClient& c) {
             return c.call("PATCH", "checklists/" + sharedChecklist, {{"name", unique("大堂标准")}}).status;
         },
         {403, 403, 403, 200, 403, 200}},
        {"retire an unused checklist",
         [&](AdminClient& c) { return c.call("DELETE", "checklists/" + make("checklists", checklist)).status; },
         {403, 403, 403, 200, 200, 200}},
    };
    for (const auto& cell : table)
        for (std::size_t r = 0; r < callers.size(); ++r)
            EXPECT_EQ(cell.call(*as[callers[r]]), cell.expected[r]) << callers[r] << ": " << cell.what;
}

TEST_F(AdminApi, WithoutASessionEveryEndpointAnswers401AndACookieNeedsTheConsoleHeader)
{
    const auto id = properties.chhy;
    AdminClient nobody(server.url());
    for (const auto& [method, path] :
         std::vector<std::pair<std::string, std::string>>{{"GET", "properties"},
                                                          {"POST", "properties"},
                                                          {"GET", "properties/" + id},
                                                          {"PATCH", "properties/" + id},
                                                          {"DELETE", "properties/" + id},
                                                          {"POST", "staff/" + id + "/password"}}) {
        const auto a = nobody.call(method, path, json::object());
        EXPECT_EQ(a.status, 401) << method << " " << path;
        EXPECT_EQ(a.contentType, "application/problem+json");
    }
    // A revoked or made-up token is no better.
    nobody.token() = "not-a-token";
    EXPECT_EQ(nobody.call("GET", "properties").status, 401);

    // The console's session opens it too; a change needs the console's header, as any
    // console change does, and another site's Origin is refused.
    AdminClient console(server.url());
    ASSERT_EQ(console.signInConsole("manager"), 200);
    EXPECT_EQ(console.call("GET", "properties").status, 200);
    EXPECT_EQ(console.call("PATCH", "properties/" + id, {{"address", "上海市黄浦区翠湖路88弄"}}).status, 200);
    EXPECT_EQ(console.call("PATCH", "properties/" + id, {{"address", "x"}}, {{"X-Patrolbook-Console", "0"}}).status,
              403);
    EXPECT_EQ(
        console.call("PATCH", "properties/" + id, {{"address", "x"}}, {{"Origin", "https://evil.example"}}).status,
        403);
    // An unknown collection, a made-up id.
    EXPECT_EQ(admin().call("GET", "spaceships").status, 404);
    EXPECT_EQ(admin().call("GET", "buildings/" + newUuid()).status, 404);
    EXPECT_EQ(admin().call("PUT", "buildings/" + newUuid(), json::object()).status, 405);
}
