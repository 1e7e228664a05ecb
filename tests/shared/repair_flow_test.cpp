// The repair-order loop (patrolbook/loops/repair_flow.hpp): every step allowed and refused,
// by role and relation, with what each needs; the same table the server judges by.

#include "patrolbook/enum_names.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/loops/repair_flow.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using enum RepairStatus;

namespace {

const std::string desk = "desk", fixer = "fixer", other = "other", boss = "boss";
const Timestamp now = Timestamp::fromUtcMs(1'800'000'000'000);

RepairOrder order(RepairStatus status)
{
    RepairOrder r;
    r.status = status;
    r.registeredBy = desk;
    if (status != Registered)
        r.assigneeId = fixer;
    return r;
}

// The record with what each step needs already filled in, as the app fills it.
RepairOrder ready(RepairStatus status)
{
    auto r = order(status);
    r.afterPhotoIds = {"after"};
    r.signaturePhotoId = "signature";
    r.rating = VisitOutcome::Satisfied;
    return r;
}

std::string applyError(const RepairOrder& r, std::string_view action, const std::string& who, StaffRole role,
                       const std::optional<std::string>& note = "说明")
{
    try {
        RepairFlow::apply(r, action, who, role, now, note);
    } catch (const Error& e) {
        return std::string{toString(e.code())} + ":" + e.field();
    }
    return "applied";
}

} // namespace

TEST(RepairFlow, EachStepIsTakenFromItsStatusByItsPeopleAndLeavesItsStatus)
{
    struct Case {
        RepairStatus from;
        std::string_view action;
        std::string who;
        StaffRole role;
        RepairStatus to;
    };
    for (const auto& c : std::vector<Case>{
             {Registered, "dispatch", desk, StaffRole::Office, Dispatched},
             {Registered, "dispatch", other, StaffRole::Specialist, Dispatched},
             {Dispatched, "redispatch", desk, StaffRole::Office, Dispatched},
             {Accepted, "redispatch", boss, StaffRole::Manager, Dispatched},
             {Dispatched, "refuse", fixer, StaffRole::Patrol, Registered},
             {Dispatched, "accept", fixer, StaffRole::Patrol, Accepted},
             {Accepted, "finish", fixer, StaffRole::Patrol, Done},
             {Done, "rate", fixer, StaffRole::Patrol, Rated},
             {Done, "rate", desk, StaffRole::Office, Rated},
             {Done, "visit", other, StaffRole::Specialist, Visited},
             {Rated, "visit", desk, StaffRole::Office, Visited},
             {Visited, "close", boss, StaffRole::Manager, Closed},
         }) {
        const auto before = ready(c.from);
        auto r = before; // the new assignee is chosen, then the step taken
        if (c.action == "dispatch")
            r.assigneeId = fixer;
        if (c.action == "redispatch")
            r.assigneeId = other;
        const auto after = RepairFlow::apply(r, c.action, c.who, c.role, now, "说明");
        EXPECT_EQ(after.status, c.to) << c.action;
        EXPECT_EQ(after.stepAt, now) << c.action;
        EXPECT_EQ(RepairFlow::stepBetween(before, after, c.who, c.role), RepairFlow::step(c.action))
            << c.action << ": the server reads the same step back";
        EXPECT_FALSE(RepairFlow::refusal(before, after, c.who, c.role)) << c.action;
    }
}

TEST(RepairFlow, AStepIsRefusedToTheWrongPersonAndInTheWrongStatus)
{
    struct Case {
        RepairStatus from;
        std::string_view action;
        std::string who;
        StaffRole role;
    };
    for (const auto& c : std::vector<Case>{
             {Registered, "dispatch", fixer, StaffRole::Patrol}, // patrol staff do not dispatch
             {Dispatched, "accept", other, StaffRole::Patrol}, // not theirs
             {Dispatched, "accept", desk, StaffRole::Office}, // the desk does not accept for them
             {Dispatched, "refuse", boss, StaffRole::Manager}, // a manager re-dispatches instead
             {Accepted, "finish", other, StaffRole::Patrol},
             {Done, "visit", fixer, StaffRole::Patrol}, // the return visit is the desk's
             {Visited, "close", fixer, StaffRole::Patrol},
             {Registered, "accept", fixer, StaffRole::Patrol}, // not dispatched yet
             {Accepted, "accept", fixer, StaffRole::Patrol}, // accepted already
             {Dispatched, "finish", fixer, StaffRole::Patrol}, // accept first
             {Done, "redispatch", desk, StaffRole::Office}, // done: no longer re-dispatched
             {Closed, "rate", desk, StaffRole::Office},
             {Registered, "close", boss, StaffRole::Manager},
         })
        EXPECT_EQ(applyError(ready(c.from), c.action, c.who, c.role), "forbidden:")
            << c.action << " from " << toString(c.from) << " by " << c.who;
}

TEST(RepairFlow, FinishingNeedsAfterPhotosAndTheOwnersSignatureAndTheReasonsAreNeeded)
{
    auto accepted = order(Accepted);
    EXPECT_EQ(applyError(accepted, "finish", fixer, StaffRole::Patrol), "required:after_photo_ids");
    accepted.afterPhotoIds = {"after"};
    EXPECT_EQ(applyError(accepted, "finish", fixer, StaffRole::Patrol), "required:signature_photo_id");
    accepted.signaturePhotoId = "signature";
    EXPECT_EQ(applyError(accepted, "finish", fixer, StaffRole::Patrol), "applied");

    EXPECT_EQ(applyError(order(Done), "rate", desk, StaffRole::Office), "required:rating");
    EXPECT_EQ(applyError(order(Dispatched), "refuse", fixer, StaffRole::Patrol, "  "), "required:step_note")
        << "退单 says why";
    auto moved = order(Dispatched);
    moved.assigneeId = other;
    EXPECT_EQ(applyError(moved, "redispatch", desk, StaffRole::Office, std::nullopt), "required:step_note")
        << "转单 says why";
    auto none = order(Registered);
    EXPECT_EQ(applyError(none, "dispatch", desk, StaffRole::Office), "required:assignee_id");
}

TEST(RepairFlow, StepsStampWhoDispatchedAndWhenItWasAcceptedAndDone)
{
    auto r = order(Registered);
    r.assigneeId = fixer;
    r = RepairFlow::apply(r, "dispatch", desk, StaffRole::Office, now);
    EXPECT_EQ(r.dispatchedBy, desk);
    EXPECT_EQ(r.dispatchedAt, now);
    r = RepairFlow::apply(r, "accept", fixer, StaffRole::Patrol, now.plusMinutes(5));
    EXPECT_EQ(r.acceptedAt, now.plusMinutes(5));
    const auto refused = RepairFlow::apply(order(Dispatched), "refuse", fixer, StaffRole::Patrol, now, "不是我的片区");
    EXPECT_EQ(refused.status, Registered);
    EXPECT_FALSE(refused.assigneeId) << "back to the dispatcher, assigned to nobody";
    EXPECT_EQ(refused.stepNote, "不是我的片区");
}

TEST(RepairFlow, TheServerTellsAReDispatchByItsChangedAssigneeAndAnEditIsNoStep)
{
    const auto before = order(Dispatched);
    auto edited = before;
    edited.materials = "水龙头一个";
    EXPECT_FALSE(RepairFlow::isStep(before, edited));
    EXPECT_FALSE(RepairFlow::refusal(before, edited, other, StaffRole::Patrol)) << "not a step: the policy's to judge";
    auto moved = before;
    moved.assigneeId = other;
    moved.stepNote = "李师傅休假";
    EXPECT_TRUE(RepairFlow::isStep(before, moved));
    EXPECT_EQ(RepairFlow::stepBetween(before, moved, desk, StaffRole::Office), RepairFlow::step("redispatch"));
    EXPECT_TRUE(RepairFlow::refusal(before, moved, fixer, StaffRole::Patrol)) << "the assignee refuses, not passes on";
}
