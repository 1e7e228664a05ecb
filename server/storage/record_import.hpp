#pragma once

#include "patrolbook/demo_estate.hpp"

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// Writes records as server state (new versions, every field at that version), with the
// property and parent each belongs to. The caller holds the transaction.
void importEstate(sqlite::Database& db, const DemoEstate& estate);
// A staff record made on the server itself (`patrolbook-server user add`).
void importStaff(sqlite::Database& db, const Staff& staff);

} // namespace patrolbook::server
