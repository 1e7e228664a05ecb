#pragma once

#include <cstdint>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// Keeps loop_record (server_schema.cpp step 10) current with the record table: a row per
// repair order, complaint, handover and follow-up with what the office's lists filter by.
// Run by ConsoleIndex::catchUp in its pass (same versions, same transaction), so the
// console's lists and the loops' lists are never behind one another.
//
// Overdue is decided here, as due_ms, for a loop still open: a repair order not done
// within its urgency's time (emergency 4 h, urgent 24 h, normal 72 h), a complaint not
// closed within 7 days (major or emergency: 1 day), a handover not received within 12 h
// (the next shift), a follow-up past its due_at and not yet fixed. Once a loop is past
// those states its due_ms is null.
class LoopIndex {
public:
    explicit LoopIndex(sqlite::Database& db);

    // The records written in (from, to]: their rows go, and come back unless deleted.
    void catchUp(std::int64_t from, std::int64_t to);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
