#pragma once

#include "patrolbook/sqlite/cached_statement.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace patrolbook::sqlite {

class Statement;

enum class Durability {
    // A commit survives an application crash; a power cut may lose the last commits.
    // Right for a phone, where the outbox is retried anyway.
    Normal,
    // A commit survives a power cut: the server acknowledges a change only once durable.
    Full,
};

// Connection settings live here and nowhere else: WAL journal, foreign keys on, a busy
// timeout, the durability level. Every connection in the product is opened through this.
struct OpenOptions {
    Durability durability = Durability::Normal;
    int busyTimeoutMs = 5000;
    bool readOnly = false;
    // WAL pages after which a commit copies the log back into the database file
    // (`wal_autocheckpoint`; SQLite's default is 1000).
    int walCheckpointPages = 1000;
};

// A statement text written in the code. Made only at compile time (consteval), so it is
// a literal that lives as long as the program: its address can stand for its text.
class SqlLiteral {
public:
    consteval SqlLiteral(const char* text)
        : text_(text)
    {
    }
    const char* text() const { return text_; }

private:
    const char* text_;
};

class Database {
public:
    explicit Database(const std::filesystem::path& path, OpenOptions options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements without results (DDL, PRAGMA).
    void exec(std::string_view sql);
    // A prepared statement owned by the connection and reused: the hot paths (record
    // store, outbox) prepare each statement once. It comes reset, and is reset again when
    // the returned use goes out of scope.
    CachedStatement cached(const std::string& sql);
    // The same for a text that lives as long as the connection (a function's static):
    // found by its address, without hashing the text. Pulls store thousands of records
    // through a few such statements.
    CachedStatement cachedStatic(const std::string& sql);
    // The same for a literal: `db.cachedLiteral("SELECT ...")`. Found by the literal's
    // address: no string made, hashed and compared on every call (a server push runs a
    // few such statements for each of its thousands of changes).
    CachedStatement cachedLiteral(SqlLiteral sql);

    int userVersion();
    void setUserVersion(int version);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;

    const std::filesystem::path& path() const { return path_; }
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
    std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
    std::unordered_map<const std::string*, Statement*> byAddress_;
    std::unordered_map<const char*, Statement*> byLiteral_;
};

// Throws patrolbook::Error (domain Storage) for a failed SQLite result code.
[[noreturn]] void throwSqliteError(sqlite3* db, int rc, std::string_view context);

} // namespace patrolbook::sqlite
