#include "patrolbook/sqlite/transaction.hpp"

#include "patrolbook/sqlite/database.hpp"

namespace patrolbook::sqlite {

Transaction::Transaction(Database& db)
    : db_(db)
{
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {
            // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL);
            // a destructor must not throw.
        }
    }
}

void Transaction::commit()
{
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace patrolbook::sqlite
