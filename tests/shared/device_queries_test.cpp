// The device's named queries (DeviceQueries, RecordListQuery) and the patrol rules, on a
// real SQLite store holding the demo estate.
#include "patrolbook/demo_estate.hpp"
#include "patrolbook/device_queries.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/record_list_query.hpp"
#include "patrolbook/store.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace patrolbook;
using patrolbook::test::TempDir;

namespace {

const Timestamp now = Timestamp::fromLocal(2026, 11, 27, 10, 0, 0, 480);

class DeviceQueriesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store_ = std::make_unique<Store>(dir_.file("device.db"));
        estate_ = makeDemoEstate(now);
        loadDemoEstate(store_->records(), estate_);
    }
    DeviceQueries queries() { return DeviceQueries(store_->database()); }
    const Staff& staff(const std::string& username) const
    {
        return *std::find_if(estate_.staff.begin(), estate_.staff.end(),
                             [&](const Staff& s) { return s.username == username; });
    }
    // A fresh patrol of `area` by `inspector`, stored (a draft unless finished).
    Inspection storePatrol(const Area& area, const std::string& inspector, Timestamp started, bool finished)
    {
        const auto checklist = store_->records().get<Checklist>(area.checklistId);
        auto patrol = PatrolRules::startPatrol(area, *checklist, inspector, "test-device");
        patrol.inspection.startedAt = started;
        if (finished) {
            patrol.inspection.status = RecordStatus::Finished;
            patrol.inspection.finishedAt = started.plusMinutes(20);
        }
        for (auto& item : patrol.items) {
            item.result = ItemResult::Pass;
            store_->records().insert(item);
        }
        store_->records().insert(patrol.inspection);
        return patrol.inspection;
    }

    TempDir dir_;
    std::unique_ptr<Store> store_;
    DemoEstate estate_;
};

} // namespace

TEST_F(DeviceQueriesTest, NamesAndPlacesComeFromTheirRecords)
{
    const auto& owner = estate_.owners.front();
    const auto& area = estate_.areas.front();
    EXPECT_EQ(queries().ownerName(owner.id), owner.name);
    EXPECT_EQ(queries().areaName(area.id), area.name);
    EXPECT_EQ(queries().staffName(staff("patrol").id), staff("patrol").name);
    EXPECT_FALSE(queries().ownerName("no-such-owner"));
    const auto unit = queries().unitNumber(owner.unitId);
    ASSERT_TRUE(unit);
    EXPECT_FALSE(unit->number.empty());
    EXPECT_FALSE(unit->buildingCode.empty());
    EXPECT_EQ(queries().propertyOffsetMin(estate_.properties.front().id), estate_.properties.front().utcOffsetMin);
    EXPECT_EQ(queries().propertyOffsetMin("unknown"), Property{}.utcOffsetMin);
    EXPECT_TRUE(queries().knownToServer("owner", owner.id)) << "pulled from the server";
    EXPECT_TRUE(queries().knownToServer("not_an_entity", "x")) << "never names an unknown table";
}

TEST_F(DeviceQueriesTest, StartingAPatrolCopiesTheChecklistInItsOrderWithItsOwnWording)
{
    const auto& area = estate_.areas.front();
    const auto checklist = store_->records().get<Checklist>(area.checklistId);
    const auto patrol = PatrolRules::startPatrol(area, *checklist, "someone", "device-1");
    EXPECT_EQ(patrol.inspection.status, RecordStatus::Draft);
    EXPECT_EQ(patrol.inspection.areaId, area.id);
    EXPECT_EQ(patrol.inspection.propertyId, area.propertyId);
    EXPECT_EQ(patrol.inspection.deviceId, "device-1");
    ASSERT_EQ(patrol.items.size(), checklist->items.size());
    for (std::size_t i = 0; i < patrol.items.size(); ++i) {
        EXPECT_EQ(patrol.items[i].itemCode, checklist->items[i].code);
        EXPECT_EQ(patrol.items[i].title, checklist->items[i].titleZh);
        EXPECT_EQ(patrol.items[i].inspectionId, patrol.inspection.id);
        EXPECT_FALSE(patrol.items[i].result.has_value()) << "unanswered";
    }
}

TEST_F(DeviceQueriesTest, AnAreasPatrolStateAndTheInspectorsDraft)
{
    const auto& area = estate_.areas.back();
    const std::string me = staff("patrol").id;
    const std::int64_t day = 86'400'000;
    const auto before = queries().lastFinishedPatrol(area.id, now.utcMs + day);
    const auto finished = storePatrol(area, me, now.plusMinutes(-60), true);
    const auto last = queries().lastFinishedPatrol(area.id, now.utcMs + day);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->started, finished.startedAt);
    EXPECT_EQ(last->finished, finished.finishedAt);
    EXPECT_EQ(queries().lastFinishedPatrol(area.id, finished.startedAt.utcMs).has_value(),
              before.has_value() && before->started.utcMs < finished.startedAt.utcMs)
        << "only patrols started before the bound";
    EXPECT_TRUE(queries().finishedPatrolBetween(area.id, now.utcMs - day, now.utcMs));
    EXPECT_FALSE(queries().finishedPatrolBetween(area.id, now.utcMs, now.utcMs + day));

    EXPECT_FALSE(queries().hasDraftPatrol(area.id, me));
    const auto draft = storePatrol(area, me, now, false);
    EXPECT_TRUE(queries().hasDraftPatrol(area.id, me));
    EXPECT_FALSE(queries().hasDraftPatrol(area.id, staff("manager").id)) << "someone else's draft";
    EXPECT_EQ(queries().latestDraftPatrol(me), draft.id);
}

TEST_F(DeviceQueriesTest, AFailedLineKeepsItsFollowUpAndDraftsDoNotCountAsOpen)
{
    const auto& area = estate_.areas.front();
    const std::string me = staff("patrol").id;
    const std::string props = "[\"" + area.propertyId + "\"]";
    const auto before = queries().unresolvedFollowUps(props, me, now.utcMs);
    const auto draft = storePatrol(area, me, now, false);
    auto line = store_->records().itemsOfInspection(draft.id).front();
    line.result = ItemResult::Fail;
    store_->records().update(line);
    const auto followUp = PatrolRules::followUpFor(line, draft, me, 480);
    store_->records().insert(followUp);
    EXPECT_EQ(queries().followUpOfLine(line.id), followUp.id);
    EXPECT_EQ(PatrolRules::followUpOf(*store_, line.id)->id, followUp.id);
    EXPECT_EQ(queries().unresolvedFollowUps(props, me, now.utcMs).open, before.open)
        << "the officer may still change a draft's answer";
    const std::int64_t due = followUp.dueAt->utcMs;
    const auto draftPastDue = queries().unresolvedFollowUps(props, me, due + 1);
    const auto draftBeforeDue = queries().unresolvedFollowUps(props, me, due - 1);

    auto finished = *store_->records().get<Inspection>(draft.id);
    finished.status = RecordStatus::Finished;
    finished.finishedAt = now;
    store_->records().update(finished);
    const auto after = queries().unresolvedFollowUps(props, me, now.utcMs);
    EXPECT_EQ(after.open, before.open + 1);
    EXPECT_EQ(queries().unresolvedFollowUps(props, me, due - 1).overdue, draftBeforeDue.overdue) << "not due yet";
    EXPECT_EQ(queries().unresolvedFollowUps(props, me, due + 1).overdue, draftPastDue.overdue + 1) << "past due";
}

TEST_F(DeviceQueriesTest, TheOwnerSearchTakesItsTextLiterallyAndKeepsToTheProperties)
{
    const auto& owner = estate_.owners.front();
    const std::string props = "[\"" + owner.propertyId + "\"]";
    const auto all = queries().searchOwners(props, std::nullopt, 1000);
    EXPECT_TRUE(std::all_of(all.begin(), all.end(), [&](const auto& o) {
        return store_->records().get<Owner>(o.id)->propertyId == owner.propertyId;
    }));
    const auto found = queries().searchOwners(props, containsPattern(owner.name), 10);
    ASSERT_FALSE(found.empty());
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [&](const auto& o) { return o.id == owner.id; }));
    EXPECT_TRUE(queries().searchOwners(props, containsPattern("%"), 10).empty()) << "% is a character, not a wildcard";
    EXPECT_EQ(queries().searchOwners(props, std::nullopt, 3).size(), 3u);
    EXPECT_EQ(containsPattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
}

TEST_F(DeviceQueriesTest, StaffAreListedForTheirProperties)
{
    const auto& home = estate_.properties[0];
    const auto listed = queries().activeStaff("[\"" + home.id + "\"]");
    ASSERT_FALSE(listed.empty());
    for (const auto& s : listed) {
        const auto record = store_->records().get<Staff>(s.id);
        EXPECT_NE(std::find(record->propertyIds.begin(), record->propertyIds.end(), home.id), record->propertyIds.end())
            << s.name;
    }
    EXPECT_GE(queries().activeStaff("[]").size(), listed.size());
}

TEST_F(DeviceQueriesTest, TheRecordsListPagesByKeysetAndCountsPerTable)
{
    RecordListQuery::Filter all;
    const auto counts = RecordListQuery::count(store_->database(), RecordListQuery::countSql(all));
    ASSERT_EQ(counts.size(), RecordListQuery::tableCount);
    std::int64_t total = 0;
    for (const auto c : counts)
        total += c;
    ASSERT_GT(total, 50);
    // Page by page to the end: every record once, newest first.
    std::vector<RecordListQuery::Key> seen;
    std::optional<RecordListQuery::After> after;
    for (;;) {
        const auto page = RecordListQuery::page(store_->database(), all, after, 50);
        if (page.empty())
            break;
        seen.insert(seen.end(), page.begin(), page.end());
        after = RecordListQuery::After{page.back().timeMs, page.back().id};
    }
    EXPECT_EQ(std::int64_t(seen.size()), total);
    for (std::size_t i = 1; i < seen.size(); ++i)
        EXPECT_GE(seen[i - 1].timeMs, seen[i].timeMs);

    RecordListQuery::Filter patrols;
    patrols.kind = "inspection";
    patrols.status = "finished";
    const auto finished = RecordListQuery::page(store_->database(), patrols, std::nullopt, 1000);
    EXPECT_EQ(std::int64_t(finished.size()),
              RecordListQuery::count(store_->database(), RecordListQuery::countSql(patrols))[0]);
    EXPECT_TRUE(std::all_of(finished.begin(), finished.end(),
                            [](const auto& k) { return k.kind == "inspection" && k.status == "finished"; }));

    RecordListQuery::Filter mine;
    mine.mineOf = "nobody";
    EXPECT_TRUE(RecordListQuery::page(store_->database(), mine, std::nullopt, 10).empty());
    RecordListQuery::Filter openOnes;
    openOnes.status = std::string(RecordListQuery::unresolvedStatus);
    const auto open = RecordListQuery::page(store_->database(), openOnes, std::nullopt, 1000);
    EXPECT_TRUE(std::all_of(open.begin(), open.end(), [](const auto& k) { return k.kind == "follow_up"; }));
}

TEST_F(DeviceQueriesTest, AListRowsHeadlineNamesWhatTheRecordIsAbout)
{
    const auto& area = estate_.areas.front();
    const auto patrol = storePatrol(area, staff("patrol").id, now, true);
    const auto h = queries().headline("inspection", patrol.id);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->name, area.name);
    EXPECT_EQ(h->failedLines, 0);
    const auto& visit = estate_.visits.front();
    const auto v = queries().headline("owner_visit", visit.id);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->name, *queries().ownerName(visit.ownerId));
    EXPECT_EQ(v->purpose, toString(visit.purpose));
    EXPECT_FALSE(v->unit.number.empty());
    EXPECT_FALSE(queries().headline("inspection", "no-such-id"));
    EXPECT_FALSE(queries().headline("owner", estate_.owners.front().id)) << "not a list kind";
}

TEST_F(DeviceQueriesTest, ARecordsOwnPhotosAndItsWaitingChange)
{
    const auto& area = estate_.areas.front();
    const auto patrol = storePatrol(area, staff("patrol").id, now, false);
    EXPECT_TRUE(queries().hasPendingChange("inspection", patrol.id)) << "made here, not sent";
    EXPECT_FALSE(queries().hasPendingChange("owner", estate_.owners.front().id)) << "pulled";
    EXPECT_FALSE(queries().hasPendingChange("not_an_entity", patrol.id));
    EXPECT_TRUE(queries().photosOf("inspection", patrol.id).empty());
    auto photo = test::sample<Photo>();
    photo.recordEntity = "inspection";
    photo.recordId = patrol.id;
    store_->records().insert(photo);
    EXPECT_EQ(queries().photosOf("inspection", patrol.id), std::vector<std::string>{photo.id});
    EXPECT_TRUE(queries().photosOf("owner_visit", patrol.id).empty()) << "same id, another type";
}
