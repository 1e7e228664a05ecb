#include "storage/db_pool.hpp"

#include "patrolbook/migration.hpp"
#include "storage/server_schema.hpp"

#include <atomic>
#include <map>
#include <memory>

namespace patrolbook::server {

namespace {
std::atomic<unsigned long long> nextGeneration{1};

sqlite::OpenOptions serverOptions()
{
    // A push of 2,000 changes writes about 2 MB of log. With SQLite's default checkpoint
    // (every 1,000 pages) every second push copied the log back, and the pages every push
    // touches (the ends of the record table and its indexes) were copied again each time,
    // inside the commit that the next push waits for: about a tenth of the server's CPU in a
    // push. At 16,384 pages (64 MiB) it happens about every thirty pushes.
    return {.durability = sqlite::Durability::Full,
            .busyTimeoutMs = 10'000,
            .readOnly = false,
            .walCheckpointPages = DbPool::serverWalCheckpointPages};
}
} // namespace

DbPool::DbPool(std::filesystem::path file)
    : file_(std::move(file))
    , generation_(nextGeneration++)
{
    sqlite::Database db(file_, serverOptions());
    migrate(db, serverMigrations());
}

sqlite::Database& DbPool::db()
{
    // Keyed by pool generation so a new pool at the same address never reuses a
    // connection to another file.
    thread_local std::map<unsigned long long, std::unique_ptr<sqlite::Database>> connections;
    auto& slot = connections[generation_];
    if (!slot)
        slot = std::make_unique<sqlite::Database>(file_, serverOptions());
    return *slot;
}

} // namespace patrolbook::server
