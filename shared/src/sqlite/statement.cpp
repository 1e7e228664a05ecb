#include "patrolbook/sqlite/statement.hpp"

#include "patrolbook/sqlite/database.hpp"

#include <sqlite3.h>

namespace patrolbook::sqlite {

Statement::Statement(Database& db, std::string_view sql)
    : db_(db.handle())
    , sql_(sql)
{
    const int rc = sqlite3_prepare_v3(db_, sql_.c_str(), static_cast<int>(sql_.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt_, nullptr);
    if (rc != SQLITE_OK)
        throwSqliteError(db_, rc, "prepare " + sql_);
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK)
        throwSqliteError(db_, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK)
        throwSqliteError(db_, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    const int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        throwSqliteError(db_, rc, "bind");
    return *this;
}

Statement& Statement::bindRef(int index, std::string_view value)
{
    // An empty view may have no data: SQLite would take a null pointer for NULL.
    const int rc
        = sqlite3_bind_text64(stmt_, index, value.data() ? value.data() : "", value.size(), SQLITE_STATIC, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        throwSqliteError(db_, rc, "bind");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK)
        throwSqliteError(db_, rc, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(stmt_);
    throwSqliteError(db_, rc, "step " + sql_);
}

void Statement::run()
{
    step();
    reset();
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::getInt64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::getDouble(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::string_view Statement::getText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!text)
        return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

int Statement::columnCount() const
{
    return sqlite3_column_count(stmt_);
}

} // namespace patrolbook::sqlite
