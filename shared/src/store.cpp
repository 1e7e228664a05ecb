#include "patrolbook/store.hpp"

#include "patrolbook/store_schema.hpp"

namespace patrolbook {

Store::Store(const std::filesystem::path& path, sqlite::OpenOptions options)
    : db_(path, options)
    , records_(db_)
    , outbox_(db_)
{
    migrate(db_, storeMigrations());
}

} // namespace patrolbook
