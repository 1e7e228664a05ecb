#include "patrolbook/record_json.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "record_types.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using patrolbook::test::sample;
using patrolbook::test::sampleTime;
using patrolbook::test::TempDir;

namespace {

class StoreTest : public ::testing::Test {
protected:
    TempDir dir;
    Store store{dir.file("device.db")};
    RecordStore& records = store.records();
};

template <class T>
class StoreRoundTrip : public StoreTest {
};
TYPED_TEST_SUITE(StoreRoundTrip, patrolbook::test::RecordTypes, patrolbook::test::RecordTypeNames);

InspectionItem itemOf(const Inspection& inspection, std::string code, std::optional<ItemResult> result)
{
    auto item = sample<InspectionItem>();
    item.inspectionId = inspection.id;
    item.itemCode = std::move(code);
    item.result = result;
    return item;
}

} // namespace

TYPED_TEST(StoreRoundTrip, InsertedRecordReadsBackEqualWithItsChangeInTheOutbox)
{
    const auto original = sample<TypeParam>();
    this->records.insert(original);
    const auto back = this->records.template get<TypeParam>(original.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, original);
    const auto pending = this->store.outbox().unacknowledged(10);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].entity, Schema<TypeParam>::entity);
    EXPECT_EQ(pending[0].recordId, original.id);
    EXPECT_EQ(pending[0].baseVersion, 0);
    EXPECT_EQ(pending[0].fields.size(), std::tuple_size_v<decltype(Schema<TypeParam>::fields)>);
}

TYPED_TEST(StoreRoundTrip, ServerStateKeepsUnknownFieldsAndWritesNoOutboxEntry)
{
    Json j = toJson(sample<TypeParam>());
    j["version"] = 3;
    j["field_from_the_future"] = "kept";
    const auto record = fromJson<TypeParam>(j);
    this->records.putFromServer(record);
    const auto back = this->records.template get<TypeParam>(record.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(toJson(*back), j);
    EXPECT_EQ(this->store.outbox().pendingCount(), 0);
}

TEST_F(StoreTest, EditsBeforeSyncFoldIntoOneChange)
{
    auto inspection = sample<Inspection>();
    records.putFromServer([&] {
        auto r = inspection;
        r.version = 5;
        return r;
    }());
    inspection.note = "first edit";
    records.update(inspection);
    inspection.position = GeoPoint{31.2306, 121.4738, 4.0};
    records.update(inspection);
    const auto pending = store.outbox().unacknowledged(10);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].baseVersion, 5);
    EXPECT_EQ(pending[0].fields, (std::vector<std::string>{"note", "position"}));
    EXPECT_EQ(records.get<Inspection>(inspection.id)->version, 5) << "a local edit never invents a server version";
}

TEST_F(StoreTest, AnEditAfterTheChangeWasSentStartsANewChange)
{
    auto area = sample<Area>();
    records.insert(area);
    const auto seq = store.outbox().unacknowledged(10).at(0).seq;
    store.outbox().markSent(seq);
    const auto sent = *store.outbox().entry(seq);
    area.name = "地下车库B2";
    records.update(area);
    const auto pending = store.outbox().unacknowledged(10);
    ASSERT_EQ(pending.size(), 2u);
    EXPECT_EQ(pending[0].changeId, sent.changeId);
    EXPECT_EQ(pending[0].fields.size(), std::tuple_size_v<decltype(Schema<Area>::fields)>) << "still the whole record";
    EXPECT_EQ(pending[1].fields, std::vector<std::string>{"name"});
    EXPECT_TRUE(pending[1].changeId.empty()) << "not sent yet";
}

TEST_F(StoreTest, SavingAnUnchangedRecordWritesNothing)
{
    auto unit = sample<Unit>();
    records.putFromServer(unit);
    records.update(unit);
    EXPECT_EQ(store.outbox().pendingCount(), 0);
}

TEST_F(StoreTest, InsertTwiceIsRefusedAndLeavesNoStrayChange)
{
    const auto owner = sample<Owner>();
    records.insert(owner);
    try {
        records.insert(owner);
        FAIL() << "expected AlreadyExists";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::AlreadyExists);
    }
    EXPECT_EQ(store.outbox().pendingCount(), 1);
}

TEST_F(StoreTest, InvalidRecordIsRefusedBeforeAnythingIsWritten)
{
    auto item = sample<InspectionItem>();
    item.inspectionId = "";
    EXPECT_THROW(records.insert(item), Error);
    EXPECT_EQ(records.count<InspectionItem>(), 0);
    EXPECT_EQ(store.outbox().pendingCount(), 0);
}

TEST_F(StoreTest, UpdateOfAMissingRecordIsNotFound)
{
    try {
        records.update(sample<Photo>());
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::NotFound);
    }
}

TEST_F(StoreTest, FinishingAnInspectionNeedsEveryItemAnswered)
{
    auto inspection = sample<Inspection>();
    records.insert(inspection);
    auto a = itemOf(inspection, "A", ItemResult::Pass);
    auto b = itemOf(inspection, "B", std::nullopt);
    records.insert(a);
    records.insert(b);
    inspection.status = RecordStatus::Finished;
    try {
        records.update(inspection);
        FAIL() << "expected Incomplete";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Incomplete);
    }
    EXPECT_EQ(records.get<Inspection>(inspection.id)->status, RecordStatus::Draft);
    b.result = ItemResult::NotApplicable;
    records.update(b);
    records.update(inspection);
    EXPECT_EQ(records.get<Inspection>(inspection.id)->status, RecordStatus::Finished);
}

TEST_F(StoreTest, RemovingANeverSyncedRecordLeavesNothingToSend)
{
    const auto visit = sample<OwnerVisit>();
    records.insert(visit);
    records.remove<OwnerVisit>(visit.id);
    EXPECT_FALSE(records.get<OwnerVisit>(visit.id));
    EXPECT_EQ(store.outbox().pendingCount(), 0);
}

TEST_F(StoreTest, RemovingASyncedRecordLeavesATombstoneToSync)
{
    auto followUp = sample<FollowUp>();
    followUp.version = 2;
    records.putFromServer(followUp);
    records.remove<FollowUp>(followUp.id);
    const auto stored = records.get<FollowUp>(followUp.id);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->deleted);
    EXPECT_EQ(records.count<FollowUp>(), 0);
    const auto pending = store.outbox().unacknowledged(10);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_TRUE(pending[0].deleted);
    EXPECT_EQ(pending[0].baseVersion, 2);
}

TEST_F(StoreTest, PulledStateKeepsFieldsChangedHereUntilAcknowledged)
{
    auto visit = sample<OwnerVisit>();
    visit.version = 1;
    records.putFromServer(visit);
    visit.suggestions = "local suggestion";
    records.update(visit);

    auto fromServer = visit;
    fromServer.version = 2;
    fromServer.suggestions = "server suggestion";
    fromServer.note = "server note";
    records.putFromServer(fromServer);

    const auto stored = records.get<OwnerVisit>(visit.id);
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(stored->suggestions, "local suggestion");
    EXPECT_EQ(stored->note, "server note");
    EXPECT_EQ(store.outbox().pendingCount(), 1);
}

TEST_F(StoreTest, AStalePulledStateDoesNotOverwriteANewerOne)
{
    auto unit = sample<Unit>();
    unit.version = 4;
    records.putFromServer(unit);
    auto stale = unit;
    stale.version = 3;
    stale.number = "9-9999";
    records.putFromServer(stale);
    EXPECT_EQ(records.get<Unit>(unit.id)->number, unit.number);
}

TEST_F(StoreTest, TypedQueriesByAreaDateRangeAndStatus)
{
    const std::string area = newUuid();
    std::vector<Inspection> made;
    for (int day = 0; day < 5; ++day) {
        auto inspection = sample<Inspection>();
        inspection.areaId = day % 2 ? area : newUuid();
        inspection.startedAt = sampleTime().plusMinutes(day * 24 * 60);
        inspection.finishedAt = inspection.startedAt.plusMinutes(10);
        records.insert(inspection);
        made.push_back(inspection);
    }
    const auto from = sampleTime();
    const auto to = sampleTime().plusMinutes(5 * 24 * 60);
    const auto ofArea = records.inspectionsForArea(area, from, to);
    ASSERT_EQ(ofArea.size(), 2u);
    EXPECT_EQ(ofArea[0].id, made[1].id);
    EXPECT_EQ(ofArea[1].id, made[3].id);
    EXPECT_EQ(records.inspectionsForArea(area, from, sampleTime().plusMinutes(3 * 24 * 60)).size(), 1u)
        << "the range end is exclusive";
    EXPECT_EQ(records.inspectionsBetween(sampleTime().plusMinutes(24 * 60), to).size(), 4u);
    EXPECT_EQ(records.inspectionsByStatus(RecordStatus::Draft).size(), 5u);
    EXPECT_TRUE(records.inspectionsByStatus(RecordStatus::Finished).empty());

    auto open = sample<FollowUp>();
    open.status = FollowUpStatus::Open;
    open.verifiedBy.reset();
    open.verifiedAt.reset();
    auto later = open;
    later.id = newUuid();
    later.dueAt = open.dueAt->plusMinutes(60);
    auto undated = open;
    undated.id = newUuid();
    undated.dueAt.reset();
    records.insert(later);
    records.insert(undated);
    records.insert(open);
    records.insert(sample<FollowUp>());
    const auto opened = records.followUpsByStatus(FollowUpStatus::Open);
    ASSERT_EQ(opened.size(), 3u);
    EXPECT_EQ(opened[0].id, open.id);
    EXPECT_EQ(opened[1].id, later.id);
    EXPECT_EQ(opened[2].id, undated.id);
}

TEST_F(StoreTest, WritesJoinTheCallersTransactionAndRollBackWithIt)
{
    const auto inspection = sample<Inspection>();
    {
        sqlite::Transaction tx(store.database());
        records.insert(inspection);
        records.insert(itemOf(inspection, "A", ItemResult::Pass));
        EXPECT_EQ(records.count<Inspection>(), 1);
        // no commit: the scope ends as if the app were killed here
    }
    EXPECT_FALSE(records.get<Inspection>(inspection.id));
    EXPECT_EQ(records.count<InspectionItem>(), 0);
    EXPECT_EQ(store.outbox().pendingCount(), 0);
}

TEST_F(StoreTest, PulledStateKeepsALocalDeletionUntilAcknowledged)
{
    auto followUp = sample<FollowUp>();
    followUp.version = 2;
    records.putFromServer(followUp);
    records.remove<FollowUp>(followUp.id);
    auto fromServer = followUp;
    fromServer.version = 3;
    fromServer.description = "edited elsewhere";
    records.putFromServer(fromServer);
    EXPECT_TRUE(records.get<FollowUp>(followUp.id)->deleted) << "the deletion made here stands";
    EXPECT_TRUE(store.outbox().unacknowledged(1).at(0).deleted);
}

TEST_F(StoreTest, AnEditOfARecordTheServerNeverAcceptedCarriesTheWholeRecord)
{
    auto followUp = sample<FollowUp>();
    records.insert(followUp);
    const auto first = store.outbox().unacknowledged(1).at(0);
    store.outbox().markSent(first.seq);
    store.outbox().reject(first.seq, "only a manager can close a follow-up");
    followUp.status = FollowUpStatus::Open;
    followUp.verifiedBy.reset();
    followUp.verifiedAt.reset();
    records.update(followUp);
    const auto pending = store.outbox().unacknowledged(10);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].baseVersion, 0);
    EXPECT_EQ(pending[0].fields.size(), std::tuple_size_v<decltype(Schema<FollowUp>::fields)>)
        << "the server has nothing to merge the fix into";
}
