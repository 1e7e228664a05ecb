#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

namespace sqlite {
class Database;
}

enum class OutboxState { Pending, Sent, Rejected };

// One local change waiting for the server: which record, which fields, the server
// version it was based on. The field values are the record's current ones.
struct OutboxEntry {
    std::int64_t seq = 0;
    std::string changeId; // empty until first sent, then fixed for every retry
    std::string entity;
    std::string recordId;
    std::int64_t baseVersion = 0;
    std::vector<std::string> fields;
    bool deleted = false;
    OutboxState state = OutboxState::Pending;
    std::int64_t attempts = 0;
    std::optional<std::string> reason;
};

// Read side of the outbox, and the bookkeeping once the server has answered. Entries are
// written only by RecordStore, together with their record.
class Outbox {
public:
    explicit Outbox(sqlite::Database& db);

    // Entries not yet acknowledged (pending and sent), oldest first.
    std::vector<OutboxEntry> unacknowledged(std::size_t limit);
    // The same, leaving out the entries `excluding` names (a batch still on the wire).
    std::vector<OutboxEntry> unacknowledged(std::size_t limit, const std::vector<std::int64_t>& excluding);
    std::vector<OutboxEntry> rejected();
    std::int64_t pendingCount();
    std::optional<OutboxEntry> entry(std::int64_t seq);

    // The change is on its way: it gets its change id (kept for every retry), and later
    // edits of the record start a new entry rather than fold into this one, whose change
    // id the server may already have seen.
    void markSent(std::int64_t seq);
    // The same for a batch in one statement: each entry is marked and takes its change id,
    // state and attempts as they now stand. An entry refused meanwhile is not marked and
    // leaves the list.
    void markSent(std::vector<OutboxEntry>& entries);
    // The server applied the change as `version`: the entry goes, the record takes the
    // version (and stops pointing at the entry).
    void acknowledge(std::int64_t seq, std::int64_t version);
    // The same, for an entry the caller has just read (saves looking it up again).
    void acknowledge(const OutboxEntry& entry, std::int64_t version);
    // The same for a batch (at most one entry per record), a few statements per table
    // rather than four per entry: a push acknowledges hundreds at once.
    struct Acknowledgement {
        const OutboxEntry* entry;
        std::int64_t version;
    };
    void acknowledge(const std::vector<Acknowledgement>& acks);
    // The server refused it for `reason`: kept, marked, shown to the user; never dropped.
    void reject(std::int64_t seq, const std::string& reason);
    // The user's answers to a refusal. Retry: send it again as a new change (after the user
    // fixed the record, or got the access back); the server judges it afresh.
    void retry(std::int64_t seq);
    // Discard: the user gives up a refused creation; the entry and the record go. Returns
    // false (and changes nothing) for anything else: a refused edit of a record the server
    // has would leave the device's copy unlike the server's, since pulls only bring newer
    // versions; it is fixed and retried instead.
    bool discard(std::int64_t seq);

private:
    std::vector<OutboxEntry> query(const std::string& where, std::size_t limit,
                                   std::optional<std::int64_t> seq = std::nullopt);
    sqlite::Database& db_;
};

} // namespace patrolbook
