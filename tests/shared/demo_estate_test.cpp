#include "patrolbook/demo_estate.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/validation.hpp"
#include "patrolbook/visit_rules.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace patrolbook;

namespace {

const Timestamp now = Timestamp::fromLocal(2026, 11, 27, 10, 0, 0, 480);

template <class T>
void expectAllValid(const std::vector<T>& records)
{
    for (const auto& r : records) {
        const auto problems = validate(r);
        EXPECT_TRUE(problems.empty()) << Schema<T>::entity << " " << r.id << ": " << problems.front().what();
    }
}

} // namespace

TEST(DemoEstate, HasTheShapeOfARealEstate)
{
    const auto e = makeDemoEstate(now);
    EXPECT_EQ(e.properties.size(), 2u);
    EXPECT_GE(e.buildings.size(), 3u);
    EXPECT_EQ(e.areas.size(), 40u);
    EXPECT_EQ(e.units.size(), 200u);
    EXPECT_EQ(e.owners.size(), 200u);
    std::set<AreaType> kinds;
    for (const auto& a : e.areas)
        kinds.insert(a.areaType);
    EXPECT_GE(kinds.size(), 8u);
    std::set<StaffRole> roles;
    std::set<std::string> usernames;
    for (const auto& s : e.staff) {
        roles.insert(s.role);
        usernames.insert(s.username);
    }
    EXPECT_EQ(roles.size(), 4u);
    for (const char* u : {"patrol", "specialist", "manager", "office"})
        EXPECT_TRUE(usernames.count(u)) << u;
    int members = 0;
    for (const auto& o : e.owners) {
        members += o.member;
        EXPECT_GT(o.name.size(), 3u);
        EXPECT_NE(static_cast<unsigned char>(o.name[0]) & 0x80, 0) << "a Chinese name: " << o.name;
    }
    EXPECT_GT(members, 0);
    EXPECT_LT(members, 200);
    EXPECT_FALSE(e.inspections.empty());
    EXPECT_FALSE(e.visits.empty());
    EXPECT_FALSE(e.followUps.empty());
}

TEST(DemoEstate, EveryRecordIsValidAndEveryFinishedInspectionComplete)
{
    const auto e = makeDemoEstate(now);
    expectAllValid(e.properties);
    expectAllValid(e.buildings);
    expectAllValid(e.checklists);
    expectAllValid(e.areas);
    expectAllValid(e.staff);
    expectAllValid(e.units);
    expectAllValid(e.owners);
    expectAllValid(e.inspections);
    expectAllValid(e.inspectionItems);
    expectAllValid(e.visits);
    expectAllValid(e.followUps);
    std::map<std::string, std::vector<InspectionItem>> items;
    for (const auto& i : e.inspectionItems)
        items[i.inspectionId].push_back(i);
    for (const auto& in : e.inspections) {
        const auto problems = validateCompletion(in, items[in.id]);
        EXPECT_TRUE(problems.empty()) << in.id << ": " << problems.front().what();
    }
}

TEST(DemoEstate, VisitHistoryKeepsTheRules)
{
    const auto e = makeDemoEstate(now);
    const auto rest = RestHours::forProperty(e.properties.front());
    for (const auto& v : e.visits) {
        EXPECT_TRUE(planningProblems(v, rest).empty()) << v.id;
        if (v.status == VisitStatus::Done) {
            EXPECT_FALSE(rest.contains(*v.visitedAt)) << v.visitedAt->toIso();
            EXPECT_TRUE(isOnTime(v)) << v.id;
        }
    }
}

TEST(DemoEstate, SameSeedSameRecordsOtherSeedOthers)
{
    const auto a = makeDemoEstate(now, 7);
    const auto b = makeDemoEstate(now, 7);
    const auto c = makeDemoEstate(now, 8);
    EXPECT_EQ(a.owners, b.owners);
    EXPECT_EQ(a.inspectionItems, b.inspectionItems);
    EXPECT_EQ(a.visits, b.visits);
    EXPECT_NE(a.owners.front().id, c.owners.front().id);
}

TEST(DemoEstate, LoadsIntoAStoreAsServerStateInOneGo)
{
    test::TempDir dir;
    Store store(dir.file("demo.db"));
    const auto e = makeDemoEstate(now);
    loadDemoEstate(store.records(), e);
    EXPECT_EQ(store.records().count<Area>(), 40);
    EXPECT_EQ(store.records().count<Owner>(), 200);
    EXPECT_EQ(store.records().count<InspectionItem>(), static_cast<std::int64_t>(e.inspectionItems.size()));
    EXPECT_EQ(store.outbox().pendingCount(), 0) << "demo data is server state, nothing to push";
    const auto area = e.inspections.front().areaId;
    EXPECT_FALSE(store.records().inspectionsForArea(area, now.plusMinutes(-8 * 24 * 60), now).empty());
}

TEST(DemoEstate, HoldsEveryLoopInEveryStateItsFlowReachesWithTheirSteps)
{
    const auto e = makeDemoEstate(now);
    expectAllValid(e.repairOrders);
    expectAllValid(e.complaints);
    expectAllValid(e.handovers);
    expectAllValid(e.loopEvents);
    std::set<RepairStatus> repairs;
    for (const auto& r : e.repairOrders)
        repairs.insert(r.status);
    EXPECT_EQ(repairs.size(), EnumNames<RepairStatus>::names.size());
    std::set<ComplaintStatus> complaints;
    bool explained = false, escalated = false;
    for (const auto& c : e.complaints) {
        complaints.insert(c.status);
        explained = explained || (c.status == ComplaintStatus::Closed && c.judgement == ComplaintJudgement::Explained);
        escalated = escalated || (c.severity == ComplaintSeverity::Major && c.escalated);
    }
    EXPECT_EQ(complaints.size(), EnumNames<ComplaintStatus>::names.size());
    EXPECT_TRUE(explained);
    EXPECT_TRUE(escalated);
    std::set<HandoverStatus> handovers;
    for (const auto& h : e.handovers)
        handovers.insert(h.status);
    EXPECT_EQ(handovers.size(), 2u);
    std::set<FollowUpStatus> followUps;
    for (const auto& f : e.followUps) {
        followUps.insert(f.status);
        if (f.status == FollowUpStatus::Fixed) {
            EXPECT_FALSE(f.afterPhotoIds.empty()) << f.id;
        }
    }
    EXPECT_EQ(followUps.size(), EnumNames<FollowUpStatus>::names.size());
    // Every loop has its steps, the last one leaving it where it is, none in the future.
    std::map<std::string, const LoopEvent*> last;
    for (const auto& ev : e.loopEvents) {
        EXPECT_LE(ev.at, now) << ev.loopEntity << " " << ev.action;
        last[ev.loopId] = &ev;
    }
    for (const auto& r : e.repairOrders) {
        ASSERT_TRUE(last.count(r.id)) << r.id;
        EXPECT_EQ(last[r.id]->toStatus, toString(r.status));
    }
    for (const auto& c : e.complaints) {
        ASSERT_TRUE(last.count(c.id)) << c.id;
        EXPECT_EQ(last[c.id]->toStatus, toString(c.status));
    }
}
