// The loops on a real server with real devices: the first step to reach the server wins a
// race and the other is told what happened; every step is an event synced like any
// record, made once; a return visit done moves its loop on.

#include "patrolbook/json_parse.hpp"
#include "patrolbook/loops/complaint_flow.hpp"
#include "patrolbook/loops/repair_flow.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/uuid.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

class LoopScenario : public ::testing::Test {
protected:
    ServerProcess server;
    TempDir dir;

    std::unique_ptr<Device> device(const std::string& name, const std::string& user)
    {
        auto d = std::make_unique<Device>(dir.file(name + ".db"), server.url());
        d->engine->signIn(user, "demo");
        d->engine->pull();
        return d;
    }

    // The patrol's property, which the office, the specialist and the manager share.
    static std::string propertyOf(Device& d)
    {
        return d.engine->state().user().value()["property_ids"][0].get<std::string>();
    }

    static StaffRole roleOf(Device& d) { return d.store->records().get<Staff>(d.userId())->role; }

    template <class R>
    static R step(Device& d, const R& r, std::string_view action, const std::optional<std::string>& note = {},
                  Timestamp at = Timestamp::now(480))
    {
        const auto after
            = LoopFlow<R>::apply(*d.store->records().get<R>(r.id), action, d.userId(), roleOf(d), at, note);
        d.store->records().update(after);
        return after;
    }

    // The events the server holds of a loop, oldest first: "action from->to by actor".
    std::vector<LoopEvent> serverEvents(const std::string& loopId)
    {
        sqlite::Database db(server.dataDir() / "server.db");
        sqlite::Statement st(db,
                             "SELECT id, fields FROM record WHERE entity = 'loop_event' "
                             "AND json_extract(fields, '$.loop_id') = ?1 ORDER BY version");
        st.bind(1, loopId);
        std::vector<LoopEvent> out;
        while (st.step())
            out.push_back(fromFields<LoopEvent>(st.getString(0), 0, false, parseJson(st.getString(1))));
        return out;
    }

    RepairOrder dispatchedOrder(Device& desk, const std::string& to)
    {
        RepairOrder r;
        r.id = newUuid();
        r.propertyId = propertyOf(desk);
        r.description = "厨房水龙头漏水";
        r.registeredBy = desk.userId();
        r.registeredAt = Timestamp::now(480);
        desk.store->records().insert(r);
        EXPECT_EQ(desk.engine->syncOnce().push.applied, 1);
        auto loaded = *desk.store->records().get<RepairOrder>(r.id);
        loaded.assigneeId = to;
        desk.store->records().update(loaded);
        step(desk, loaded, "dispatch");
        EXPECT_EQ(desk.engine->syncOnce().push.applied, 1);
        return *desk.store->records().get<RepairOrder>(r.id);
    }
};

} // namespace

TEST_F(LoopScenario, TwoDevicesActingOnOneRepairOrderOfflineTheFirstWinsTheOtherIsToldWhoAndWhatItIsNow)
{
    auto desk = device("desk", "office");
    auto phone = device("phone", "patrol");
    auto manager = device("manager", "manager");
    const auto order = dispatchedOrder(*desk, phone->userId());
    phone->engine->pull();
    manager->engine->pull();

    // Offline: the patrol accepts it on the phone; the manager re-dispatches it elsewhere.
    step(*phone, order, "accept");
    auto elsewhere = *manager->store->records().get<RepairOrder>(order.id);
    elsewhere.assigneeId = manager->userId();
    manager->store->records().update(elsewhere);
    step(*manager, elsewhere, "redispatch", std::string{"李师傅休假"});

    EXPECT_EQ(phone->engine->syncOnce().push.applied, 1) << "the first to reach the server wins";
    const auto late = manager->engine->syncOnce();
    EXPECT_EQ(late.push.rejected, 1) << "not merged, not a conflict";
    const auto rejected = manager->store->outbox().rejected();
    ASSERT_EQ(rejected.size(), 1U) << "kept on the device, marked";
    ASSERT_TRUE(rejected[0].reason);
    const auto winner = manager->store->records().get<Staff>(phone->userId())->name;
    EXPECT_NE(rejected[0].reason->find("already accepted by " + winner + " at "), std::string::npos)
        << *rejected[0].reason;
    EXPECT_NE(rejected[0].reason->find("it is now accepted"), std::string::npos) << *rejected[0].reason;
    const auto onLoser = manager->store->records().get<RepairOrder>(order.id);
    EXPECT_EQ(onLoser->status, RepairStatus::Accepted) << "the loser's device pulled the winner's state";
    // Its own rejected values (the new assignee) stay on it beside the reason, as every
    // rejected change's do, until the user drops or redoes them.

    const auto events = serverEvents(order.id);
    ASSERT_EQ(events.size(), 3U) << "register, dispatch, accept; nothing of the late step";
    EXPECT_EQ(events[2].action, "accept");
    EXPECT_EQ(events[2].actorId, phone->userId());
    EXPECT_EQ(events[2].fromStatus, "dispatched");
    EXPECT_EQ(events[2].toStatus, "accepted");
}

TEST_F(LoopScenario, TheSameStepTakenOnTwoDevicesOfflineIsAppliedOnceAndTheSecondRejected)
{
    auto desk = device("desk", "office");
    auto phone = device("phone", "patrol");
    auto tablet = device("tablet", "patrol");
    const auto order = dispatchedOrder(*desk, phone->userId());
    phone->engine->pull();
    tablet->engine->pull();
    step(*phone, order, "accept");
    step(*tablet, order, "accept");
    EXPECT_EQ(phone->engine->syncOnce().push.applied, 1);
    EXPECT_EQ(tablet->engine->syncOnce().push.rejected, 1);
    EXPECT_EQ(serverEvents(order.id).size(), 3U) << "one acceptance";
}

TEST_F(LoopScenario, AComplaintApprovedOnATabletOfflineIsDatedWhenApprovedAndReachesTheOthers)
{
    auto specialist = device("specialist", "specialist");
    auto tablet = device("tablet", "manager");
    Complaint c;
    c.id = newUuid();
    c.propertyId = propertyOf(*specialist);
    c.complainant = "3-1-502 业主";
    c.receivedAt = Timestamp::now(480);
    c.content = "楼道垃圾两天没有清运";
    c.complaintClass = "cleaning";
    c.registeredBy = specialist->userId();
    c.handlerId = specialist->userId();
    specialist->store->records().insert(c);
    specialist->engine->syncOnce();
    c = step(*specialist, c, "accept");
    specialist->engine->syncOnce();
    auto judged = *specialist->store->records().get<Complaint>(c.id);
    judged.cause = "保洁排班缺人";
    judged.department = "cleaning";
    specialist->store->records().update(judged);
    step(*specialist, judged, "investigate");
    specialist->engine->syncOnce();
    auto investigated = *specialist->store->records().get<Complaint>(c.id);
    investigated.solution = "增加一班清运";
    specialist->store->records().update(investigated);
    step(*specialist, investigated, "propose");
    specialist->engine->syncOnce();

    tablet->engine->pull();
    const auto approvedAt = Timestamp::now(480).plusMinutes(-90); // offline, an hour and a half ago
    step(*tablet, *tablet->store->records().get<Complaint>(c.id), "approve", {}, approvedAt);
    EXPECT_EQ(tablet->engine->syncOnce().push.applied, 1);

    const auto events = serverEvents(c.id);
    ASSERT_EQ(events.size(), 5U) << "register, accept, investigate, propose, approve";
    EXPECT_EQ(events[0].action, "register");
    EXPECT_FALSE(events[0].fromStatus);
    const auto& approval = events[4];
    EXPECT_EQ(approval.action, "approve");
    EXPECT_EQ(approval.actorId, tablet->userId());
    EXPECT_EQ(approval.at.utcMs, approvedAt.utcMs) << "when the supervisor approved, not when it synced";
    EXPECT_GT(approval.receivedAt.utcMs, approvedAt.utcMs);

    specialist->engine->pull();
    const auto pulled = specialist->store->records().all<LoopEvent>();
    EXPECT_EQ(std::count_if(pulled.begin(), pulled.end(), [&](const LoopEvent& e) { return e.loopId == c.id; }), 5)
        << "events pull to the property's devices like any record";
    EXPECT_EQ(specialist->store->records().get<Complaint>(c.id)->approvedBy, tablet->userId());
}

TEST_F(LoopScenario, APushRetriedAfterItsAnswerWasLostMakesNoSecondEvent)
{
    auto desk = device("desk", "office");
    auto phone = device("phone", "patrol");
    const auto order = dispatchedOrder(*desk, phone->userId());
    phone->engine->pull();
    step(*phone, order, "accept");
    AnswerLost lossy(*phone->http);
    sync::SyncEngine flaky(*phone->store, lossy);
    EXPECT_THROW(flaky.push(), Error);
    EXPECT_EQ(phone->engine->push().duplicate, 1);
    EXPECT_EQ(serverEvents(order.id).size(), 3U) << "register, dispatch, accept: once";
}

TEST_F(LoopScenario, ADeviceCannotWriteALoopEvent)
{
    auto manager = device("manager", "manager");
    LoopEvent e;
    e.id = newUuid();
    e.propertyId = propertyOf(*manager);
    e.loopEntity = "repair_order";
    e.loopId = newUuid();
    e.action = "close";
    e.toStatus = "closed";
    e.actorId = manager->userId();
    manager->store->records().insert(e);
    EXPECT_EQ(manager->engine->syncOnce().push.rejected, 1);
    EXPECT_TRUE(serverEvents(e.loopId).empty());
}

TEST_F(LoopScenario, AReturnVisitDoneMovesItsRepairOrderToVisitedInTheVisitorsName)
{
    auto desk = device("desk", "office");
    auto phone = device("phone", "patrol");
    auto specialist = device("specialist", "specialist");
    const auto order = dispatchedOrder(*desk, phone->userId());
    phone->engine->pull();
    step(*phone, order, "accept");
    EXPECT_EQ(phone->engine->syncOnce().push.applied, 1) << "one step a change";
    auto accepted = *phone->store->records().get<RepairOrder>(order.id);
    accepted.afterPhotoIds = {newUuid()};
    accepted.signaturePhotoId = newUuid();
    phone->store->records().update(accepted);
    step(*phone, accepted, "finish");
    EXPECT_EQ(phone->engine->syncOnce().push.applied, 1);

    specialist->engine->pull();
    OwnerVisit v;
    v.id = newUuid();
    v.propertyId = order.propertyId;
    v.ownerId = specialist->any<Owner>().id;
    v.staffId = specialist->userId();
    v.purpose = VisitPurpose::AfterRepair;
    v.status = VisitStatus::Done;
    v.visitedAt = Timestamp::now(480);
    v.serviceKind = ServiceKind::Repair;
    v.serviceRef = order.id;
    v.outcome = VisitOutcome::Satisfied;
    specialist->store->records().insert(v);
    EXPECT_EQ(specialist->engine->syncOnce().push.applied, 1);

    specialist->engine->pull();
    EXPECT_EQ(specialist->store->records().get<RepairOrder>(order.id)->status, RepairStatus::Visited);
    const auto events = serverEvents(order.id);
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().action, "visit");
    EXPECT_EQ(events.back().fromStatus, "done");
    EXPECT_EQ(events.back().actorId, specialist->userId()) << "the visit's staff member";
}

TEST_F(LoopScenario, AComplaintsClassMustBeOneOfItsPropertysList)
{
    auto specialist = device("specialist", "specialist");
    Complaint c;
    c.id = newUuid();
    c.propertyId = propertyOf(*specialist);
    c.complainant = "业主";
    c.receivedAt = Timestamp::now(480);
    c.content = "内容";
    c.complaintClass = "weather";
    c.registeredBy = specialist->userId();
    specialist->store->records().insert(c);
    EXPECT_EQ(specialist->engine->syncOnce().push.rejected, 1);
    const auto rejected = specialist->store->outbox().rejected();
    ASSERT_EQ(rejected.size(), 1U);
    EXPECT_NE(rejected[0].reason->find("complaint classes"), std::string::npos) << *rejected[0].reason;
}
