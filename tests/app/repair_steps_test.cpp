// Repair orders (报修) on the phone: the front desk registers one on the owner's behalf and
// dispatches it; the assignee accepts, finishes with an after-photo and the owner's
// signature; the owner rates it. Every step is RepairFlow's, saved at once to sync.
#include "model_fixture.hpp"

#include "loop_intake.hpp"
#include "loop_list_model.hpp"
#include "repair_actions.hpp"
#include "session.hpp"

#include "patrolbook/sync/device_state.hpp"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>

namespace {

QString pngDataUrl()
{
    QImage image(300, 150, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return "data:image/png;base64," + QString::fromLatin1(png.toBase64());
}

} // namespace

class RepairStepsTest : public ModelTest {
protected:
    void signInAs(const std::string& username, const std::string& role)
    {
        const auto& user = staff(username);
        patrolbook::sync::DeviceState(store().database())
            .setSignIn("test-token", {{"id", user.id}, {"name", user.name}, {"role", role}});
        session().reloadUser();
    }

    QString registered()
    {
        signInAs("office", "office");
        LoopIntake intake(&session());
        const auto id = intake.registerRepair(QString::fromStdString(estate_.owners[0].id), "phone", "plumbing",
                                              "厨房水管漏水", "urgent", {});
        EXPECT_FALSE(id.isEmpty()) << intake.errorString().toStdString();
        return id;
    }

    patrolbook::RepairOrder order(const QString& id)
    {
        return *records().get<patrolbook::RepairOrder>(id.toStdString());
    }

    QUrl testImage()
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(QColor("#4477aa"));
        const QString path = dir_.filePath("after.png");
        image.save(path);
        return QUrl::fromLocalFile(path);
    }
};

TEST_F(RepairStepsTest, TheFrontDeskRegistersARepairForTheOwnersUnitWaitingToSync)
{
    const auto pending = store().outbox().pendingCount();
    const auto id = registered();
    const auto r = order(id);
    EXPECT_EQ(r.ownerId, estate_.owners[0].id);
    EXPECT_EQ(r.unitId, estate_.owners[0].unitId);
    EXPECT_EQ(r.propertyId, estate_.owners[0].propertyId);
    EXPECT_EQ(r.category, patrolbook::RepairCategory::Plumbing);
    EXPECT_EQ(r.urgency, patrolbook::Urgency::Urgent);
    EXPECT_EQ(r.status, patrolbook::RepairStatus::Registered);
    EXPECT_EQ(r.registeredBy, staff("office").id);
    EXPECT_EQ(store().outbox().pendingCount(), pending + 1);
}

TEST_F(RepairStepsTest, ARepairNeedsADescriptionAndTheOwner)
{
    signInAs("office", "office");
    LoopIntake intake(&session());
    EXPECT_TRUE(
        intake.registerRepair(QString::fromStdString(estate_.owners[0].id), "phone", "plumbing", "  ", "normal", {})
            .isEmpty());
    EXPECT_TRUE(intake.hasError());
    EXPECT_TRUE(intake.registerRepair({}, "phone", "plumbing", "漏水", "normal", {}).isEmpty());
    EXPECT_TRUE(intake.hasError());
}

TEST_F(RepairStepsTest, APatrolUserRegistersNoRepair)
{
    LoopIntake intake(&session());
    EXPECT_TRUE(
        intake.registerRepair(QString::fromStdString(estate_.owners[0].id), "phone", "plumbing", "漏水", "normal", {})
            .isEmpty());
    EXPECT_TRUE(intake.hasError());
}

TEST_F(RepairStepsTest, TheDeskDispatchesToAStaffMemberWhoThenSeesItAsTheirs)
{
    const auto id = registered();
    RepairActions desk(&session());
    desk.setRepairId(id);
    EXPECT_EQ(desk.steps(), QStringList{"dispatch"});
    EXPECT_FALSE(desk.dispatch({})) << "dispatch needs someone";
    EXPECT_TRUE(desk.hasError());
    ASSERT_TRUE(desk.dispatch(QString::fromStdString(userId_))) << desk.errorString().toStdString();
    EXPECT_EQ(order(id).status, patrolbook::RepairStatus::Dispatched);
    EXPECT_EQ(order(id).dispatchedBy, staff("office").id);

    signInAs("patrol", "patrol");
    LoopListModel mine(&session());
    QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::Fatal);
    mine.setFilter("mine");
    // Among the demo estate's orders assigned to them, this one.
    const auto mineIds = strings(mine, LoopListModel::RecordIdRole);
    ASSERT_TRUE(mineIds.contains(id));
    EXPECT_TRUE(mine.data(mine.index(int(mineIds.indexOf(id)), 0), LoopListModel::UrgentRole).toBool());
    EXPECT_FALSE(mine.data(mine.index(0, 0), LoopListModel::WaitingRole).toString().isEmpty());
}

TEST_F(RepairStepsTest, TheAssigneeAcceptsAndFinishesOnlyWithAnAfterPhotoAndTheOwnersSignature)
{
    const auto id = registered();
    {
        RepairActions desk(&session());
        desk.setRepairId(id);
        ASSERT_TRUE(desk.dispatch(QString::fromStdString(userId_)));
    }
    signInAs("patrol", "patrol");
    RepairActions steps(&session());
    steps.setRepairId(id);
    EXPECT_TRUE(steps.can("accept"));
    EXPECT_TRUE(steps.can("refuse"));
    EXPECT_FALSE(steps.can("finish"));
    ASSERT_TRUE(steps.accept());
    EXPECT_TRUE(order(id).acceptedAt.has_value());
    EXPECT_TRUE(steps.can("finish"));

    EXPECT_FALSE(steps.finish("生料带"));
    EXPECT_TRUE(steps.hasError()) << "no after-photo, no signature";
    EXPECT_EQ(order(id).status, patrolbook::RepairStatus::Accepted);
    ASSERT_TRUE(steps.addAfterPhoto(testImage())) << steps.errorString().toStdString();
    EXPECT_EQ(steps.afterPhotoCount(), 1);
    EXPECT_FALSE(steps.finish("生料带")) << "still no signature";
    ASSERT_TRUE(steps.setSignature(pngDataUrl())) << steps.errorString().toStdString();
    EXPECT_TRUE(steps.hasSignature());
    ASSERT_TRUE(steps.finish("生料带")) << steps.errorString().toStdString();
    const auto done = order(id);
    EXPECT_EQ(done.status, patrolbook::RepairStatus::Done);
    EXPECT_EQ(done.materials, "生料带");
    EXPECT_TRUE(done.doneAt.has_value());
    ASSERT_TRUE(done.signaturePhotoId.has_value());
    EXPECT_TRUE(records().get<patrolbook::Photo>(*done.signaturePhotoId).has_value()) << "kept as a photo record";
}

TEST_F(RepairStepsTest, TheAssigneeRefusesItBackWithAReasonAndTheDeskRedispatches)
{
    const auto id = registered();
    RepairActions desk(&session());
    desk.setRepairId(id);
    ASSERT_TRUE(desk.dispatch(QString::fromStdString(userId_)));
    signInAs("patrol", "patrol");
    RepairActions steps(&session());
    steps.setRepairId(id);
    EXPECT_FALSE(steps.refuse(" ")) << "退单 needs the reason";
    ASSERT_TRUE(steps.refuse("不是我的片区"));
    EXPECT_EQ(order(id).status, patrolbook::RepairStatus::Registered);
    EXPECT_FALSE(order(id).assigneeId.has_value());
    EXPECT_TRUE(steps.steps().isEmpty());

    signInAs("office", "office");
    ASSERT_TRUE(desk.dispatch(QString::fromStdString(staff("patrol2").id)));
    EXPECT_TRUE(desk.can("redispatch"));
    EXPECT_FALSE(desk.redispatch(QString::fromStdString(userId_), "")) << "转单 needs the reason";
    ASSERT_TRUE(desk.redispatch(QString::fromStdString(userId_), "李娜休假"));
    EXPECT_EQ(order(id).assigneeId, userId_);
    EXPECT_EQ(order(id).stepNote, "李娜休假");
}

TEST_F(RepairStepsTest, TheOwnersRatingIsRecordedOnceItIsDone)
{
    const auto id = registered();
    RepairActions desk(&session());
    desk.setRepairId(id);
    ASSERT_TRUE(desk.dispatch(QString::fromStdString(userId_)));
    signInAs("patrol", "patrol");
    RepairActions steps(&session());
    steps.setRepairId(id);
    ASSERT_TRUE(steps.accept());
    ASSERT_TRUE(steps.addAfterPhoto(testImage()));
    ASSERT_TRUE(steps.setSignature(pngDataUrl()));
    ASSERT_TRUE(steps.finish({}));
    EXPECT_FALSE(steps.rate("", "")) << "a rating is one of three";
    ASSERT_TRUE(steps.rate("average", "来得有点晚"));
    EXPECT_EQ(order(id).rating, patrolbook::VisitOutcome::Average);
    EXPECT_EQ(order(id).ratingNote, "来得有点晚");
    EXPECT_EQ(order(id).status, patrolbook::RepairStatus::Rated);
}

TEST_F(RepairStepsTest, TheDesksQueueHoldsRegisteredOrdersOnly)
{
    const auto id = registered();
    LoopListModel queue(&session());
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.setFilter("approval");
    EXPECT_TRUE(strings(queue, LoopListModel::RecordIdRole).contains(id));
    RepairActions desk(&session());
    desk.setRepairId(id);
    ASSERT_TRUE(desk.dispatch(QString::fromStdString(userId_)));
    notifySaved();
    EXPECT_FALSE(strings(queue, LoopListModel::RecordIdRole).contains(id)) << "dispatched, off the queue";
}
