// The session's change notifications and the patrol form's saves, on a real store.
#include "model_fixture.hpp"

#include "patrol_form.hpp"
#include "session.hpp"
#include "sync_status.hpp"

#include "patrolbook/records.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using SessionTest = ModelTest;

TEST_F(SessionTest, ABurstOfSavesReloadsTheListsOnceAfterIt)
{
    QSignalSpy changed(Session::instance(), &Session::recordsChanged);
    for (int i = 0; i < 12; ++i)
        Session::instance()->notifyRecordsChanged();
    EXPECT_EQ(changed.count(), 0) << "not inside the saves";
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(changed.wait(Session::changeCoalesceMs * 3)) << "one reload for the burst";
}

TEST_F(SessionTest, AFailedLineGetsItsFollowUpInTheSameSaveAndLosesItIfAnsweredAgain)
{
    PatrolForm form;
    const auto areas = store().records().all<patrolbook::Area>();
    ASSERT_FALSE(areas.empty());
    ASSERT_TRUE(form.start(QString::fromStdString(areas.front().id))) << form.errorString().toStdString();
    const auto before = store().records().count<patrolbook::FollowUp>();
    ASSERT_TRUE(form.setResult(0, "fail"));
    EXPECT_EQ(store().records().count<patrolbook::FollowUp>(), before + 1);
    EXPECT_FALSE(form.items()->row(0).followUpId.isEmpty());
    ASSERT_TRUE(form.setFollowUp(0, "Broken tile", "", "2026-12-31"));
    EXPECT_EQ(form.items()->row(0).followUpText, "Broken tile");
    EXPECT_EQ(form.items()->row(0).dueDate, "2026-12-31");
    EXPECT_FALSE(form.setFollowUp(0, "  ", "", "")) << "what is wrong must be said";
    EXPECT_TRUE(form.hasError());
    EXPECT_FALSE(form.setFollowUp(0, "Broken tile", "", "31/12/2026")) << "not a date";

    ASSERT_TRUE(form.setResult(0, "pass"));
    EXPECT_EQ(store().records().count<patrolbook::FollowUp>(), before)
        << "a follow-up that never left the phone goes with the failed answer";
    EXPECT_TRUE(form.items()->row(0).followUpId.isEmpty());
}

TEST_F(SessionTest, APatrolFinishesOnlyWhenEveryLineIsAnswered)
{
    PatrolForm form;
    const auto areas = store().records().all<patrolbook::Area>();
    ASSERT_TRUE(form.start(QString::fromStdString(areas.back().id)));
    for (int row = 0; row + 1 < form.total(); ++row)
        ASSERT_TRUE(form.setResult(row, "pass"));
    EXPECT_FALSE(form.finish());
    EXPECT_TRUE(form.errorString().contains(form.items()->row(form.total() - 1).title));
    EXPECT_EQ(form.status(), "draft");
    ASSERT_TRUE(form.setResult(form.total() - 1, "na"));
    EXPECT_TRUE(form.finish()) << form.errorString().toStdString();
    const auto stored = store().records().get<patrolbook::Inspection>(form.inspectionId().toStdString());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, patrolbook::RecordStatus::Finished);
    EXPECT_TRUE(stored->finishedAt.has_value());
}

TEST_F(SessionTest, TheLastSyncIsRememberedAcrossRestarts)
{
    const QDateTime when(QDate(2026, 11, 27), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600);
    patrolbook::sync::DeviceState(store().database())
        .set("last_sync_at", when.toString(Qt::ISODateWithMs).toStdString());
    // A new session over the same store, as after the app was closed and opened again.
    Session::shutdown();
    ASSERT_TRUE(SyncStatus::instance()->lastSyncAt().isValid());
    EXPECT_EQ(SyncStatus::instance()->lastSyncAt().toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
}

TEST_F(SessionTest, ASignInThatCannotReachTheServerSaysSoAndPromisesNothing)
{
    auto* session = Session::instance();
    session->signIn("http://127.0.0.1:9", "patrol", "demo"); // nothing listens on port 9
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session->busy() && session->hasError(); }, 30'000));
    const QString message = session->errorString();
    EXPECT_TRUE(message.contains("http://127.0.0.1:9")) << message.toStdString();
    EXPECT_TRUE(message.contains("not signed in")) << message.toStdString();
    EXPECT_FALSE(message.contains("saved")) << "nothing was saved: " << message.toStdString();
    EXPECT_FALSE(message.contains("will be sent")) << message.toStdString();
}
