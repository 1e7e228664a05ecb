// What a photo record may name: someone's work (or a line of it), its own picture for
// good, and for the front desk only follow-ups and visits.

#include "api_client.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using nlohmann::json;
using patrolbook::test::ApiClient;

namespace {

class PhotoRules : public ::testing::Test {
protected:
    static void SetUpTestSuite() { server = new test::ServerProcess(); }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    static test::ServerProcess* server;

    static json change(const std::string& entity, const std::string& id, std::int64_t base, const json& fields)
    {
        return {{"change_id", newUuid()}, {"entity", entity}, {"id", id}, {"base_version", base}, {"fields", fields}};
    }
    static json photoOf(const std::string& entity, const std::string& id)
    {
        return {{"sha256", std::string(64, 'a')},          {"size_bytes", 1000},      {"mime_type", "image/jpeg"},
                {"taken_at", "2026-11-27T10:00:00+08:00"}, {"record_entity", entity}, {"record_id", id}};
    }
    static json push(ApiClient& api, const json& changes)
    {
        return api.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", changes}})["results"];
    }
};

test::ServerProcess* PhotoRules::server = nullptr;

} // namespace

TEST_F(PhotoRules, APhotoBelongsToSomeonesWorkNotToAnAreaOrAnotherPhoto)
{
    ApiClient manager(server->url());
    const auto boss = manager.login("manager");
    const std::string area = newUuid();
    const auto made = push(manager,
                           json::array({change("area", area, 0,
                                               {{"property_id", boss["user"]["property_ids"][0]},
                                                {"name", "东门岗亭"},
                                                {"checklist_id", newUuid()},
                                                {"patrol_every_days", 1}})}));
    ASSERT_EQ(made[0]["status"], "applied") << made.dump();
    const auto ofArea = push(manager, json::array({change("photo", newUuid(), 0, photoOf("area", area))}));
    EXPECT_EQ(ofArea[0]["status"], "rejected");
    EXPECT_NE(ofArea[0]["reason"].get<std::string>().find("cannot belong to a 'area'"), std::string::npos)
        << ofArea.dump();

    // A photo of a follow-up is fine; a photo of that photo is not.
    const std::string followUp = newUuid();
    const std::string photo = newUuid();
    const auto good = push(manager,
                           json::array({change("follow_up", followUp, 0,
                                               {{"property_id", boss["user"]["property_ids"][0]},
                                                {"source_entity", "manual"},
                                                {"description", "门禁失灵"},
                                                {"status", "open"},
                                                {"created_by", boss["user"]["id"]},
                                                {"created_at", "2026-11-27T10:00:00+08:00"}}),
                                        change("photo", photo, 0, photoOf("follow_up", followUp))}));
    ASSERT_EQ(good[1]["status"], "applied") << good.dump();
    const auto ofPhoto = push(manager, json::array({change("photo", newUuid(), 0, photoOf("photo", photo))}));
    EXPECT_EQ(ofPhoto[0]["status"], "rejected") << ofPhoto.dump();

    // Its picture is what it is: another picture is another photo record.
    const auto swapped
        = push(manager, json::array({change("photo", photo, good[1]["version"], {{"sha256", std::string(64, 'b')}})}));
    EXPECT_EQ(swapped[0]["status"], "rejected");
    EXPECT_NE(swapped[0]["reason"].get<std::string>().find("sha256"), std::string::npos) << swapped.dump();
}

TEST_F(PhotoRules, TheFrontDeskPhotographsFollowUpsAndVisitsNotPatrols)
{
    ApiClient patrol(server->url());
    const auto me = patrol.login("patrol");
    const std::string inspection = newUuid();
    const auto made = push(patrol,
                           json::array({change("inspection", inspection, 0,
                                               {{"property_id", me["user"]["property_ids"][0]},
                                                {"area_id", newUuid()},
                                                {"checklist_id", newUuid()},
                                                {"inspector_id", me["user"]["id"]},
                                                {"started_at", "2026-11-27T10:00:00+08:00"},
                                                {"status", "draft"}})}));
    ASSERT_EQ(made[0]["status"], "applied");
    ApiClient office(server->url());
    const auto desk = office.login("office");
    const auto onPatrol = push(office, json::array({change("photo", newUuid(), 0, photoOf("inspection", inspection))}));
    EXPECT_EQ(onPatrol[0]["status"], "rejected");
    EXPECT_NE(onPatrol[0]["reason"].get<std::string>().find("front-desk"), std::string::npos) << onPatrol.dump();

    const std::string followUp = newUuid();
    const auto onFollowUp = push(office,
                                 json::array({change("follow_up", followUp, 0,
                                                     {{"property_id", me["user"]["property_ids"][0]},
                                                      {"source_entity", "manual"},
                                                      {"description", "业主来电报修"},
                                                      {"status", "open"},
                                                      {"created_by", desk["user"]["id"]},
                                                      {"created_at", "2026-11-27T10:00:00+08:00"}}),
                                              change("photo", newUuid(), 0, photoOf("follow_up", followUp))}));
    EXPECT_EQ(onFollowUp[1]["status"], "applied") << onFollowUp.dump();
}
