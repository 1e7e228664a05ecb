#pragma once

#include "patrolbook/sqlite/statement.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace patrolbook::sqlite {

// One use of a statement the connection keeps (Database::cached and its kin): the
// statement is reset, and its bindings cleared, when this goes out of scope, also when
// an exception leaves it. So no SELECT left mid-way keeps a read transaction open (which
// stops WAL checkpoints and pins an old snapshot) and no bound view outlives its text.
// It reads like the Statement it stands for.
class CachedStatement {
public:
    explicit CachedStatement(Statement& statement) noexcept
        : st_(&statement)
    {
    }
    ~CachedStatement()
    {
        if (st_)
            st_->reset();
    }
    CachedStatement(CachedStatement&& other) noexcept
        : st_(std::exchange(other.st_, nullptr))
    {
    }
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    CachedStatement& operator=(CachedStatement&&) = delete;

    template <class V>
    CachedStatement& bind(int index, V&& value)
    {
        st_->bind(index, std::forward<V>(value));
        return *this;
    }
    CachedStatement& bindRef(int index, std::string_view value)
    {
        st_->bindRef(index, value);
        return *this;
    }
    CachedStatement& bindNull(int index)
    {
        st_->bindNull(index);
        return *this;
    }

    bool step() { return st_->step(); }
    void run() { st_->run(); }
    // For a statement run again in the same scope (a loop); the scope's end resets it too.
    void reset() { st_->reset(); }

    bool isNull(int column) const { return st_->isNull(column); }
    std::int64_t getInt64(int column) const { return st_->getInt64(column); }
    double getDouble(int column) const { return st_->getDouble(column); }
    std::string_view getText(int column) const { return st_->getText(column); }
    std::string getString(int column) const { return st_->getString(column); }
    int columnCount() const { return st_->columnCount(); }

    // For code written against Statement (binders, readers of a row).
    Statement& statement() const noexcept { return *st_; }
    operator Statement&() const noexcept { return *st_; } // NOLINT(google-explicit-constructor)

private:
    Statement* st_;
};

} // namespace patrolbook::sqlite
