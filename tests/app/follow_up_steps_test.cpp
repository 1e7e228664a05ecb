// A follow-up's steps on the phone (FollowUpActions over FollowUpFlow): only the user's
// steps are offered, each is saved at once to sync, fixed needs what was done.
#include "model_fixture.hpp"

#include "follow_up_actions.hpp"

#include "patrolbook/uuid.hpp"

class FollowUpStepsTest : public ModelTest {
protected:
    patrolbook::FollowUp assigned(const std::string& assignee)
    {
        patrolbook::FollowUp f;
        f.id = patrolbook::newUuid();
        f.version = 1;
        f.propertyId = home().id;
        f.areaId = estate_.areas[1].id;
        f.description = "楼道灯不亮";
        f.assigneeId = assignee;
        f.createdBy = staff("manager").id;
        f.createdAt = now().plusMinutes(-600);
        records().putFromServer(f);
        return f;
    }
};

TEST_F(FollowUpStepsTest, TheAssigneeTakesItAndMarksItFixedWithWhatWasDone)
{
    const auto f = assigned(userId_);
    FollowUpActions steps(&session());
    steps.setFollowUpId(QString::fromStdString(f.id));
    EXPECT_TRUE(steps.canTake());
    EXPECT_TRUE(steps.canMarkFixed());
    EXPECT_FALSE(steps.canVerify()) << "a manager checks the fix";
    EXPECT_FALSE(steps.canReopen());

    const auto pending = store().outbox().pendingCount();
    ASSERT_TRUE(steps.take());
    EXPECT_EQ(records().get<patrolbook::FollowUp>(f.id)->status, patrolbook::FollowUpStatus::InProgress);
    EXPECT_EQ(store().outbox().pendingCount(), pending + 1) << "saved, waiting to sync";
    EXPECT_FALSE(steps.canTake());
    EXPECT_TRUE(steps.canRelease());

    EXPECT_FALSE(steps.markFixed("  "));
    EXPECT_TRUE(steps.hasError()) << "fixed needs what was done";
    EXPECT_EQ(records().get<patrolbook::FollowUp>(f.id)->status, patrolbook::FollowUpStatus::InProgress);
    ASSERT_TRUE(steps.markFixed("已更换灯管"));
    EXPECT_FALSE(steps.hasError());
    const auto fixed = records().get<patrolbook::FollowUp>(f.id);
    EXPECT_EQ(fixed->status, patrolbook::FollowUpStatus::Fixed);
    EXPECT_EQ(fixed->resolution, "已更换灯管");
    EXPECT_FALSE(steps.canMarkFixed() || steps.canTake() || steps.canVerify()) << "now it waits for a manager";
}

TEST_F(FollowUpStepsTest, AColleaguesFollowUpOffersNoStep)
{
    const auto f = assigned(staff("patrol2").id);
    FollowUpActions steps(&session());
    steps.setFollowUpId(QString::fromStdString(f.id));
    EXPECT_FALSE(steps.canTake() || steps.canRelease() || steps.canMarkFixed() || steps.canVerify()
                 || steps.canReopen());
    EXPECT_FALSE(steps.take());
    EXPECT_TRUE(steps.hasError());
    EXPECT_EQ(records().get<patrolbook::FollowUp>(f.id)->status, patrolbook::FollowUpStatus::Open);
}
