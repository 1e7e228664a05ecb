#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;

TEST(StatementCache, ALiteralIsPreparedOnceAndHandedBackResetWhateverWasLeftInIt)
{
    test::TempDir dir;
    sqlite::Database db(dir.file("cache.db"));
    db.exec("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3)");
    const auto select = [&]() -> sqlite::Statement& { return db.cachedLiteral("SELECT n FROM t ORDER BY n"); };
    auto& first = select();
    ASSERT_TRUE(first.step());
    EXPECT_EQ(first.getInt64(0), 1); // left mid-way
    auto& again = select();
    EXPECT_EQ(&again, &first);
    ASSERT_TRUE(again.step());
    EXPECT_EQ(again.getInt64(0), 1) << "handed back reset";
    auto& other = db.cachedLiteral("SELECT count(*) FROM t");
    EXPECT_NE(&other, &first);
    ASSERT_TRUE(other.step());
    EXPECT_EQ(other.getInt64(0), 3);
    // The same text through the string cache is the same prepared statement.
    EXPECT_EQ(&db.cached("SELECT count(*) FROM t"), &other);
}
