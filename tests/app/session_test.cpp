// The session's change notifications and the patrol form's saves, on a real store.
#include "model_fixture.hpp"

#include "area_list_model.hpp"
#include "patrol_form.hpp"
#include "session.hpp"
#include "sync_status.hpp"

#include "patrolbook/records.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using SessionTest = ModelTest;

TEST_F(SessionTest, ABurstOfSavesReloadsTheListsOnceAfterIt)
{
    QSignalSpy changed(&session(), &Session::recordsChanged);
    for (int i = 0; i < 12; ++i)
        session().notifyRecordsChanged();
    EXPECT_EQ(changed.count(), 0) << "not inside the saves";
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(changed.wait(Session::changeCoalesceMs * 3)) << "one reload for the burst";
}

TEST_F(SessionTest, AFailedLineGetsItsFollowUpInTheSameSaveAndLosesItIfAnsweredAgain)
{
    PatrolForm form(&session());
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
    PatrolForm form(&session());
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
    session_ = std::make_unique<Session>(dir_.path());
    const SyncStatus status(session());
    ASSERT_TRUE(status.lastSyncAt().isValid());
    EXPECT_EQ(status.lastSyncAt().toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
}

TEST_F(SessionTest, ASignInThatCannotReachTheServerSaysSoAndPromisesNothing)
{
    auto* session = &this->session();
    session->signIn("http://127.0.0.1:9", "patrol", "demo"); // nothing listens on port 9
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session->busy() && session->hasError(); }, 30'000));
    const QString message = session->errorString();
    EXPECT_TRUE(message.contains("http://127.0.0.1:9")) << message.toStdString();
    EXPECT_TRUE(message.contains("not signed in")) << message.toStdString();
    EXPECT_FALSE(message.contains("saved")) << "nothing was saved: " << message.toStdString();
    EXPECT_FALSE(message.contains("will be sent")) << message.toStdString();
}

TEST_F(SessionTest, TwoSessionsInOneProcessKeepTheirOwnDevices)
{
    // Nothing is global: a second device (another data folder) beside the first one, each
    // with its own records and its own sign-in, as a test or a second window would make.
    QTemporaryDir otherDir;
    ASSERT_TRUE(otherDir.isValid());
    Session other(otherDir.path());
    EXPECT_FALSE(other.signedIn());
    EXPECT_TRUE(session().signedIn());
    AreaListModel mine(&session());
    AreaListModel theirs(&other);
    EXPECT_GT(mine.rowCount(), 0);
    EXPECT_EQ(theirs.rowCount(), 0) << "the other device holds no estate";
    EXPECT_NE(other.storeFile(), session().storeFile());
}
