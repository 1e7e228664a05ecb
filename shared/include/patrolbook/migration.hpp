#pragma once

#include <span>
#include <string_view>

namespace patrolbook {

namespace sqlite {
class Database;
}

// One schema step: the SQL that takes a database from version-1 to version.
struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

// Brings the database to the last step's version, one transaction per step, recording
// each in PRAGMA user_version. A database newer than the last step is refused with
// Error{Storage, SchemaTooNew} and left untouched; a failing step is rolled back whole
// and reported as Error{Storage, MigrationFailed}, earlier steps stay applied.
// Returns the version before migrating.
int migrate(sqlite::Database& db, std::span<const Migration> steps);

} // namespace patrolbook
