#pragma once

#include "storage/console_repo.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// A record's history as the console shows it (docs/console-api.md, "History"), oldest
// first: its creation, every change of it and of its lines and photos (who, from which
// device, each field's old and new value), the conflicts its changes met and the
// decisions on them, and the office's reviews.
nlohmann::json recordHistoryJson(sqlite::Database& db, const ConsoleDetail& detail);

} // namespace patrolbook::server
