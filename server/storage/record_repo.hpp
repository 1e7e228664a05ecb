#pragma once

#include "patrolbook/sync/merge.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

struct StoredRecord {
    sync::ServerRecord state;
    std::optional<std::string> propertyId;
    std::optional<std::string> parentId;
};

// A pulled row, valid only during the visitor's call (it views SQLite's buffers).
struct PullRow {
    std::string_view entity;
    std::string_view id;
    std::int64_t version = 0;
    bool deleted = false;
    std::string_view fieldsJson; // stored text, handed out as it is
};

// The server's records, change log and conflicts. Callers hold the transaction.
class RecordRepo {
public:
    explicit RecordRepo(sqlite::Database& db);

    std::optional<StoredRecord> load(const std::string& entity, const std::string& id);
    // Whether the record is stored (outer) and its property (inner), without reading its fields.
    std::optional<std::optional<std::string>> propertyOf(const std::string& entity, const std::string& id);
    // The change that created the record and the version it was answered with, when that
    // change is remembered in the record's row rather than in the change log.
    std::optional<std::pair<std::string, std::int64_t>> creation(const std::string& entity, const std::string& id);
    void write(const std::string& entity, const std::string& id, const StoredRecord& record, bool needsReview);
    // The same with the fields and their versions ({"name": version, ...}) as JSON text:
    // a new record's fields as the device sent them are stored without being written again.
    // Empty versions mean every field is at the record's version (a record as created).
    struct Row {
        const std::string& entity;
        const std::string& id;
        std::int64_t version = 0;
        const std::optional<std::string>& propertyId;
        const std::optional<std::string>& parentId;
        bool deleted = false;
        bool needsReview = false;
        std::string_view fields;
        std::string_view fieldVersions;
        // A new record's creating change, kept in its row (answered `applied` with
        // `version`), and who made it (also when the change is remembered in the log: a
        // photo record claims its maker's upload); set only when the row is inserted,
        // never by a later write.
        const std::string* createdBy = nullptr;
        const std::string* createdAccount = nullptr;
    };
    void write(const Row& row);
    // {"name": version, ...}
    static std::string versionsText(const std::map<std::string, std::int64_t>& versions);
    std::int64_t maxVersion();

    std::optional<sync::ChangeResult> appliedChange(const std::string& changeId);
    // Which of `changeIds` the server has answered before; whether it holds each of
    // `keys` (entity, id).
    std::unordered_set<std::string> knownChangeIds(const std::vector<std::string_view>& changeIds);
    std::vector<bool> stored(const std::vector<std::pair<std::string_view, std::string_view>>& keys);
    // The change log is written a chunk of rows per statement (cheaper than one each):
    // the change and account must live until flush(), which runs before the log is read
    // and must run before the transaction commits.
    void recordApplied(const sync::Change& change, const std::string& accountId, const sync::ChangeResult& result);
    void flush();
    void addConflict(const sync::Change& change, const std::string& accountId, const sync::FieldConflict& conflict);

    // Records newer than `after` that the account may see (its properties' records, its
    // properties, its colleagues' staff records, and what belongs to no property), oldest
    // first. Each is handed to `visit` straight from the statement until it answers false
    // (it did not take the row: the page is full); returns how many it took.
    std::size_t pull(std::int64_t after, const std::string& propertyIdsJson, const std::string& accountId,
                     std::size_t limit, const std::function<bool(const PullRow&)>& visit);
    std::optional<std::string> propertyIdByCode(const std::string& code);
    // Items of a parent (inspection or renovation check) written before `beforeVersion`:
    // how many, how many unanswered.
    std::pair<int, int> itemCounts(const std::string& itemEntity, const std::string& parentId,
                                   std::int64_t beforeVersion);

private:
    sqlite::Database& db_;
    struct AppliedRow {
        const sync::Change* change;
        const std::string* accountId;
        sync::ChangeStatus status;
        std::int64_t version;
        std::optional<std::string> reason;
    };
    std::vector<AppliedRow> applied_;
};

} // namespace patrolbook::server
