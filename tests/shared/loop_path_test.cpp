// Steps a device took one after another while offline reach the server as one change
// (the outbox keeps one entry per record): the loops judge such a change by the chain
// of steps that explains it, each one the user's to take (loops/loop_flow.hpp).

#include "patrolbook/loops/repair_flow.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using enum RepairStatus;

namespace {

const std::string desk = "desk", fitter = "fitter", other = "other";
const Timestamp now = Timestamp::fromUtcMs(1'800'000'000'000);

RepairOrder dispatchedTo(const std::string& assignee)
{
    RepairOrder r;
    r.registeredBy = desk;
    r.status = Dispatched;
    r.assigneeId = assignee;
    return r;
}

} // namespace

TEST(LoopPath, AcceptedAndFinishedOfflineIsOneChangeMadeOfTheAssigneesTwoSteps)
{
    const auto before = dispatchedTo(fitter);
    auto after = RepairFlow::apply(before, "accept", fitter, StaffRole::Patrol, now);
    after.afterPhotoIds = {"after"};
    after.signaturePhotoId = "signature";
    after = RepairFlow::apply(after, "finish", fitter, StaffRole::Patrol, now);

    const auto path = RepairFlow::pathBetween(before, after, fitter, StaffRole::Patrol);
    ASSERT_EQ(path.size(), 2U);
    EXPECT_EQ(path[0]->action, "accept");
    EXPECT_EQ(path[1]->action, "finish");
    EXPECT_FALSE(RepairFlow::refusal(before, after, fitter, StaffRole::Patrol));
}

TEST(LoopPath, AChainIsRefusedWhenOneOfItsStepsIsNotTheUsersOrLacksWhatItNeeds)
{
    const auto before = dispatchedTo(fitter);
    auto done = before;
    done.status = Done;
    done.afterPhotoIds = {"after"};
    done.signaturePhotoId = "signature";
    EXPECT_TRUE(RepairFlow::refusal(before, done, other, StaffRole::Patrol)) << "not assigned to them";

    auto noSignature = done;
    noSignature.signaturePhotoId.reset();
    const auto refusal = RepairFlow::refusal(before, noSignature, fitter, StaffRole::Patrol);
    ASSERT_TRUE(refusal);
    EXPECT_NE(refusal->find("signature_photo_id"), std::string::npos) << *refusal;

    RepairOrder registered;
    registered.registeredBy = desk;
    auto skipped = done;
    EXPECT_TRUE(RepairFlow::refusal(registered, skipped, fitter, StaffRole::Patrol))
        << "nobody dispatched it to them: they cannot have accepted it";
}
