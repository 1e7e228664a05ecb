#include "patrolbook/record_table.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"
#include "record_types.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;

template <class T>
class StoreSchema : public ::testing::Test {
};
TYPED_TEST_SUITE(StoreSchema, patrolbook::test::RecordTypes, patrolbook::test::RecordTypeNames);

// Migrations keep their own frozen SQL; this catches a field added to a record without
// the migration step that adds its column.
TYPED_TEST(StoreSchema, MigratedTableHasExactlyTheRecordsColumns)
{
    test::TempDir dir;
    Store store(dir.file("schema.db"));
    sqlite::Statement info(
        store.database(), "SELECT name FROM pragma_table_info('" + RecordTable<TypeParam>::table() + "') ORDER BY cid");
    std::vector<std::string> columns;
    while (info.step())
        columns.push_back(info.getString(0));
    auto expected = RecordTable<TypeParam>::columns();
    expected.emplace_back("pending_change");
    EXPECT_EQ(columns, expected);
}

namespace {

// name, declared type, NOT NULL and primary key of each column, in order.
std::vector<std::string> columnShapes(sqlite::Database& db, const std::string& table)
{
    sqlite::Statement info(db,
                           "SELECT name, type, \"notnull\", pk FROM pragma_table_info('" + table + "') ORDER BY cid");
    std::vector<std::string> shapes;
    while (info.step())
        shapes.push_back(info.getString(0) + " " + info.getString(1) + (info.getInt64(2) ? " NOT NULL" : "")
                         + (info.getInt64(3) ? " KEY" : ""));
    return shapes;
}

} // namespace

// The migrations' frozen CREATE TABLE and the one the record's Schema gives today agree
// column by column: types and NOT NULL too, not only names.
TYPED_TEST(StoreSchema, MigratedTableMatchesTheTableTheSchemaDescribes)
{
    test::TempDir dir;
    Store store(dir.file("schema.db"));
    sqlite::Database fresh(dir.file("fresh.db"));
    fresh.exec(RecordTable<TypeParam>::createSql());
    const auto table = RecordTable<TypeParam>::table();
    EXPECT_EQ(columnShapes(store.database(), table), columnShapes(fresh, table));
}
