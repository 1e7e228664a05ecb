#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace patrolbook;

TEST(StatementCache, ALiteralIsPreparedOnceAndTheSameTextIsTheSameStatement)
{
    test::TempDir dir;
    sqlite::Database db(dir.file("cache.db"));
    db.exec("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3)");
    sqlite::Statement* first = nullptr;
    {
        auto select = db.cachedLiteral("SELECT n FROM t ORDER BY n");
        first = &select.statement();
    }
    auto again = db.cachedLiteral("SELECT n FROM t ORDER BY n");
    EXPECT_EQ(&again.statement(), first);
    auto other = db.cachedLiteral("SELECT count(*) FROM t");
    EXPECT_NE(&other.statement(), first);
    // The same text through the string cache is the same prepared statement.
    EXPECT_EQ(&db.cached("SELECT count(*) FROM t").statement(), &other.statement());
}

TEST(StatementCache, AUseLeftMidWayIsResetWhenItsScopeEndsEvenByAnException)
{
    test::TempDir dir;
    sqlite::Database db(dir.file("cache.db"));
    db.exec("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3)");
    const sqlite::SqlLiteral sql = "SELECT n FROM t WHERE n >= ? ORDER BY n";
    {
        auto st = db.cachedLiteral(sql);
        st.bind(1, 2);
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.getInt64(0), 2); // left mid-way, a read transaction open
    }
    EXPECT_FALSE(db.inTransaction());
    try {
        auto st = db.cachedLiteral(sql);
        st.bind(1, 3);
        ASSERT_TRUE(st.step());
        throw std::runtime_error("a rule refused the row");
    } catch (const std::runtime_error&) {
    }
    // Binding a statement still running fails (SQLITE_MISUSE): this one was reset.
    auto st = db.cachedLiteral(sql);
    EXPECT_NO_THROW(st.bind(1, 1));
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getInt64(0), 1) << "from the first row, not where the last use stopped";
}
