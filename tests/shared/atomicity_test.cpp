// The record and its outbox entry are one write: a process killed between the two
// leaves neither. These tests kill a real child process with SIGKILL half way through a
// save, then open the database the way the app does after a crash.

#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace patrolbook;
using patrolbook::test::sample;

namespace {

void dieNow(sqlite3_context*, int, sqlite3_value**)
{
    std::raise(SIGKILL);
}

// Runs `body` in a child process and expects the child to be killed by SIGKILL.
template <class F>
void inChildKilledHalfWay(F body)
{
    const pid_t pid = fork();
    ASSERT_NE(pid, -1);
    if (pid == 0) {
        body();
        _exit(0); // reaching here means the kill never happened
    }
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child should have been killed, exit status " << status;
    EXPECT_EQ(WTERMSIG(status), SIGKILL);
}

} // namespace

TEST(Atomicity, KilledAfterTheOutboxEntryBeforeTheRecordLeavesNeither)
{
    test::TempDir dir;
    const auto path = dir.file("device.db");
    const auto kept = sample<Inspection>();
    const auto lost = sample<Inspection>();
    {
        Store store(path);
        store.records().insert(kept);
    }
    inChildKilledHalfWay([&] {
        Store store(path);
        // The store writes the outbox entry first; this trigger kills the process as the
        // record row is about to follow it.
        sqlite3_create_function(store.database().handle(), "die_now", 0, SQLITE_UTF8, nullptr, dieNow, nullptr,
                                nullptr);
        store.database().exec("CREATE TEMP TRIGGER kill_half_way BEFORE INSERT ON inspection "
                              "BEGIN SELECT die_now(); END");
        store.records().insert(lost);
    });
    Store store(path);
    EXPECT_FALSE(store.records().get<Inspection>(lost.id));
    const auto pending = store.outbox().unacknowledged(10);
    ASSERT_EQ(pending.size(), 1u) << "only the change of the record saved before the crash";
    EXPECT_EQ(pending[0].recordId, kept.id);
    EXPECT_TRUE(store.records().get<Inspection>(kept.id));
}

TEST(Atomicity, KilledBeforeCommitOfAMultiRecordSaveLeavesNoneOfIt)
{
    test::TempDir dir;
    const auto path = dir.file("device.db");
    const auto inspection = sample<Inspection>();
    {
        Store store(path);
    }
    inChildKilledHalfWay([&] {
        Store store(path);
        sqlite::Transaction tx(store.database());
        store.records().insert(inspection);
        for (int i = 0; i < 12; ++i) {
            auto item = sample<InspectionItem>();
            item.inspectionId = inspection.id;
            store.records().insert(item);
        }
        std::raise(SIGKILL); // the app dies before commit
    });
    Store store(path);
    EXPECT_FALSE(store.records().get<Inspection>(inspection.id));
    EXPECT_EQ(store.records().count<InspectionItem>(), 0);
    EXPECT_EQ(store.outbox().pendingCount(), 0);
}

TEST(Atomicity, ACommittedSaveSurvivesTheProcessBeingKilledRightAfter)
{
    test::TempDir dir;
    const auto path = dir.file("device.db");
    const auto visit = sample<OwnerVisit>();
    {
        Store store(path);
    }
    inChildKilledHalfWay([&] {
        Store store(path);
        store.records().insert(visit);
        std::raise(SIGKILL); // no clean close, no checkpoint
    });
    Store store(path);
    EXPECT_EQ(store.records().get<OwnerVisit>(visit.id), visit);
    EXPECT_EQ(store.outbox().pendingCount(), 1);
}
