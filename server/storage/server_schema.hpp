#pragma once

#include "patrolbook/migration.hpp"

namespace patrolbook::server {

// The server database's schema history: records with their per-field versions, the
// log of applied changes (idempotency), conflicts kept for review, accounts and tokens.
std::span<const Migration> serverMigrations();

} // namespace patrolbook::server
