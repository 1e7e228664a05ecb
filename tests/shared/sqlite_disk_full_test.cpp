// A database that cannot grow (SQLITE_FULL, here from max_page_count, on a server from a
// full disk) is the storage error DiskFull, which callers answer "try later" (the server
// 507), and its connection goes on once there is room again.

#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace patrolbook;
using patrolbook::test::TempDir;

TEST(SqliteDiskFull, AWriteThatCannotGrowTheDatabaseIsDiskFullAndRollsBack)
{
    TempDir dir;
    sqlite::Database db(dir.path() / "full.db");
    sqlite::Statement(db, "CREATE TABLE t (v TEXT NOT NULL)").run();
    sqlite::Statement(db, "INSERT INTO t (v) VALUES ('kept')").run();
    sqlite::Statement pages(db, "PRAGMA page_count");
    pages.step();
    const auto limit = pages.getInt64(0) + 4;
    pages.reset();
    db.exec("PRAGMA max_page_count=" + std::to_string(limit));

    const std::string big(3000, 'x');
    try {
        sqlite::Transaction tx(db);
        for (int i = 0; i < 100; ++i)
            sqlite::Statement(db, "INSERT INTO t (v) VALUES (?)").bindRef(1, big).run();
        tx.commit();
        FAIL() << "a hundred rows of 3 KB fit in four pages";
    } catch (const Error& e) {
        EXPECT_EQ(e.domain(), ErrorDomain::Storage);
        EXPECT_EQ(e.code(), ErrorCode::DiskFull) << e.what();
    }

    // Room again: the same connection writes, and the failed transaction left nothing.
    db.exec("PRAGMA max_page_count=1000000");
    sqlite::Statement(db, "INSERT INTO t (v) VALUES ('after')").run();
    sqlite::Statement count(db, "SELECT count(*) FROM t");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.getInt64(0), 2);
}
