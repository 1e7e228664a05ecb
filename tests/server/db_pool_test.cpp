// The server's connections (storage/db_pool.hpp) on a real SQLite file: writers take
// turns on the pool's mutex, and the WAL is copied back at the server's page count.

#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "storage/db_pool.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace patrolbook;
using patrolbook::test::TempDir;

TEST(DbPool, WritersOfOneServerTakeTurnsInsteadOfMeetingABusyDatabase)
{
    TempDir dir;
    server::DbPool pool(dir.file("turns.db"));
    std::atomic<bool> asking = false;
    std::atomic<bool> committed = false;
    bool sawCommit = false;
    {
        auto turn = pool.writeTurn();
        sqlite::Transaction tx(pool.db());
        pool.db().exec("CREATE TABLE t (x)");
        std::thread other([&] {
            asking = true;
            const auto second = pool.writeTurn();
            sawCommit = committed;
            sqlite::Transaction tx2(pool.db()); // its own connection: no SQLITE_BUSY to wait out
            pool.db().exec("INSERT INTO t VALUES (2)");
            tx2.commit();
        });
        while (!asking)
            std::this_thread::yield();
        // Long enough for a writer that did not wait its turn to reach its BEGIN.
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        pool.db().exec("INSERT INTO t VALUES (1)");
        tx.commit();
        committed = true;
        turn.unlock();
        other.join();
    }
    EXPECT_TRUE(sawCommit);
    sqlite::Statement checkpoint(pool.db(), "PRAGMA wal_autocheckpoint");
    checkpoint.step();
    EXPECT_EQ(checkpoint.getInt64(0), server::DbPool::serverWalCheckpointPages)
        << "the log copied back every thirty pushes or so, not every second one";
    sqlite::Statement count(pool.db(), "SELECT count(*) FROM t");
    count.step();
    EXPECT_EQ(count.getInt64(0), 2);
}
