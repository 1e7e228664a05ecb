#pragma once

// The server's rule for one incoming change against the record it holds: a per-field
// three-way merge against the change's base version. Device clocks play no part: what
// counts is the order changes reach the server.

#include "patrolbook/sync/protocol.hpp"

#include <map>
#include <string>
#include <vector>

namespace patrolbook::sync {

// What the server holds of a record. fieldVersions[name] is the record version at which
// that field last changed.
struct ServerRecord {
    bool exists = false;
    std::int64_t version = 0;
    bool deleted = false;
    Json fields = Json::object();
    std::map<std::string, std::int64_t> fieldVersions;
};

struct FieldConflict {
    std::string field;
    Json losing; // the value that was overwritten (or, against a tombstone, the edit's)
    Json winning; // the value the record has now
};

struct MergeOutcome {
    ChangeStatus status = ChangeStatus::Applied;
    // False when the change leaves the record as it was (an edit of a tombstone).
    bool write = true;
    ServerRecord record; // the record after the change, at newVersion when written
    std::vector<FieldConflict> conflicts;
};

// Applies `change` to `current`; a written record gets `newVersion`. Rules:
// - a new record (or a delete of one never seen) is applied as sent;
// - an edit whose fields were untouched on the server since base_version is applied
//   (merged, if other fields had changed meanwhile);
// - a field the server changed since base_version, to a different value, is a conflict:
//   the change (the later arrival) wins, the overwritten value is reported;
// - a delete wins over concurrent edits (conflict if there were any); an edit of a
//   tombstone is a conflict that leaves it deleted.
// The change's field values are moved into the outcome (a push is judged once, and
// copying every record's fields cost as much as merging them).
MergeOutcome merge(const ServerRecord& current, Change&& change, std::int64_t newVersion);

} // namespace patrolbook::sync
