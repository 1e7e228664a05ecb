#pragma once

namespace patrolbook::sqlite {

class Database;

// BEGIN IMMEDIATE on construction (the write lock is taken up front, so a transaction
// never fails half way for lack of it), ROLLBACK on scope exit unless commit() ran.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& db_;
    bool done_ = false;
};

} // namespace patrolbook::sqlite
