// Push bodies as other clients may write them: the server reads the text, and stores a
// new record's fields as they were sent where that means the same to every reader.

#include "api_client.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using nlohmann::json;

namespace {

class PushBody : public ::testing::Test {
protected:
    test::ServerProcess server;

    json pushText(test::ApiClient& api, const std::string& body)
    {
        const auto r = api.call("POST", "/api/v1/sync/push", body);
        EXPECT_EQ(r.status, 200) << r.body;
        return json::parse(r.body)["results"];
    }

    // The record as a full pull gives it.
    static json pulled(test::ApiClient& api, const std::string& id)
    {
        std::string cursor;
        for (;;) {
            const auto page
                = api.json("GET", "/api/v1/sync/pull?limit=2000" + (cursor.empty() ? "" : "&cursor=" + cursor));
            for (const auto& r : page["records"])
                if (r["id"] == id)
                    return r;
            if (!page["has_more"].get<bool>())
                return nullptr;
            cursor = page["cursor"];
        }
    }
};

} // namespace

TEST_F(PushBody, AnIndentedBodyWithMembersInAnyOrderIsTakenAndPulledBackAsSent)
{
    test::ApiClient patrol(server.url());
    const auto me = patrol.login("patrol");
    const std::string id = newUuid();
    const json fields{{"property_id", me["user"]["property_ids"][0]},
                      {"source_entity", "manual"},
                      {"description", "井盖松动 \"loose\" cover\n二号楼"},
                      {"status", "open"},
                      {"created_by", me["user"]["id"]},
                      {"created_at", "2026-11-27T10:00:00+08:00"},
                      {"due_at", "2026-11-29T10:00:00+08:00"},
                      {"from_a_newer_app", {{"nested", {1, 2.5, "three"}}}}};
    // Fields first, the envelope after, indented, with a member this server ignores.
    const std::string body = "{\n  \"changes\" : [ {\n    \"fields\" : " + fields.dump(4) + ",\n    \"id\": \"" + id
        + "\", \"entity\":\"follow_up\", \"change_id\": \"" + newUuid()
        + "\", \"base_version\" : 0, \"deleted\": false, \"comment\": [1, {}]\n  } ],\n"
          "  \"device_id\": \"a-tablet\"\n}\n";
    const auto results = pushText(patrol, body);
    ASSERT_EQ(results.size(), 1u);
    ASSERT_EQ(results[0]["status"], "applied") << results.dump();

    const auto record = pulled(patrol, id);
    ASSERT_TRUE(record.is_object());
    EXPECT_EQ(record["fields"], fields);
    EXPECT_EQ(record["version"], results[0]["version"]);
}

TEST_F(PushBody, ARepeatedFieldNameMeansItsLastValueToEveryRuleOfTheServer)
{
    test::ApiClient patrol(server.url());
    const auto me = patrol.login("patrol");
    const std::string inspection = newUuid();
    const std::string item = newUuid();
    const json draft{{"property_id", me["user"]["property_ids"][0]},
                     {"area_id", newUuid()},
                     {"checklist_id", newUuid()},
                     {"inspector_id", me["user"]["id"]},
                     {"started_at", "2026-11-27T10:00:00+08:00"},
                     {"status", "draft"}};
    // The item's "result" comes twice: null, then "pass". The last one counts.
    const std::string itemFields = R"({"inspection_id":")" + inspection
        + R"(","item_code":"A","category":"cleanliness","title":"A","result":null,"result":"pass"})";
    const std::string first = R"({"device_id":"t","changes":[{"change_id":")" + newUuid()
        + R"(","entity":"inspection","id":")" + inspection + R"(","base_version":0,"fields":)" + draft.dump()
        + R"(},{"change_id":")" + newUuid() + R"(","entity":"inspection_item","id":")" + item
        + R"(","base_version":0,"fields":)" + itemFields + "}]}";
    auto results = pushText(patrol, first);
    ASSERT_EQ(results[0]["status"], "applied") << results.dump();
    ASSERT_EQ(results[1]["status"], "applied") << results.dump();
    EXPECT_EQ(pulled(patrol, item)["fields"]["result"], "pass");

    // Finishing in a later push: the item, read back from the store, is answered.
    const json finish{
        {"device_id", "t"},
        {"changes",
         json::array({{{"change_id", newUuid()},
                       {"entity", "inspection"},
                       {"id", inspection},
                       {"base_version", results[0]["version"]},
                       {"fields", {{"status", "finished"}, {"finished_at", "2026-11-27T10:05:00+08:00"}}}}})}};
    results = pushText(patrol, finish.dump());
    EXPECT_EQ(results[0]["status"], "applied") << results.dump();
}

TEST_F(PushBody, ABodyThatIsNotJsonSaysWhereItGoesWrong)
{
    test::ApiClient patrol(server.url());
    patrol.login("patrol");
    const std::string body = R"({"device_id":"t","changes":[{"change_id":"x",}]})";
    const auto r = patrol.call("POST", "/api/v1/sync/push", body);
    EXPECT_EQ(r.status, 400);
    const auto problem = json::parse(r.body);
    const std::string where = "at byte " + std::to_string(body.find(",}") + 1);
    EXPECT_NE(problem["detail"].get<std::string>().find(where), std::string::npos) << r.body;
}
