#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace patrolbook::sqlite {

class Database;

// A prepared statement. Bind indexes are 1-based, column indexes 0-based, as in SQLite.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    // The text is copied: the caller's buffer may go away before step().
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view{value}); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view{value}); }
    // Not copied: the caller keeps the text alive until step() has run. For binding a
    // record's own strings, which outlive the statement's use.
    Statement& bindRef(int index, std::string_view value);
    Statement& bindNull(int index);

    // True while there is a row to read; false once done.
    bool step();
    // Runs a statement that returns no rows and resets it.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t getInt64(int column) const;
    double getDouble(int column) const;
    // Valid until the next step() or reset().
    std::string_view getText(int column) const;
    std::string getString(int column) const { return std::string{getText(column)}; }
    int columnCount() const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
    std::string sql_;
};

} // namespace patrolbook::sqlite
