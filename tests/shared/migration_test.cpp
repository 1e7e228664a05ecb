#include "patrolbook/error.hpp"
#include "patrolbook/migration.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/store_schema.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <regex>
#include <set>

using namespace patrolbook;
using patrolbook::test::TempDir;

namespace {

int tableCount(sqlite::Database& db, const std::string& name)
{
    sqlite::Statement st(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + name + "'");
    st.step();
    return static_cast<int>(st.getInt64(0));
}

} // namespace

TEST(Migration, NewDatabaseReachesTheLatestVersion)
{
    TempDir dir;
    sqlite::Database db(dir.file("new.db"));
    EXPECT_EQ(migrate(db, storeMigrations()), 0);
    EXPECT_EQ(db.userVersion(), storeSchemaVersion());
    EXPECT_EQ(tableCount(db, "outbox"), 1);
    EXPECT_EQ(migrate(db, storeMigrations()), storeSchemaVersion()) << "migrating twice is a no-op";
}

TEST(Migration, ATooNewDatabaseIsRefusedAndLeftUntouched)
{
    TempDir dir;
    {
        sqlite::Database db(dir.file("future.db"));
        db.exec("CREATE TABLE from_the_future (x INTEGER)");
        db.setUserVersion(storeSchemaVersion() + 1);
    }
    try {
        Store store(dir.file("future.db"));
        FAIL() << "expected SchemaTooNew";
    } catch (const Error& e) {
        EXPECT_EQ(e.domain(), ErrorDomain::Storage);
        EXPECT_EQ(e.code(), ErrorCode::SchemaTooNew);
        EXPECT_NE(e.message().find("newer than this build"), std::string::npos);
    }
    sqlite::Database db(dir.file("future.db"));
    EXPECT_EQ(db.userVersion(), storeSchemaVersion() + 1);
    EXPECT_EQ(tableCount(db, "outbox"), 0);
}

TEST(Migration, EachStepIsOneTransactionAndAFailedStepRollsBackWhole)
{
    TempDir dir;
    sqlite::Database db(dir.file("steps.db"));
    const Migration steps[] = {
        {1, "first", "CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);"},
        {2, "second, broken half way", "CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (2);"},
        {3, "third", "CREATE TABLE c (z INTEGER);"},
    };
    try {
        migrate(db, steps);
        FAIL() << "expected MigrationFailed";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::MigrationFailed);
        EXPECT_NE(e.message().find("version 2"), std::string::npos) << e.message();
    }
    EXPECT_EQ(db.userVersion(), 1);
    EXPECT_EQ(tableCount(db, "a"), 1);
    EXPECT_EQ(tableCount(db, "b"), 0) << "the failed step's first statement was rolled back";
    EXPECT_EQ(tableCount(db, "c"), 0);
}

TEST(Migration, ConnectionSettingsAreWalForeignKeysAndTemporaryDataInMemory)
{
    TempDir dir;
    sqlite::Database db(dir.file("settings.db"), {.durability = sqlite::Durability::Full});
    sqlite::Statement journal(db, "PRAGMA journal_mode");
    journal.step();
    EXPECT_EQ(journal.getString(0), "wal");
    sqlite::Statement fk(db, "PRAGMA foreign_keys");
    fk.step();
    EXPECT_EQ(fk.getInt64(0), 1);
    sqlite::Statement sync(db, "PRAGMA synchronous");
    sync.step();
    EXPECT_EQ(sync.getInt64(0), 2) << "FULL";
    sqlite::Statement temp(db, "PRAGMA temp_store");
    temp.step();
    EXPECT_EQ(temp.getInt64(0), 2) << "MEMORY: no statement journal spilled to /var/tmp";
    EXPECT_EQ(sqlite3_memory_used(), 0) << "memory statistics off: no global mutex around each allocation";
    sqlite::Statement checkpoint(db, "PRAGMA wal_autocheckpoint");
    checkpoint.step();
    EXPECT_EQ(checkpoint.getInt64(0), 1000) << "SQLite's own unless asked";
    sqlite::Database later(dir.file("settings.db"), {.walCheckpointPages = 16});
    sqlite::Statement asked(later, "PRAGMA wal_autocheckpoint");
    asked.step();
    EXPECT_EQ(asked.getInt64(0), 16);
}

// tests/data/store-v<N>.db is a database as schema version N left it, with records in
// it (made by scripts/make-store-fixture when N was released). Each must open, migrate
// and keep its records.
TEST(Migration, EveryReleasedSchemaVersionMigratesWithItsData)
{
    const std::filesystem::path dataDir{PATROLBOOK_TEST_DATA_DIR};
    const std::regex name{R"(store-v(\d+)\.db)"};
    std::set<int> versions;
    for (const auto& entry : std::filesystem::directory_iterator(dataDir)) {
        std::smatch m;
        const auto file = entry.path().filename().string();
        if (!std::regex_match(file, m, name))
            continue;
        const int version = std::stoi(m[1]);
        versions.insert(version);
        TempDir dir;
        const auto copy = dir.file(file);
        std::filesystem::copy_file(entry.path(), copy);
        std::int64_t inspectionsBefore = 0;
        {
            sqlite::Database raw(copy);
            EXPECT_EQ(raw.userVersion(), version) << file;
            sqlite::Statement n(raw, "SELECT count(*) FROM inspection");
            n.step();
            inspectionsBefore = n.getInt64(0);
        }
        EXPECT_GT(inspectionsBefore, 0) << file << " should carry records";
        Store store(copy);
        EXPECT_EQ(store.database().userVersion(), storeSchemaVersion()) << file;
        EXPECT_EQ(store.records().count<Inspection>(), inspectionsBefore) << file;
        EXPECT_GT(store.records().count<Owner>(), 0) << file;
        for (const auto& inspection : store.records().all<Inspection>())
            EXPECT_FALSE(store.records().itemsOfInspection(inspection.id).empty()) << file;
    }
    for (int v = 1; v <= storeSchemaVersion(); ++v)
        EXPECT_TRUE(versions.count(v)) << "no fixture for schema version " << v << " in " << dataDir;
}
