// sqlite::Statement's bindings on a real database file.

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <string_view>

using namespace patrolbook;
using patrolbook::test::TempDir;

TEST(SqliteStatement, AnEmptyTextIsBoundAsEmptyTextNeverAsNull)
{
    TempDir dir;
    sqlite::Database db(dir.path() / "bind.db");
    sqlite::Statement(db, "CREATE TABLE t (v TEXT NOT NULL)").run();
    // A default string_view has no data pointer, which SQLite would take for NULL.
    sqlite::Statement(db, "INSERT INTO t (v) VALUES (?)").bindRef(1, std::string_view{}).run();
    sqlite::Statement st(db, "SELECT typeof(v), length(v) FROM t");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getString(0), "text");
    EXPECT_EQ(st.getInt64(1), 0);
}
