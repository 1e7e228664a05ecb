#pragma once

#include "patrolbook/migration.hpp"

namespace patrolbook {

// The device store's schema history (record tables, outbox, meta).
std::span<const Migration> storeMigrations();

inline int storeSchemaVersion()
{
    return storeMigrations().back().version;
}

} // namespace patrolbook
