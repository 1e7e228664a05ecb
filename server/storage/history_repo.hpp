#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// One change of a stored record (server_schema.cpp step 8).
struct HistoryEntry {
    std::string entity;
    std::string recordId;
    std::int64_t version = 0; // the record's version after the change
    std::string action; // edited, deleted, restored, resolved
    std::string changes; // JSON text: {"field": [old, new], ...}
    std::optional<std::string> changeId; // the device's change; none for the console's
    std::string accountId;
    std::string deviceId;
    std::int64_t atMs = 0;
};

// Who made a record, when, at which version: kept in the record's own row.
struct Creation {
    std::string accountId;
    std::int64_t atMs = 0;
    std::int64_t version = 0;
};

// A record's history: its creation (from its row) and every later change. Callers hold
// the transaction of the change they record.
class HistoryRepo {
public:
    explicit HistoryRepo(sqlite::Database& db);

    void add(const HistoryEntry& entry);
    // Oldest first.
    std::vector<HistoryEntry> of(const std::string& entity, const std::string& recordId);
    // None for a record made before servers kept who made it.
    std::optional<Creation> creation(const std::string& entity, const std::string& recordId);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
