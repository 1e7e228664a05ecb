// The changes a push sends (sync/change_builder.hpp), built from the outbox and the
// records as they are now, and the push text made from them. The exchanges with a real
// server are tested end to end in tests/server.

#include "patrolbook/entities.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/change_builder.hpp"
#include "patrolbook/uuid.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using patrolbook::test::sample;

namespace {

class ChangeBuilding : public ::testing::Test {
protected:
    // The record as the server acknowledged it at `version`: its next edit starts a new entry.
    template <class T>
    void insertAcknowledged(const T& record, std::int64_t version)
    {
        store.records().insert(record);
        const auto e = store.outbox().unacknowledged(1).at(0);
        store.outbox().markSent(e.seq);
        store.outbox().acknowledge(e.seq, version);
    }

    std::vector<OutboxEntry> sentEntries()
    {
        for (const auto& e : store.outbox().unacknowledged(100))
            store.outbox().markSent(e.seq);
        return store.outbox().unacknowledged(100);
    }

    test::TempDir dir;
    Store store{dir.file("device.db")};
};

} // namespace

TEST_F(ChangeBuilding, ANewRecordCarriesEveryFieldUnknownOnesToo)
{
    auto area = sample<Area>();
    area.extra = R"({"floor_plan":"B1-east"})";
    store.records().insert(area);
    const auto entries = sentEntries();
    ASSERT_EQ(entries.size(), 1u);

    const auto changes = sync::buildChanges(store, entries);
    ASSERT_EQ(changes.size(), 1u);
    const auto& c = changes[0];
    EXPECT_EQ(c.changeId, entries[0].changeId);
    EXPECT_TRUE(isUuid(c.changeId));
    EXPECT_EQ(c.entity, "area");
    EXPECT_EQ(c.id, area.id);
    EXPECT_EQ(c.baseVersion, 0);
    EXPECT_FALSE(c.deleted);
    EXPECT_EQ(c.fields, fieldsToJson(area));
    EXPECT_EQ(c.fields.at("floor_plan"), "B1-east");
    for (const auto& name : fieldNamesOf("area"))
        EXPECT_TRUE(c.fields.contains(name)) << name;
}

TEST_F(ChangeBuilding, AnEditCarriesOnlyTheFieldsItChanged)
{
    auto area = sample<Area>();
    insertAcknowledged(area, 5);
    area.name = "地下车库B2";
    area.radiusM = 80;
    store.records().update(area);

    const auto changes = sync::buildChanges(store, sentEntries());
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].baseVersion, 5);
    EXPECT_FALSE(changes[0].deleted);
    EXPECT_EQ(changes[0].fields, (Json{{"name", "地下车库B2"}, {"radius_m", 80.0}}));
}

TEST_F(ChangeBuilding, ValuesAreTheRecordsCurrentOnes)
{
    auto area = sample<Area>();
    insertAcknowledged(area, 2);
    area.name = "first";
    store.records().update(area);
    area.name = "second"; // folds into the same unsent entry
    store.records().update(area);
    const auto changes = sync::buildChanges(store, sentEntries());
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].fields, (Json{{"name", "second"}}));
}

TEST_F(ChangeBuilding, AnUnknownFieldInTheListIsCarried)
{
    auto area = sample<Area>();
    area.extra = R"({"floor_plan":"old","kept":true})";
    insertAcknowledged(area, 1);
    area.extra = R"({"floor_plan":"new","kept":true})";
    store.records().update(area);

    const auto changes = sync::buildChanges(store, sentEntries());
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].fields, (Json{{"floor_plan", "new"}}));
}

TEST_F(ChangeBuilding, ADeletionIsFlaggedAndCarriesNoValues)
{
    const auto followUp = sample<FollowUp>();
    insertAcknowledged(followUp, 9);
    store.records().remove<FollowUp>(followUp.id);

    const auto changes = sync::buildChanges(store, sentEntries());
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].entity, "follow_up");
    EXPECT_EQ(changes[0].id, followUp.id);
    EXPECT_TRUE(changes[0].deleted);
    EXPECT_EQ(changes[0].baseVersion, 9);
    EXPECT_EQ(changes[0].fields, Json::object());
}

TEST_F(ChangeBuilding, AnEditThenDeleteCarriesTheEditAndTheFlag)
{
    auto item = sample<InspectionItem>();
    insertAcknowledged(item, 4);
    item.note = "漏水";
    store.records().update(item);
    store.records().remove<InspectionItem>(item.id);

    const auto changes = sync::buildChanges(store, sentEntries());
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_TRUE(changes[0].deleted);
    EXPECT_EQ(changes[0].fields, (Json{{"note", "漏水"}}));
}

TEST_F(ChangeBuilding, OneChangePerEntryInOutboxOrder)
{
    const auto a = sample<Inspection>();
    const auto b = sample<InspectionItem>();
    const auto c = sample<Photo>();
    store.records().insert(a);
    store.records().insert(b);
    store.records().insert(c);
    const auto entries = sentEntries();
    const auto changes = sync::buildChanges(store, entries);
    ASSERT_EQ(changes.size(), 3u);
    EXPECT_EQ(changes[0].id, a.id);
    EXPECT_EQ(changes[1].id, b.id);
    EXPECT_EQ(changes[2].id, c.id);
    EXPECT_EQ(changes[2].entity, "photo");
    EXPECT_EQ(changes[1].fields, fieldsToJson(b));
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(changes[i].changeId, entries[i].changeId);
}

TEST_F(ChangeBuilding, AMissingRecordGoesWithoutValuesRatherThanBeingDropped)
{
    OutboxEntry e;
    e.seq = 1;
    e.changeId = newUuid();
    e.entity = "inspection";
    e.recordId = newUuid();
    e.fields = {"note"};
    const auto changes = sync::buildChanges(store, {e});
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].id, e.recordId);
    EXPECT_EQ(changes[0].fields, Json::object());
}

TEST_F(ChangeBuilding, TheRequestTextCarriesTheSameChangesAsTheChangeObjects)
{
    auto edited = sample<Area>();
    edited.id = newUuid();
    insertAcknowledged(edited, 3);
    auto gone = sample<FollowUp>();
    gone.id = newUuid();
    insertAcknowledged(gone, 7);
    edited.name = "东门岗亭";
    edited.radiusM = 42.5;
    store.records().update(edited); // an edit of two fields
    store.records().remove<FollowUp>(gone.id); // a deletion
    auto area = sample<Area>();
    area.extra = R"({"floor_plan":"B1-east","nested":{"a":[1,2.5,null]}})";
    store.records().insert(area); // new, with unknown fields
    auto item = sample<InspectionItem>();
    item.note = "引号\"和\\反斜杠\n换行";
    item.result = std::nullopt;
    store.records().insert(item); // a new record with awkward text and a null
    store.records().insert(sample<Inspection>());
    store.records().insert(sample<Photo>());

    const auto entries = sentEntries();
    ASSERT_EQ(entries.size(), 6u);
    const auto direct = Json::parse(sync::pushRequestText(store, "dev-1", entries));
    const auto viaObjects
        = Json::parse(sync::toJsonText(sync::PushRequest{"dev-1", sync::buildChanges(store, entries)}));
    EXPECT_EQ(direct, viaObjects);
    EXPECT_EQ(direct, sync::toJson(sync::PushRequest{"dev-1", sync::buildChanges(store, entries)}));
}

TEST_F(ChangeBuilding, TheRequestTextFromEntriesIsByteForByteTheTextFromChangeObjects)
{
    auto deleted = sample<FollowUp>();
    deleted.id = newUuid();
    insertAcknowledged(deleted, 7);
    store.records().remove<FollowUp>(deleted.id);
    store.records().insert(sample<InspectionItem>());
    store.records().insert(sample<Photo>());
    const auto entries = sentEntries();
    ASSERT_EQ(entries.size(), 3u);
    const std::vector<std::string> fields{R"({"a":1})", "{}", R"({"b":"\u00e9"})"};
    const auto changes = sync::buildChanges(store, entries);
    EXPECT_EQ(sync::pushRequestText("dev-\"1\"", entries, fields),
              sync::toJsonText("dev-\"1\"", changes, [&](std::string& out, std::size_t i) { out += fields[i]; }));
    EXPECT_NE(sync::pushRequestText("dev-1", entries, fields).find(R"("deleted":true)"), std::string::npos);
}
