#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// One review act of the office on a record (docs/console-api.md).
struct ReviewAct {
    std::string entity;
    std::string recordId;
    std::string state; // received, approved, has_issues, rejected
    std::optional<std::string> comment;
    std::int64_t recordVersion = 0; // the version the reviewer saw
    std::string accountId;
    std::int64_t atMs = 0;
};

// The review table (server_schema.cpp step 7) and the state in force in console_record.
class ReviewRepo {
public:
    explicit ReviewRepo(sqlite::Database& db);

    // Keeps the act and puts its state in force. The caller holds the write turn and the
    // transaction, and has brought console_record up to date (the record's row exists).
    void add(const ReviewAct& act);
    // Every act on the record, oldest first.
    std::vector<ReviewAct> history(const std::string& entity, const std::string& recordId);
    // The id of the notice (a record of entity "notice") about this record, if one was sent.
    std::optional<std::string> noticeOf(const std::string& entity, const std::string& recordId);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
