// A change made through the administration reaches a phone through its normal sync:
// the headless patrolbook-device signs in as patrol staff of 翠湖花园, pulls the estate,
// a manager registers an owner (with the details kept in `extra`), renames a building
// and retires an area, and the phone's next sync brings each; the server's history says
// who did it and when. Real server, real device store.

#include "admin_client.hpp"
#include "patrolbook/store.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <cstdio>

using namespace patrolbook;
using nlohmann::json;
using test::AdminClient;

namespace {

int device(const std::string& args)
{
    const std::string cmd = std::string{PATROLBOOK_DEVICE_BIN} + " " + args + " >/dev/null 2>&1";
    const int status
        = std::system(cmd.c_str()); // NOLINT(cert-env33-c,concurrency-mt-unsafe): our own binary, one thread
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST(AdminSync, AChangeReachesADeviceThroughANormalSync)
{
    test::ServerProcess server;
    test::TempDir dir;
    const auto phone = dir.file("phone.db");
    const std::string at = "--db " + phone.string() + " --server " + server.url();
    ASSERT_EQ(device(at + " login patrol demo"), 0);
    ASSERT_EQ(device(at + " sync"), 0);

    AdminClient manager(server.url());
    ASSERT_EQ(manager.signIn("manager"), 200);
    const auto chhy = test::DemoProperties::of(manager).chhy;
    const auto unit = manager.expect(200, "GET", "units?property=" + chhy + "&limit=1")["records"][0];
    const auto owner = manager.expect(201, "POST", "owners",
                                      {{"property_id", chhy},
                                       {"unit_id", unit["id"]},
                                       {"name", "林晓雅"},
                                       {"gender", "female"},
                                       {"phone", "13912345678"},
                                       {"member", true},
                                       {"member_card_no", "VIP-0815"},
                                       {"channels", {"phone", "sms"}},
                                       {"preferred_hours", {"18:00-20:00"}},
                                       {"preferences", "请先短信联系"},
                                       {"title", "中学教师"},
                                       {"car_plates", {"沪A·12345", "沪B·67890"}},
                                       {"move_in_date", "2024-05-01"},
                                       {"notes", "新入住业主"}});
    const std::string ownerId = owner["id"];
    const std::string buildingId = unit["building_id"];
    manager.expect(200, "PATCH", "buildings/" + buildingId, {{"name", "一号楼（改名）"}});
    std::string areaId;
    const auto page = manager.expect(200, "GET", "areas?property=" + chhy + "&limit=1");
    for (const auto& a : page["records"])
        areaId = a["id"];
    manager.expect(200, "DELETE", "areas/" + areaId);

    ASSERT_EQ(device(at + " sync"), 0);
    {
        Store store(phone);
        const auto pulled = store.records().get<Owner>(ownerId);
        ASSERT_TRUE(pulled.has_value()) << "the new owner is on the phone";
        EXPECT_EQ(pulled->name, "林晓雅");
        EXPECT_TRUE(pulled->member);
        EXPECT_EQ(pulled->memberCardNo, "VIP-0815");
        EXPECT_EQ(pulled->channels, (std::vector<ContactChannel>{ContactChannel::Phone, ContactChannel::Sms}));
        const auto extra = json::parse(pulled->extra);
        EXPECT_EQ(extra["title"], "中学教师") << "details beyond the schema travel in extra, kept verbatim";
        EXPECT_EQ(extra["car_plates"], json({"沪A·12345", "沪B·67890"}));
        EXPECT_EQ(extra["move_in_date"], "2024-05-01");
        EXPECT_EQ(store.records().get<Building>(buildingId)->name, "一号楼（改名）");
        EXPECT_FALSE(store.records().get<Area>(areaId)->active) << "a retired area stays, inactive";
    }

    // Retired: the owner goes from the phone at its next sync.
    manager.expect(200, "DELETE", "owners/" + ownerId);
    ASSERT_EQ(device(at + " sync"), 0);
    {
        Store store(phone);
        const auto gone = store.records().get<Owner>(ownerId);
        EXPECT_TRUE(!gone || gone->deleted);
        for (const auto& o : store.records().all<Owner>())
            EXPECT_NE(o.id, ownerId);
    }

    // Who and when: the record's history on the server.
    const auto history = manager.expect(200, "GET", "owners/" + ownerId)["history"];
    ASSERT_EQ(history.size(), 2U) << history.dump();
    EXPECT_EQ(history[0]["kind"], "created");
    EXPECT_EQ(history[0]["by"], manager.user["id"]);
    EXPECT_EQ(history[1]["kind"], "deleted");
    EXPECT_EQ(history[1]["by"], manager.user["id"]);
    EXPECT_EQ(history[1]["device"], "admin-test");
    EXPECT_FALSE(history[1]["at"].get<std::string>().empty());
    const auto building = manager.expect(200, "GET", "buildings/" + buildingId);
    const auto& edit = building["history"].back();
    EXPECT_EQ(edit["kind"], "edited");
    EXPECT_EQ(edit["changes"][0]["field"], "name");
    EXPECT_EQ(edit["changes"][0]["new"], "一号楼（改名）");
}
