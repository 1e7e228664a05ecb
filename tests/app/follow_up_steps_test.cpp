// A follow-up's steps on the phone (FollowUpActions over FollowUpFlow): only the user's
// steps are offered, each is saved at once to sync, fixed needs what was done and an
// after-photo, a manager verifies seeing both photos, reopens with a reason, reassigns.
#include "model_fixture.hpp"

#include "follow_up_actions.hpp"

#include "patrolbook/uuid.hpp"

#include <QColor>
#include <QDir>
#include <QImage>

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
    // A picture as the camera or the file picker hands it over.
    QUrl pictureFile()
    {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor("#6d8f5a"));
        const auto path = QDir(dir_.path()).filePath("after.jpg");
        image.save(path, "JPEG");
        return QUrl::fromLocalFile(path);
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
    EXPECT_FALSE(steps.markFixed("已更换灯管"));
    EXPECT_TRUE(steps.hasError()) << "fixed needs an after-photo";
    EXPECT_EQ(records().get<patrolbook::FollowUp>(f.id)->status, patrolbook::FollowUpStatus::InProgress);
    ASSERT_TRUE(steps.addAfterPhoto(pictureFile()));
    EXPECT_EQ(steps.afterPhotoCount(), 1);
    EXPECT_EQ(steps.afterPhotoUrls().size(), 1) << "the photo is on the device, shown at once";
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

TEST_F(FollowUpStepsTest, AManagerVerifiesAFixSeeingTheAfterPhotoOrReopensItWithTheReason)
{
    const auto f = assigned(userId_);
    {
        FollowUpActions patrol(&session());
        patrol.setFollowUpId(QString::fromStdString(f.id));
        ASSERT_TRUE(patrol.addAfterPhoto(pictureFile()));
        ASSERT_TRUE(patrol.markFixed("已更换灯管"));
    }
    signInAs("manager");
    FollowUpActions manager(&session());
    manager.setFollowUpId(QString::fromStdString(f.id));
    EXPECT_TRUE(manager.canVerify());
    EXPECT_TRUE(manager.canReopen());
    EXPECT_EQ(manager.afterPhotoUrls().size(), 1) << "the manager sees the fix";

    EXPECT_FALSE(manager.reopen(""));
    EXPECT_TRUE(manager.hasError()) << "a reopening says why";
    ASSERT_TRUE(manager.reopen("灯管仍然闪烁"));
    auto reopened = records().get<patrolbook::FollowUp>(f.id);
    EXPECT_EQ(reopened->status, patrolbook::FollowUpStatus::Open);
    EXPECT_EQ(reopened->stepNote, "灯管仍然闪烁");

    ASSERT_TRUE(manager.verify());
    const auto closed = records().get<patrolbook::FollowUp>(f.id);
    EXPECT_EQ(closed->status, patrolbook::FollowUpStatus::Closed);
    EXPECT_EQ(closed->verifiedBy, staff("manager").id);
}

TEST_F(FollowUpStepsTest, AManagerReassignsAFollowUpToAnotherStaffMemberButAPatrolUserCannot)
{
    const auto f = assigned(userId_);
    FollowUpActions patrol(&session());
    patrol.setFollowUpId(QString::fromStdString(f.id));
    EXPECT_FALSE(patrol.canReassign()) << "the desk or a manager dispatches";
    EXPECT_FALSE(patrol.reassign(QString::fromStdString(staff("patrol2").id), {}));

    signInAs("manager");
    FollowUpActions manager(&session());
    manager.setFollowUpId(QString::fromStdString(f.id));
    EXPECT_TRUE(manager.canReassign());
    EXPECT_FALSE(manager.reassign({}, {})) << "to someone";
    EXPECT_TRUE(manager.hasError());
    ASSERT_TRUE(manager.reassign(QString::fromStdString(staff("patrol2").id), "张伟休假"));
    const auto moved = records().get<patrolbook::FollowUp>(f.id);
    EXPECT_EQ(moved->assigneeId, staff("patrol2").id);
    EXPECT_EQ(moved->status, patrolbook::FollowUpStatus::Open);
    EXPECT_EQ(manager.assigneeId(), QString::fromStdString(staff("patrol2").id));
}
