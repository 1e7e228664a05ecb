// The follow-up loop (patrolbook/follow_up_flow.hpp): every step allowed and refused, by
// role and relation, with what each needs; the same table the server judges by.

#include "patrolbook/enum_names.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/follow_up_flow.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using enum FollowUpStatus;
using enum FollowUpAction;

namespace {

const std::string maker = "maker", assignee = "assignee", other = "other", boss = "boss";

FollowUp followUp(FollowUpStatus status, bool assigned = true)
{
    FollowUp f;
    f.status = status;
    f.createdBy = maker;
    if (assigned)
        f.assigneeId = assignee;
    return f;
}

const Timestamp now = Timestamp::fromUtcMs(1'800'000'000'000);

} // namespace

TEST(FollowUpFlow, EachStatusOffersEachPersonOnlyTheirSteps)
{
    using Actions = std::vector<FollowUpAction>;
    EXPECT_EQ(FollowUpFlow::allowed(followUp(Open), assignee, StaffRole::Patrol), (Actions{Take, MarkFixed}));
    EXPECT_EQ(FollowUpFlow::allowed(followUp(InProgress), assignee, StaffRole::Patrol), (Actions{Release, MarkFixed}));
    EXPECT_TRUE(FollowUpFlow::allowed(followUp(Fixed), assignee, StaffRole::Patrol).empty()) << "a manager checks it";
    EXPECT_TRUE(FollowUpFlow::allowed(followUp(Closed), assignee, StaffRole::Patrol).empty());
    EXPECT_TRUE(FollowUpFlow::allowed(followUp(Open), maker, StaffRole::Patrol).empty())
        << "its maker, once someone else is on it";
    EXPECT_EQ(FollowUpFlow::allowed(followUp(Open, false), maker, StaffRole::Patrol), (Actions{Take, MarkFixed}))
        << "nobody assigned: its maker works on it";
    EXPECT_TRUE(FollowUpFlow::allowed(followUp(Open), other, StaffRole::Specialist).empty());
    EXPECT_TRUE(FollowUpFlow::allowed(followUp(Open), other, StaffRole::Office).empty()) << "the front desk dispatches";
    EXPECT_EQ(FollowUpFlow::allowed(followUp(Open), boss, StaffRole::Manager), (Actions{Take, MarkFixed, Verify}));
    EXPECT_EQ(FollowUpFlow::allowed(followUp(Fixed), boss, StaffRole::Manager), (Actions{Verify, Reopen}));
    EXPECT_EQ(FollowUpFlow::allowed(followUp(Closed), boss, StaffRole::Manager), (Actions{Reopen}));
}

TEST(FollowUpFlow, FixedNeedsWhatWasDoneAndAnAfterPhotoClosedAVerifierAndReopenedAReason)
{
    auto withPhoto = followUp(InProgress);
    withPhoto.afterPhotoIds = {"after-photo"};
    EXPECT_THROW(FollowUpFlow::apply(withPhoto, MarkFixed, assignee, StaffRole::Patrol, now, "  "), Error);
    try {
        FollowUpFlow::apply(followUp(InProgress), MarkFixed, assignee, StaffRole::Patrol, now, "已更换灯管");
        FAIL() << "marked fixed without a photo of the fix";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Required);
        EXPECT_EQ(e.field(), "after_photo_ids");
    }
    const auto fixed = FollowUpFlow::apply(withPhoto, MarkFixed, assignee, StaffRole::Patrol, now, "已更换灯管");
    EXPECT_EQ(fixed.status, Fixed);
    EXPECT_EQ(fixed.resolution, "已更换灯管");

    const auto closed = FollowUpFlow::apply(fixed, Verify, boss, StaffRole::Manager, now);
    EXPECT_EQ(closed.status, Closed);
    EXPECT_EQ(closed.verifiedBy, boss);
    EXPECT_EQ(closed.verifiedAt, now);
    EXPECT_EQ(closed.resolution, "已更换灯管") << "what was done stays";

    try {
        FollowUpFlow::apply(closed, Reopen, boss, StaffRole::Manager, now);
        FAIL() << "a reopening needs its reason";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Required);
        EXPECT_EQ(e.field(), "step_note");
    }
    const auto reopened = FollowUpFlow::apply(closed, Reopen, boss, StaffRole::Manager, now, "灯还是不亮");
    EXPECT_EQ(reopened.status, Open);
    EXPECT_FALSE(reopened.verifiedBy);
    EXPECT_EQ(reopened.stepNote, "灯还是不亮");
    EXPECT_EQ(reopened.stepAt, now);
    EXPECT_EQ(reopened.resolution, "已更换灯管") << "what was done before stays beside the reason";
}

TEST(FollowUpFlow, AStepNotOneIsAllowedIsRefusedAndNothingChanges)
{
    for (auto [status, action, who, role] :
         std::vector<std::tuple<FollowUpStatus, FollowUpAction, std::string, StaffRole>>{
             {Fixed, Verify, assignee, StaffRole::Patrol}, // only a manager closes
             {Open, Verify, other, StaffRole::Office},
             {Closed, Reopen, assignee, StaffRole::Patrol}, // only a manager reopens
             {Open, Take, other, StaffRole::Patrol}, // not theirs
             {InProgress, Take, assignee, StaffRole::Patrol}, // taken already
             {Closed, MarkFixed, boss, StaffRole::Manager}, // closed: reopen first
         }) {
        try {
            FollowUpFlow::apply(followUp(status), action, who, role, now, "说明");
            ADD_FAILURE() << toString(status) << ": " << int(action) << " by " << who;
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::Forbidden);
        }
    }
}

TEST(FollowUpFlow, TheServerJudgesAStatusChangeByTheSameSteps)
{
    auto to = [](FollowUp f, FollowUpStatus s, std::optional<std::string> resolution = std::nullopt) {
        f.status = s;
        if (resolution) {
            f.resolution = resolution;
            f.afterPhotoIds = {"after-photo"};
        }
        f.stepNote = "说明";
        return f;
    };
    const auto open = followUp(Open);
    EXPECT_FALSE(FollowUpFlow::refusal(open, to(open, InProgress), assignee, StaffRole::Patrol));
    EXPECT_FALSE(FollowUpFlow::refusal(open, to(open, Open), other, StaffRole::Patrol)) << "no change of status";
    EXPECT_TRUE(FollowUpFlow::refusal(open, to(open, InProgress), other, StaffRole::Patrol));
    EXPECT_TRUE(FollowUpFlow::refusal(open, to(open, Fixed), assignee, StaffRole::Patrol)) << "without what was done";
    EXPECT_FALSE(FollowUpFlow::refusal(open, to(open, Fixed, "已清理"), assignee, StaffRole::Patrol));
    const auto closing = FollowUpFlow::refusal(open, to(open, Closed), assignee, StaffRole::Patrol);
    ASSERT_TRUE(closing);
    EXPECT_NE(closing->find("manager"), std::string::npos) << *closing;
    EXPECT_FALSE(FollowUpFlow::refusal(open, to(open, Closed), boss, StaffRole::Manager));
    const auto closed = followUp(Closed);
    EXPECT_TRUE(FollowUpFlow::refusal(closed, to(closed, Open), maker, StaffRole::Patrol));
    EXPECT_FALSE(FollowUpFlow::refusal(closed, to(closed, Open), boss, StaffRole::Manager));
    EXPECT_FALSE(FollowUpFlow::refusal(closed, to(closed, InProgress), boss, StaffRole::Manager))
        << "reopened and taken while offline: two steps sent as one change";
    EXPECT_TRUE(FollowUpFlow::refusal(closed, to(closed, InProgress), assignee, StaffRole::Patrol))
        << "only a manager reopens it, even on the way to taking it";
}
