// Staff and their accounts through the administration: a staff record made with a
// password signs in; a password reset revokes every token of theirs; a disabled (retired)
// staff member is signed out and refused, and signs in again once made active. An
// administrator from `user add --role admin` needs no property. Real server.

#include "admin_client.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using nlohmann::json;
using test::AdminClient;

namespace {

class AdminStaff : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(manager.signIn("manager"), 200);
        chhy = test::DemoProperties::of(manager).chhy;
        const auto made = manager.expect(201, "POST", "staff",
                                         {{"name", "钱多多"},
                                          {"username", "qian"},
                                          {"role", "patrol"},
                                          {"team", "客服一组"},
                                          {"property_ids", {chhy}},
                                          {"password", "first-password"}});
        id = made["id"];
        EXPECT_EQ(made["account"], json({{"exists", true}, {"disabled", false}}));
    }

    // A sync pull with this token: 200 while the token lives, 401 once it does not.
    int pull(test::ApiClient& phone) { return phone.call("GET", "/api/v1/sync/pull?limit=1").status; }
    int signIn(test::ApiClient& phone, const std::string& password)
    {
        phone.token.clear();
        phone.login("qian", password, "phone");
        return phone.token.empty() ? 401 : 200;
    }

    test::ServerProcess server;
    AdminClient manager{server.url()};
    std::string chhy;
    std::string id;
};

} // namespace

TEST_F(AdminStaff, APasswordResetRevokesEveryTokenOfTheirs)
{
    test::ApiClient phone(server.url()), tablet(server.url());
    ASSERT_EQ(signIn(phone, "first-password"), 200);
    ASSERT_EQ(signIn(tablet, "first-password"), 200);
    EXPECT_EQ(pull(phone), 200);

    manager.expect(200, "POST", "staff/" + id + "/password", {{"password", "second-password"}});
    EXPECT_EQ(pull(phone), 401) << "the phone's token is revoked";
    EXPECT_EQ(pull(tablet), 401) << "and the tablet's";
    EXPECT_EQ(signIn(phone, "first-password"), 401);
    EXPECT_EQ(signIn(phone, "second-password"), 200);
    EXPECT_EQ(pull(phone), 200);
    // Too short a password is refused, naming the field, and changes nothing.
    const auto refused = manager.call("POST", "staff/" + id + "/password", {{"password", "short"}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.body["field"], "password");
    EXPECT_EQ(pull(phone), 200);
    // Kept in the staff record's history: who reset it, not what to.
    const auto history = manager.expect(200, "GET", "staff/" + id)["history"];
    EXPECT_EQ(history.back()["kind"], "password_reset");
    EXPECT_EQ(history.back()["by"], manager.user["id"]);
}

TEST_F(AdminStaff, ADisabledStaffMemberIsSignedOutAndRefusedUntilMadeActiveAgain)
{
    test::ApiClient phone(server.url());
    ASSERT_EQ(signIn(phone, "first-password"), 200);
    const auto retired = manager.expect(200, "DELETE", "staff/" + id);
    EXPECT_EQ(retired["active"], false);
    EXPECT_EQ(retired["account"]["disabled"], true);
    EXPECT_EQ(pull(phone), 401);
    EXPECT_EQ(signIn(phone, "first-password"), 401);
    // The console refuses them as well.
    AdminClient console(server.url());
    EXPECT_EQ(console.signInConsole("qian", "first-password"), 401);

    const auto back = manager.expect(200, "PATCH", "staff/" + id, {{"active", true}, {"role", "specialist"}});
    EXPECT_EQ(back["account"]["disabled"], false);
    EXPECT_EQ(signIn(phone, "first-password"), 200);
    EXPECT_EQ(phone.json("GET", "/api/v1/sync/pull?limit=1").contains("records"), true);
    // The new role is theirs at once: the sign-in says so.
    EXPECT_EQ(phone.login("qian", "first-password", "phone")["user"]["role"], "specialist");
}

TEST_F(AdminStaff, ARenamedStaffMemberSignsInWithTheNewUsername)
{
    manager.expect(200, "PATCH", "staff/" + id, {{"username", "qian.duoduo"}});
    test::ApiClient phone(server.url());
    EXPECT_FALSE(phone.login("qian.duoduo", "first-password", "phone")["token"].is_null());
    phone.token.clear();
    phone.login("qian", "first-password", "phone");
    EXPECT_TRUE(phone.token.empty());
}

TEST_F(AdminStaff, AnAdministratorFromUserAddNeedsNoPropertyAndAdministersEveryOne)
{
    test::addUser(server, "root", "admin");
    AdminClient admin(server.url());
    ASSERT_EQ(admin.signIn("root", "demo-password"), 200);
    EXPECT_EQ(admin.user["role"], "admin");
    EXPECT_TRUE(admin.user["property_ids"].empty());
    const auto property = admin.expect(201, "POST", "properties",
                                       {{"name", "锦绣苑"},
                                        {"code", "JXY"},
                                        {"kind", "residential"},
                                        {"utc_offset_min", 480},
                                        {"rest_hours", {"12:00-13:30"}}});
    const std::string propertyId = property["id"];
    admin.expect(201, "POST", "staff",
                 {{"name", "锦绣苑主管"},
                  {"username", "jxy-boss"},
                  {"role", "manager"},
                  {"property_ids", {propertyId}},
                  {"password", "boss-password"}});
    // The demo's manager does not manage it.
    EXPECT_EQ(manager.call("GET", "properties/" + propertyId).status, 403);
    AdminClient boss(server.url());
    ASSERT_EQ(boss.signIn("jxy-boss", "boss-password"), 200);
    EXPECT_EQ(boss.expect(200, "GET", "properties")["records"].size(), 1U);
    boss.expect(201, "POST", "buildings", {{"property_id", propertyId}, {"name", "1幢"}, {"floors", 18}});
}
