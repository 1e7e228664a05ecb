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
    return {.durability = sqlite::Durability::Full, .busyTimeoutMs = 10'000, .readOnly = false};
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
