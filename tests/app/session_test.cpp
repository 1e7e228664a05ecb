// The session on a real store: its change notifications, what it remembers across
// restarts, its sign-in, and that nothing about it is global.
#include "model_fixture.hpp"

#include "area_list_model.hpp"
#include "language.hpp"
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

TEST_F(SessionTest, ChangesLeftWaitingAreSentWhenTheAppOpens)
{
    // A change saved before the app was killed: the new session's sync runs by itself,
    // without waiting for another save. (No server here: the run ends in an error.)
    auto fu = estate_.followUps.front();
    fu.description = "left waiting";
    records().update(fu);
    ASSERT_GT(store().outbox().pendingCount(), 0);
    SyncStatus status(session());
    QSignalSpy finished(&status, &SyncStatus::finished);
    EXPECT_TRUE(finished.wait(15'000)) << "a sync ran without any new save";
}

TEST_F(SessionTest, QtsOwnWordsFollowTheChosenLanguage)
{
    // The photo picker's file dialog and its buttons are Qt's: in Chinese when the user
    // chose Chinese, not left in English.
    Language language(nullptr, session());
    language.setChoice("zh_CN");
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("确定"));
    language.setChoice("en");
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("OK"));
}
