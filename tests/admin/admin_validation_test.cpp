// What the administration refuses, and how: the shared rules (validation.cpp) and the
// registry's own consistency answered as 422 problem+json naming each field at fault,
// stale and still-used records as 409. Real server.

#include "admin_client.hpp"
#include "patrolbook/uuid.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace patrolbook;
using nlohmann::json;
using test::AdminClient;

namespace {

class AdminValidation : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(manager.signIn("manager"), 200);
        properties = test::DemoProperties::of(manager);
    }

    // The call is refused as 422 problem+json naming `field` first.
    json refused(const std::string& method, const std::string& path, const json& body, const std::string& field)
    {
        const auto a = manager.call(method, path, body);
        EXPECT_EQ(a.status, 422) << path << " " << body.dump() << ": " << a.body.dump();
        EXPECT_EQ(a.contentType, "application/problem+json");
        EXPECT_EQ(a.body.value("field", ""), field) << a.body.dump();
        EXPECT_EQ(a.body.value("status", 0), 422);
        EXPECT_FALSE(a.body.value("detail", "").empty());
        return a.body;
    }

    test::ServerProcess server;
    AdminClient manager{server.url()};
    test::DemoProperties properties;
};

} // namespace

TEST_F(AdminValidation, EveryProblemIsProblemJsonNamingTheField)
{
    const auto& p = properties.chhy;
    refused("POST", "buildings", {{"property_id", p}, {"name", "1号楼"}, {"floors", -3}}, "floors");
    refused("POST", "buildings", {{"property_id", p}, {"name", "1号楼"}, {"floors", "ten"}}, "floors");
    refused("POST", "buildings", {{"property_id", p}}, "name");
    refused("POST", "buildings", {{"property_id", p}, {"name", "1号楼"}, {"flors", 3}}, "flors");
    refused("PATCH", "properties/" + p, {{"rest_hours", {"lunchtime"}}}, "rest_hours");
    refused("PATCH", "properties/" + p, {{"utc_offset_min", 24 * 60}}, "utc_offset_min");
    refused("PATCH", "properties/" + p, {{"code", "XHZX"}}, "code"); // the other property's

    // Every problem at once, so a form marks them all.
    const auto units = manager.expect(200, "GET", "units?property=" + p + "&limit=1")["records"];
    ASSERT_EQ(units.size(), 1U);
    const auto all = refused("POST", "owners",
                             {{"property_id", p},
                              {"unit_id", units[0]["id"]},
                              {"name", "王芳"},
                              {"email", "no-at-sign"},
                              {"preferred_hours", {"evenings"}},
                              {"move_in_date", "2024-02-30"},
                              {"car_plates", {"沪A·12345", 7}}},
                             "email");
    std::set<std::string> fields;
    for (const auto& e : all["errors"])
        fields.insert(e["field"].get<std::string>());
    EXPECT_EQ(fields, (std::set<std::string>{"email", "preferred_hours", "move_in_date", "car_plates"}));

    // References: a unit of another property, a building that is not one.
    const auto xhzxBuilding = manager.expect(200, "GET", "buildings?property=" + properties.xhzx + "&limit=1");
    refused("POST", "units", {{"property_id", p}, {"building_id", xhzxBuilding["records"][0]["id"]}, {"number", "101"}},
            "building_id");
    refused("POST", "units", {{"property_id", p}, {"building_id", p}, {"number", "101"}}, "building_id");
    refused("POST", "owners", {{"property_id", p}, {"unit_id", newUuid()}, {"name", "无房号"}}, "unit_id");
    // A username is one person's.
    refused("POST", "staff",
            {{"name", "重名"}, {"username", "patrol"}, {"property_ids", {p}}, {"password", "a-long-password"}},
            "username");
    refused("POST", "staff", {{"name", "短密码"}, {"username", "shorty"}, {"property_ids", {p}}, {"password", "123"}},
            "password");
    refused("POST", "staff",
            {{"name", "无项目"}, {"username", "x1"}, {"property_ids", {"CHHY"}}, {"password", "12345678"}},
            "property_ids");
    // The sizes a device's push is held to, and a username that could sign in.
    refused("POST", "buildings", {{"property_id", p}, {"name", std::string(600, 'x')}}, "name");
    refused("POST", "staff",
            {{"name", "长名"}, {"username", std::string(65, 'u')}, {"property_ids", {p}}, {"password", "12345678"}},
            "username");
    // A record stays in its property.
    const auto building = manager.expect(201, "POST", "buildings", {{"property_id", p}, {"name", "临时楼"}})["id"];
    refused("PATCH", "buildings/" + building.get<std::string>(), {{"property_id", properties.xhzx}}, "property_id");
}

TEST_F(AdminValidation, MalformedStaleAndStillUsedAreRefusedToo)
{
    const auto& p = properties.chhy;
    // Not JSON, not an object: 400.
    test::ApiClient raw(server.url());
    raw.token = manager.token();
    EXPECT_EQ(raw.call("POST", "/api/v1/admin/buildings", "{\"name\":").status, 400);
    EXPECT_EQ(raw.call("POST", "/api/v1/admin/buildings", "[1,2]").status, 400);
    EXPECT_EQ(raw.call("GET", "/api/v1/admin/buildings?limit=0").status, 400);
    EXPECT_EQ(raw.call("GET", "/api/v1/admin/buildings?limit=abc").status, 400);
    EXPECT_EQ(raw.call("GET", "/api/v1/admin/buildings?property=CHHY").status, 400);
    EXPECT_EQ(raw.call("GET", "/api/v1/admin/buildings?after=x").status, 400);

    // Edited by someone else since it was read: 409, and nothing is written.
    const auto made = manager.expect(201, "POST", "buildings", {{"property_id", p}, {"name", "9号楼"}});
    const std::string id = made["id"];
    manager.expect(200, "PATCH", "buildings/" + id, {{"floors", 9}, {"version", made["version"]}});
    EXPECT_EQ(manager.call("PATCH", "buildings/" + id, {{"floors", 10}, {"version", made["version"]}}).status, 409);
    EXPECT_EQ(manager.expect(200, "GET", "buildings/" + id)["floors"], 9);

    // A building with a unit stays until the unit goes; then it retires, and comes back.
    const auto unit
        = manager.expect(201, "POST", "units", {{"property_id", p}, {"building_id", id}, {"number", "901"}});
    const auto busy = manager.call("DELETE", "buildings/" + id);
    EXPECT_EQ(busy.status, 409) << busy.body.dump();
    manager.expect(200, "DELETE", "units/" + unit["id"].get<std::string>());
    EXPECT_EQ(manager.expect(200, "DELETE", "buildings/" + id)["deleted"], true);
    EXPECT_EQ(manager.call("PATCH", "buildings/" + id, {{"floors", 3}}).status, 409) << "retired";
    const auto back = manager.expect(200, "PATCH", "buildings/" + id, {{"deleted", false}});
    EXPECT_EQ(back["deleted"], false);
    // Lists leave tombstones out unless asked.
    const auto units = "units?limit=500&property=" + p;
    auto listed = [&](const std::string& query) {
        bool found = false;
        const auto page = manager.expect(200, "GET", units + query);
        for (const auto& u : page["records"])
            found = found || u["id"] == unit["id"];
        return found;
    };
    EXPECT_FALSE(listed(""));
    EXPECT_TRUE(listed("&retired=true"));
}
