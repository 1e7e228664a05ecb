#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// What a list of loops asks for; the scope (propertyIds) is the handler's to decide.
struct LoopFilter {
    std::string entity; // repair_order, complaint, handover
    std::vector<std::string> propertyIds; // never empty
    std::optional<std::string> status;
    std::optional<std::string> level; // urgency or severity
    std::optional<std::string> handlerId;
    std::optional<std::int64_t> overdueAt; // only those overdue at this instant (UTC ms)
    std::optional<std::int64_t> fromMs; // at or after
    std::optional<std::int64_t> toMs; // before
};

struct LoopCursor {
    std::int64_t atMs = 0;
    std::string id;
};

struct LoopRow {
    std::string entity;
    std::string id;
    std::string propertyId;
    std::int64_t atMs = 0;
    std::string status;
    std::optional<std::string> level;
    std::optional<std::string> handlerId;
    std::optional<std::int64_t> dueMs;
    std::int64_t version = 0;
    std::string fields; // the stored JSON text
};

// A stored record as JSON text (an event, a photo), with its id and version.
struct LoopChild {
    std::string id;
    std::int64_t version = 0;
    std::string fields;
};

// The complaints of a period, grouped (ComplaintStats in the statistics page).
struct ComplaintCount {
    std::string key; // a class, a department, an outcome
    std::int64_t count = 0;
};

struct ComplaintStatsRows {
    std::int64_t received = 0;
    std::vector<ComplaintCount> byClass;
    std::vector<ComplaintCount> byDepartment;
    std::vector<ComplaintCount> byOutcome; // explained, resolved, open
    std::vector<ComplaintCount> bySatisfaction; // the return visit's outcome
    std::vector<std::int64_t> closeMs; // time to close of each closed one, ascending
};

// The office's lists of loops and the manager's queue, over loop_record (server_schema.cpp
// step 10, kept by LoopIndex) and the record table. Newest first, keyset-paged on
// (at_ms, id), one index range per property merged, as ConsoleRepo does.
class LoopRepo {
public:
    explicit LoopRepo(sqlite::Database& db);

    std::vector<LoopRow> list(const LoopFilter& filter, const std::optional<LoopCursor>& after, std::size_t limit);
    std::optional<LoopRow> row(const std::string& entity, const std::string& id);
    // Waiting for a manager: complaints with a proposed solution, follow-ups fixed and not
    // yet verified (`entity`: only those of one kind); oldest first (the longest waiting on
    // top).
    std::vector<LoopRow> approvals(const std::vector<std::string>& propertyIds,
                                   const std::optional<std::string>& entity, std::size_t limit);
    // A loop's events (loop_event records), in the order the server accepted them.
    std::vector<LoopChild> events(const std::string& loopId);
    // The photos whose record is this loop.
    std::vector<LoopChild> photos(const std::string& loopId);
    // Complaints received in [fromMs, toMs) in a property.
    ComplaintStatsRows complaintStats(const std::string& propertyId, std::int64_t fromMs, std::int64_t toMs);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
