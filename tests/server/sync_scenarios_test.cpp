// Sync under faults, with real devices (SQLite files + the shared engine + HTTP) against
// a real server process. Each scenario ends with expectConverged(): outboxes drained,
// every device equal to the server, nothing acknowledged lost, nothing duplicated.

#include "api_client.hpp"
#include "auth/password.hpp"
#include "patrolbook/demo_estate.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/uuid.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <thread>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

class SyncScenario : public ::testing::Test {
protected:
    ServerProcess server;
    TempDir dir;

    std::unique_ptr<Device> device(const std::string& name, const std::string& user = "patrol")
    {
        auto d = std::make_unique<Device>(dir.file(name + ".db"), server.url());
        d->engine->signIn(user, "demo");
        d->engine->pull();
        return d;
    }

    std::int64_t serverCount(const std::string& entity)
    {
        sqlite::Database db(server.dataDir() / "server.db");
        sqlite::Statement st(db, "SELECT count(*) FROM record WHERE entity = '" + entity + "'");
        st.step();
        return st.getInt64(0);
    }
};

} // namespace

TEST_F(SyncScenario, RecordsMadeOfflineReachTheServerAndTheOtherDevice)
{
    auto a = device("a");
    auto b = device("b");
    const auto f = a->newFollowUp("3号楼大堂地砖破损");
    const auto report = a->engine->syncOnce();
    EXPECT_EQ(report.push.applied, 1);
    b->engine->pull();
    const auto onB = b->store->records().get<FollowUp>(f.id);
    ASSERT_TRUE(onB);
    EXPECT_EQ(onB->description, "3号楼大堂地砖破损");
    EXPECT_GT(onB->version, 0);
    expectConverged(server.url(), {a.get(), b.get()});
}

namespace {

// Finished inspections of 12 items, each inspection's items saved before it.
void saveFinishedInspections(Device& d, int count)
{
    const auto area = d.any<Area>();
    const auto checklist = *d.store->records().get<Checklist>(area.checklistId);
    for (int i = 0; i < count; ++i) {
        sqlite::Transaction tx(d.store->database());
        Inspection in;
        in.id = newUuid();
        in.propertyId = area.propertyId;
        in.areaId = area.id;
        in.checklistId = checklist.id;
        in.inspectorId = d.userId();
        in.startedAt = Timestamp::now(480);
        in.finishedAt = in.startedAt.plusMinutes(4);
        in.status = RecordStatus::Finished;
        for (int k = 0; k < 12; ++k) {
            InspectionItem item;
            item.id = newUuid();
            item.inspectionId = in.id;
            item.itemCode = "I" + std::to_string(k);
            item.result = ItemResult::Pass;
            d.store->records().insert(item);
        }
        d.store->records().insert(in);
        tx.commit();
    }
}

} // namespace

TEST_F(SyncScenario, AFinishedInspectionWhoseItemsFillTheFirstBatchWaitsForThem)
{
    // 7 follow-ups, then inspections: the first push of 500 ends exactly with the 12 items
    // of the 38th inspection. The next batch is taken while the first is on the wire; the
    // inspection must not go before its items are on the server, or the server sees a
    // finished inspection with no items and refuses it.
    auto a = device("a");
    for (int i = 0; i < 7; ++i)
        a->newFollowUp("路灯不亮 " + std::to_string(i));
    saveFinishedInspections(*a, 45);
    const auto report = a->engine->push();
    EXPECT_EQ(report.rejected, 0);
    EXPECT_EQ(report.applied, 7 + 45 * 13);
    EXPECT_TRUE(a->store->outbox().rejected().empty());
    expectConverged(server.url(), {a.get()});
}

TEST_F(SyncScenario, InspectionsSplitAcrossBatchesArriveWhole)
{
    auto a = device("a");
    // 45 finished inspections of 12 items: 585 changes, more than one push of 500, with
    // each inspection's items saved before it (as the app saves a finished patrol).
    saveFinishedInspections(*a, 45);
    const auto report = a->engine->push();
    EXPECT_EQ(report.rejected, 0);
    EXPECT_GE(report.batches, 2);
    EXPECT_EQ(report.applied, 45 * 13);
    EXPECT_EQ(serverCount("inspection"), 45 + makeDemoEstate(Timestamp::now(480)).inspections.size());
    expectConverged(server.url(), {a.get()});
}

TEST_F(SyncScenario, AnswerLostAfterTheServerCommittedIsRetriedWithoutADuplicate)
{
    auto a = device("a");
    a->newFollowUp("answer lost");
    const auto before = serverCount("follow_up");
    AnswerLost lossy(*a->http);
    sync::SyncEngine flaky(*a->store, lossy);
    EXPECT_THROW(flaky.push(), Error);
    EXPECT_EQ(serverCount("follow_up"), before + 1) << "the server did apply it";
    EXPECT_EQ(a->store->outbox().pendingCount(), 1) << "the device does not know yet";
    const auto retry = a->engine->push();
    EXPECT_EQ(retry.duplicate, 1);
    EXPECT_EQ(serverCount("follow_up"), before + 1) << "no second copy";
    expectConverged(server.url(), {a.get()});
}

TEST_F(SyncScenario, ServerKilledMidPushAndRestartedLosesNothing)
{
    auto a = device("a");
    for (int i = 0; i < 400; ++i)
        a->newFollowUp("batch " + std::to_string(i));
    std::thread pusher([&] {
        try {
            a->engine->push();
        } catch (const Error&) {
            // the server died under it: expected
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    server.kill(SIGKILL);
    server.wait();
    pusher.join();
    server.start();
    expectConverged(server.url(), {a.get()});
    sqlite::Database db(server.dataDir() / "server.db");
    sqlite::Statement n(db,
                        "SELECT count(*) FROM record WHERE entity = 'follow_up' AND "
                        "json_extract(fields, '$.description') LIKE 'batch %'");
    n.step();
    EXPECT_EQ(n.getInt64(0), 400) << "every one once";
}

TEST_F(SyncScenario, TwoSyncLoopsAtOnceOnOneDevice)
{
    auto a = device("a");
    for (int i = 0; i < 60; ++i)
        a->newFollowUp("loop " + std::to_string(i));
    // A second engine over a second connection to the same file: what two sync triggers
    // (the timer and the user's button) amount to in the worst case.
    Store second(dir.file("a.db"));
    server::HttpClientTransport http(server.url());
    sync::SyncEngine other(second, http);
    std::thread t1([&] { a->engine->syncOnce(); });
    std::thread t2([&] {
        try {
            other.syncOnce();
        } catch (const Error&) {
            // a busy database may refuse the second loop; the first still drains the outbox
        }
    });
    t1.join();
    t2.join();
    const auto before = serverCount("follow_up");
    expectConverged(server.url(), {a.get()});
    EXPECT_EQ(serverCount("follow_up"), before);
}

TEST_F(SyncScenario, SameFieldOnTwoDevicesIsAConflictKeptForReviewDifferentFieldsMerge)
{
    auto a = device("a");
    auto b = device("b");
    const auto f = a->newFollowUp("original");
    a->engine->syncOnce();
    b->engine->pull();

    auto onA = *a->store->records().get<FollowUp>(f.id);
    auto onB = *b->store->records().get<FollowUp>(f.id);
    onA.description = "from A";
    onA.resolution = "A's resolution";
    onB.description = "from B";
    onB.status = FollowUpStatus::InProgress;
    a->store->records().update(onA);
    b->store->records().update(onB);
    EXPECT_EQ(a->engine->push().applied, 1);
    const auto second = b->engine->push();
    EXPECT_EQ(second.conflict, 1) << "description was changed on both";
    expectConverged(server.url(), {a.get(), b.get()});
    const auto final = *a->store->records().get<FollowUp>(f.id);
    EXPECT_EQ(final.description, "from B") << "the later arrival wins";
    EXPECT_EQ(final.resolution, "A's resolution") << "a different field is kept";
    EXPECT_EQ(final.status, FollowUpStatus::InProgress);
    sqlite::Database db(server.dataDir() / "server.db");
    sqlite::Statement c(db, "SELECT losing_value FROM conflict WHERE record_id = '" + f.id + "'");
    ASSERT_TRUE(c.step());
    EXPECT_EQ(c.getString(0), "\"from A\"") << "the losing value is kept for review";
    // The device whose change met the conflict keeps a note of it for its review screen;
    // the other device had no conflict.
    const auto notes = b->engine->state().conflicts();
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].entity, "follow_up");
    EXPECT_EQ(notes[0].id, f.id);
    EXPECT_FALSE(notes[0].reason.empty());
    EXPECT_TRUE(a->engine->state().conflicts().empty());
    b->engine->state().removeConflict("follow_up", f.id);
    EXPECT_TRUE(b->engine->state().conflicts().empty()) << "once the user has looked at it";
}

TEST_F(SyncScenario, EditAgainstDeleteLeavesItDeletedEverywhere)
{
    auto a = device("a", "manager"); // only a manager deletes follow-ups
    auto b = device("b");
    const auto f = b->newFollowUp("to be deleted"); // b's own: b may edit it
    b->engine->syncOnce();
    a->engine->pull();
    a->store->records().remove<FollowUp>(f.id);
    a->engine->push();
    auto onB = *b->store->records().get<FollowUp>(f.id);
    onB.description = "edited offline";
    b->store->records().update(onB);
    EXPECT_EQ(b->engine->push().conflict, 1);
    expectConverged(server.url(), {a.get(), b.get()});
    EXPECT_TRUE(b->store->records().get<FollowUp>(f.id)->deleted);
}

TEST_F(SyncScenario, BatchesDuplicatedAndReorderedApplyOnce)
{
    ApiClient api(server.url());
    const auto login = api.login("patrol");
    const std::string property = login["user"]["property_ids"][0];
    nlohmann::json changes = nlohmann::json::array();
    for (int i = 0; i < 5; ++i)
        changes.push_back({{"change_id", newUuid()},
                           {"entity", "follow_up"},
                           {"id", newUuid()},
                           {"base_version", 0},
                           {"fields",
                            {{"property_id", property},
                             {"source_entity", "manual"},
                             {"description", "dup " + std::to_string(i)},
                             {"status", "open"},
                             {"created_by", login["user"]["id"]},
                             {"created_at", "2026-11-27T10:00:00+08:00"}}}});
    const auto first = api.json("POST", "/api/v1/sync/push", {{"device_id", "d"}, {"changes", changes}});
    auto reordered = changes;
    std::reverse(reordered.begin(), reordered.end());
    reordered.push_back(changes[0]);
    const auto again = api.json("POST", "/api/v1/sync/push", {{"device_id", "d"}, {"changes", reordered}});
    ASSERT_EQ(again["results"].size(), 6u);
    for (const auto& r : first["results"])
        EXPECT_EQ(r["status"], "applied");
    for (const auto& r : again["results"]) {
        EXPECT_EQ(r["status"], "duplicate");
        for (const auto& f : first["results"]) {
            if (f["change_id"] == r["change_id"]) {
                EXPECT_EQ(f["version"], r["version"]) << "a retry gets the first answer";
            }
        }
    }
}

TEST_F(SyncScenario, PhotoUploadInterruptedContinuesAndACorruptOneIsRefused)
{
    ApiClient api(server.url());
    api.login("patrol");
    std::string photo(100'000, '\0');
    for (std::size_t i = 0; i < photo.size(); ++i)
        photo[i] = static_cast<char>((i * 7 + 3) % 251);
    const std::string sha = server::sha256Hex(photo);
    const std::string path = "/api/v1/photos/" + sha;
    const std::map<std::string, std::string> jpeg{{"Content-Type", "image/jpeg"}};

    auto part = api.call("PUT", path, photo.substr(0, 40'000),
                         {{"Content-Type", "image/jpeg"}, {"Content-Range", "bytes 0-39999/100000"}});
    EXPECT_EQ(part.status, 202);
    // The connection drops here; the phone comes back later and asks where it was.
    auto head = api.call("HEAD", path);
    EXPECT_EQ(head.status, 404);
    EXPECT_EQ(head.headers.at("upload-offset"), "40000");
    auto rest = api.call("PUT", path, photo.substr(40'000),
                         {{"Content-Type", "image/jpeg"}, {"Content-Range", "bytes 40000-99999/100000"}});
    EXPECT_EQ(rest.status, 201);
    EXPECT_EQ(api.call("HEAD", path).status, 200);
    EXPECT_EQ(api.call("GET", path).body, photo) << "the uploader's own";
    ApiClient colleague(server.url());
    colleague.login("manager");
    EXPECT_EQ(colleague.call("GET", path).status, 404) << "no photo record of the uploader's names these bytes";
    EXPECT_EQ(api.call("PUT", path, photo, jpeg).status, 201) << "uploading a stored photo again is harmless";

    std::string corrupt = photo;
    corrupt[50'000] ^= 0x20;
    const std::string other = server::sha256Hex(photo + "x");
    EXPECT_EQ(api.call("PUT", "/api/v1/photos/" + other, corrupt, jpeg).status, 422);
    EXPECT_EQ(api.call("HEAD", "/api/v1/photos/" + other).headers.at("upload-offset"), "0");
}

TEST_F(SyncScenario, DeviceClocksTwoDaysOffDoNotDecideWhoWins)
{
    auto fast = device("fast");
    auto slow = device("slow");
    const auto f = fast->newFollowUp("clock test");
    fast->engine->syncOnce();
    slow->engine->pull();
    auto a = *fast->store->records().get<FollowUp>(f.id);
    a.resolution = "from the phone two days ahead";
    a.verifiedAt = Timestamp::now(480).plusMinutes(2 * 24 * 60);
    fast->store->records().update(a);
    fast->engine->push();
    auto b = *slow->store->records().get<FollowUp>(f.id);
    b.resolution = "from the phone two days behind";
    b.verifiedAt = Timestamp::now(480).plusMinutes(-2 * 24 * 60);
    slow->store->records().update(b);
    slow->engine->push();
    expectConverged(server.url(), {fast.get(), slow.get()});
    EXPECT_EQ(fast->store->records().get<FollowUp>(f.id)->resolution, "from the phone two days behind")
        << "the server's order of arrival decides, not the devices' clocks";
}

TEST_F(SyncScenario, AUserWhoLostAccessWhileOfflineHasTheChangeRejectedAndKept)
{
    auto a = device("a");
    const auto f = a->newFollowUp("made before losing access");
    // The office moves this patrol member to the other property while the phone is offline.
    {
        sqlite::Database db(server.dataDir() / "server.db");
        db.exec("UPDATE record SET fields = json_set(fields, '$.property_ids', json('[]')) WHERE entity = 'staff' "
                "AND json_extract(fields, '$.username') = 'patrol'");
    }
    const auto report = a->engine->push();
    EXPECT_EQ(report.rejected, 1);
    const auto rejected = a->store->outbox().rejected();
    ASSERT_EQ(rejected.size(), 1u);
    EXPECT_EQ(rejected[0].recordId, f.id);
    ASSERT_TRUE(rejected[0].reason);
    EXPECT_NE(rejected[0].reason->find("access"), std::string::npos) << *rejected[0].reason;
    EXPECT_TRUE(a->store->records().get<FollowUp>(f.id)) << "the record stays on the device";
    ASSERT_GT(a->store->records().count<Owner>(), 0);
    const auto pulled = a->engine->pull();
    EXPECT_TRUE(pulled.reset) << "the scope changed: the pull starts again";
    EXPECT_GT(pulled.purged, 0);
    EXPECT_EQ(a->store->records().count<Owner>(), 0) << "owners of a property no longer theirs are gone";
    EXPECT_EQ(a->store->records().count<Property>(), 0);
    EXPECT_EQ(a->store->records().count<InspectionItem>(), 0) << "items went with their inspections";
    EXPECT_GT(a->store->records().count<Staff>(), 0) << "records of no property stay";
    EXPECT_TRUE(a->store->records().get<FollowUp>(f.id)) << "the user's own rejected record stays";
}

TEST_F(SyncScenario, AnOldAppNeverErasesFieldsANewerOneWrote)
{
    auto oldApp = device("old");
    const auto f = oldApp->newFollowUp("old and new");
    oldApp->engine->syncOnce();
    // A newer app adds a field this build does not know.
    ApiClient newer(server.url());
    newer.login("patrol");
    const auto pulled = newer.json("GET", "/api/v1/sync/pull?limit=2000");
    std::int64_t version = 0;
    for (const auto& r : pulled["records"]) {
        if (r["id"] == f.id)
            version = r["version"];
    }
    const nlohmann::json change{{"change_id", newUuid()},
                                {"entity", "follow_up"},
                                {"id", f.id},
                                {"base_version", version},
                                {"fields", {{"priority", "urgent"}, {"escalated_to", {{"dept", "engineering"}}}}}};
    const auto push
        = newer.json("POST", "/api/v1/sync/push", {{"device_id", "new"}, {"changes", nlohmann::json::array({change})}});
    EXPECT_EQ(push["results"][0]["status"], "applied") << push.dump();
    oldApp->engine->pull();
    auto edited = *oldApp->store->records().get<FollowUp>(f.id);
    EXPECT_NE(edited.extra.find("urgent"), std::string::npos) << "kept as an unknown field";
    edited.description = "edited by the old app";
    oldApp->store->records().update(edited);
    oldApp->engine->push();
    const auto after = newer.json("GET", "/api/v1/sync/pull?limit=2000");
    for (const auto& r : after["records"]) {
        if (r["id"] != f.id)
            continue;
        {
            EXPECT_EQ(r["fields"]["priority"], "urgent");
            EXPECT_EQ(r["fields"]["escalated_to"]["dept"], "engineering");
            EXPECT_EQ(r["fields"]["description"], "edited by the old app");
        }
    }
    expectConverged(server.url(), {oldApp.get()});
}
