#pragma once

#include "patrolbook/demo_estate.hpp"
#include "patrolbook/timestamp.hpp"

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// The office's reviews of the demo estate's records, so that a demo's console shows
// every review state on first sight: of the records older than a week, most approved,
// some found to have issues (with a notice to the author's phone), a few rejected; the
// last week awaiting review. Deterministic for the same estate. The caller holds the
// transaction.
void reviewDemoEstate(sqlite::Database& db, const DemoEstate& estate, Timestamp now);

} // namespace patrolbook::server
