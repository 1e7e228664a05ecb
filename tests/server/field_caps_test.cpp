// How large a record the server keeps, and how large a pull page it builds: each text
// field, the unknown fields of a record together, and a page in bytes as well as records
// (docs/sync-protocol.md, "Sizes").

#include "api_client.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace patrolbook;
using nlohmann::json;
using patrolbook::test::ApiClient;

namespace {

class FieldCaps : public ::testing::Test {
protected:
    static void SetUpTestSuite() { server = new test::ServerProcess(); }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    static test::ServerProcess* server;

    void SetUp() override { me = api.login("patrol"); }

    ApiClient api{server->url()};
    json me;

    json followUp(const std::string& description) const
    {
        return {{"property_id", me["user"]["property_ids"][0]},
                {"source_entity", "manual"},
                {"description", description},
                {"status", "open"},
                {"created_by", me["user"]["id"]},
                {"created_at", "2026-11-27T10:00:00+08:00"}};
    }
    static json change(const std::string& entity, const std::string& id, std::int64_t base, const json& fields)
    {
        return {{"change_id", newUuid()}, {"entity", entity}, {"id", id}, {"base_version", base}, {"fields", fields}};
    }
    json push(const json& changes)
    {
        return api.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", changes}})["results"];
    }
    static std::string reason(const json& result) { return result.value("reason", std::string{}); }
};

test::ServerProcess* FieldCaps::server = nullptr;

} // namespace

TEST_F(FieldCaps, ANoteOverItsCapIsRefusedWithItsNameAndTheOtherChangesStillGo)
{
    const auto r = push(json::array({change("follow_up", newUuid(), 0, followUp(std::string(8 * 1024, 'x'))),
                                     change("follow_up", newUuid(), 0, followUp(std::string(8 * 1024 + 1, 'x')))}));
    EXPECT_EQ(r[0]["status"], "applied") << r.dump().substr(0, 300);
    EXPECT_EQ(r[1]["status"], "rejected");
    EXPECT_NE(reason(r[1]).find("'description' is too long"), std::string::npos) << reason(r[1]);
    EXPECT_NE(reason(r[1]).find("8192"), std::string::npos) << reason(r[1]);
}

TEST_F(FieldCaps, AnEditThatMakesATextTooLongIsRefusedAndTheRecordKeepsItsValue)
{
    const std::string id = newUuid();
    const auto created = push(json::array({change("follow_up", id, 0, followUp("电梯按钮失灵"))}));
    ASSERT_EQ(created[0]["status"], "applied");
    const std::int64_t v = created[0]["version"];
    const auto r = push(json::array({change("follow_up", id, v, {{"description", std::string(20'000, 'y')}})}));
    EXPECT_EQ(r[0]["status"], "rejected");
    EXPECT_NE(reason(r[0]).find("'description'"), std::string::npos) << reason(r[0]);
    // A name, not a note: 512 bytes.
    const auto name = push(json::array({change("follow_up", id, v, {{"source_entity", std::string(513, 'z')}})}));
    EXPECT_EQ(name[0]["status"], "rejected");
    EXPECT_NE(reason(name[0]).find("'source_entity'"), std::string::npos) << reason(name[0]);
    const auto page = api.json("GET", "/api/v1/sync/pull?limit=2000");
    for (const auto& record : page["records"]) {
        if (record["id"] == id) {
            EXPECT_EQ(record["fields"]["description"], "电梯按钮失灵");
        }
    }
}

TEST_F(FieldCaps, UnknownFieldsAreKeptUpToTheirTotalCap)
{
    auto small = followUp("消防通道堆物");
    small["from_a_newer_app"] = std::string(100, 'a');
    auto large = followUp("消防通道堆物");
    for (int i = 0; i < 5; ++i)
        large["from_a_newer_app_" + std::to_string(i)] = std::string(2000, 'a');
    const auto r
        = push(json::array({change("follow_up", newUuid(), 0, small), change("follow_up", newUuid(), 0, large)}));
    EXPECT_EQ(r[0]["status"], "applied") << r.dump().substr(0, 300);
    EXPECT_EQ(r[1]["status"], "rejected");
    EXPECT_NE(reason(r[1]).find("does not know"), std::string::npos) << reason(r[1]);

    // The same through an edit, which the server merges rather than reads straight.
    const std::string id = newUuid();
    const auto created = push(json::array({change("follow_up", id, 0, small)}));
    ASSERT_EQ(created[0]["status"], "applied");
    json more;
    for (int i = 0; i < 5; ++i)
        more["later_" + std::to_string(i)] = std::string(2000, 'b');
    const auto edit = push(json::array({change("follow_up", id, created[0]["version"], more)}));
    EXPECT_EQ(edit[0]["status"], "rejected");
    EXPECT_NE(reason(edit[0]).find("does not know"), std::string::npos) << reason(edit[0]);
}

TEST_F(FieldCaps, APullPageStopsAtItsBytesAndTheRestComesOnTheNextPages)
{
    // 600 records of about 8 KiB: about 4.8 MiB, more than one page holds.
    std::set<std::string> made;
    for (int batch = 0; batch < 2; ++batch) {
        json changes = json::array();
        for (int i = 0; i < 300; ++i) {
            const std::string id = newUuid();
            made.insert(id);
            changes.push_back(change("follow_up", id, 0, followUp(std::string(8000, 'n'))));
        }
        const auto r = push(changes);
        for (const auto& each : r)
            ASSERT_EQ(each["status"], "applied");
    }
    std::string cursor;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const auto raw = api.call("GET", "/api/v1/sync/pull?limit=2000" + (cursor.empty() ? "" : "&cursor=" + cursor));
        ASSERT_EQ(raw.status, 200);
        EXPECT_LE(raw.body.size(), 4u * 1024 * 1024 + 9 * 1024) << "a page holds at most 4 MiB, or one record";
        const auto page = json::parse(raw.body);
        for (const auto& record : page["records"])
            made.erase(record["id"].get<std::string>());
        cursor = page["cursor"];
        more = page["has_more"];
        ASSERT_LT(pages, 20);
    }
    EXPECT_GE(pages, 2) << "the records did not fit one page";
    EXPECT_TRUE(made.empty()) << made.size() << " records never pulled";
}
