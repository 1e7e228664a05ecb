#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// A manager's decision on a conflict.
struct ConflictDecision {
    std::string choice; // kept (the value in force) or restored (the set-aside one)
    std::string accountId;
    std::int64_t atMs = 0;
    std::optional<std::int64_t> version; // the restoring change's version
};

// A value that lost a conflict (server_schema.cpp step 1), and what was decided of it.
struct ConflictRow {
    std::int64_t seq = 0;
    std::string entity;
    std::string recordId;
    std::string field;
    std::string losing; // JSON text: the value set aside
    std::string winning; // JSON text: the value the record got (null: deleted)
    std::string changeId;
    std::string accountId; // whose change met the conflict
    std::int64_t atMs = 0;
    std::optional<std::string> propertyId; // the record's
    std::optional<std::string> parentId; // a line's or a photo's record
    std::optional<ConflictDecision> decision;
};

// The conflict list of the console and the decisions on it. Callers hold the write turn
// and the transaction for decide().
class ConflictRepo {
public:
    explicit ConflictRepo(sqlite::Database& db);

    // Of the records of these properties, newest first, before `beforeSeq` (0: from the
    // newest); only the undecided ones when `openOnly`.
    std::vector<ConflictRow> list(const std::vector<std::string>& propertyIds, bool openOnly, std::int64_t beforeSeq,
                                  std::size_t limit);
    std::vector<ConflictRow> ofRecord(const std::string& entity, const std::string& recordId);
    std::optional<ConflictRow> get(std::int64_t seq);
    void decide(std::int64_t seq, const ConflictDecision& decision);
    // The record's flag for review is lowered once every conflict of it is decided.
    void settleRecord(const std::string& entity, const std::string& recordId);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
