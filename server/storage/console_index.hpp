#pragma once

#include <cstdint>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

class DbPool;

// Keeps the console's derived tables current with the record table: console_record (the
// indexed list, server_schema.cpp steps 6, 7 and 9) and console_text (its full-text search,
// step 9). Not triggers on the record table (they slowed every push): the records written
// since it last ran, found by version, in one pass.
class ConsoleIndex {
public:
    explicit ConsoleIndex(sqlite::Database& db);

    // Whether records were written since it last caught up (a read).
    bool behind();
    // The update itself; the caller holds the write turn and the transaction.
    void catchUp();
    // Before a console read: catchUp in a write transaction of its own, on the writers'
    // turn, and only when something was written since.
    static void refresh(DbPool& pool);

private:
    // Review notices answered as corrected send their records back to review.
    void acceptCorrections(std::int64_t from, std::int64_t to);
    sqlite::Database& db_;
};

} // namespace patrolbook::server
