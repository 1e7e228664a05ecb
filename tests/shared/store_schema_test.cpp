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
