#include "patrolbook/migration.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/transaction.hpp"

#include <string>

namespace patrolbook {

int migrate(sqlite::Database& db, std::span<const Migration> steps)
{
    const int latest = steps.empty() ? 0 : steps.back().version;
    const int start = db.userVersion();
    if (start > latest) {
        throw Error(ErrorDomain::Storage, ErrorCode::SchemaTooNew,
                    "the database " + db.path().string() + " has schema version " + std::to_string(start)
                        + ", newer than this build understands (" + std::to_string(latest)
                        + "); update the app or server before opening it");
    }
    for (const auto& step : steps) {
        if (step.version <= start)
            continue;
        try {
            sqlite::Transaction tx(db);
            db.exec(step.sql);
            db.setUserVersion(step.version);
            tx.commit();
        } catch (const Error& e) {
            throw Error(ErrorDomain::Storage, ErrorCode::MigrationFailed,
                        "migration to schema version " + std::to_string(step.version) + " ("
                            + std::string{step.description} + ") failed and was rolled back: " + e.message());
        }
    }
    return start;
}

} // namespace patrolbook
