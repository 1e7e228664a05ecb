#pragma once

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/transaction.hpp"

#include <optional>

namespace patrolbook::sqlite {

// A write that joins the caller's transaction when there is one, or runs in its own
// (rolled back on scope exit unless commit() ran): the record store's writes are one
// transaction alone and part of the caller's when it saves several records together.
class WriteScope {
public:
    explicit WriteScope(Database& db)
    {
        if (!db.inTransaction())
            tx_.emplace(db);
    }
    void commit()
    {
        if (tx_)
            tx_->commit();
    }

private:
    std::optional<Transaction> tx_;
};

} // namespace patrolbook::sqlite
