#include "patrolbook/sqlite/database.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/statement.hpp"

#include <sqlite3.h>

#include <cerrno>

namespace patrolbook::sqlite {

namespace {

bool isNoSpace(int error)
{
    return error == ENOSPC || error == EDQUOT;
}

} // namespace

void throwSqliteError(sqlite3* db, int rc, std::string_view context)
{
    std::string message{context};
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const int primary = rc & 0xff;
    ErrorCode code = ErrorCode::Sqlite;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        code = ErrorCode::Busy;
    else if (primary == SQLITE_CONSTRAINT)
        code = ErrorCode::Constraint;
    else if (primary == SQLITE_FULL || (primary == SQLITE_IOERR && db && isNoSpace(sqlite3_system_errno(db))))
        // A full disk is no bug and passes once space is freed: callers answer "try later"
        // (the server 507) instead of reporting a failure. SQLite says SQLITE_FULL where it
        // saw ENOSPC on a write, but an I/O error where it met it elsewhere (growing the
        // -shm, an fsync): the errno behind it tells.
        code = ErrorCode::DiskFull;
    throw Error(ErrorDomain::Storage, code, std::move(message));
}

Database::Database(const std::filesystem::path& path, OpenOptions options)
    : path_(path)
{
    // SQLite's memory statistics take a global mutex around every allocation it makes
    // (a push settles thousands of rows); nothing here reads them. Process-wide and only
    // possible before SQLite starts: if someone started it first, it stays as it was.
    static const int noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)noMemoryStatistics;
    const int flags = options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.string().c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string what = "open " + path.string();
        sqlite3* db = db_;
        try {
            throwSqliteError(db, rc, what);
        } catch (...) {
            sqlite3_close(db);
            db_ = nullptr;
            throw;
        }
    }
    sqlite3_extended_result_codes(db_, 1);
    try {
        sqlite3_busy_timeout(db_, options.busyTimeoutMs);
        if (!options.readOnly)
            exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA foreign_keys=ON");
        // Statement journals and temporary b-trees in memory: a statement journal over
        // 64 KiB otherwise spills to a file under /var/tmp and every statement after it in
        // the transaction writes its pages there (two syscalls a page: most of the server's
        // file writes in a push); and Android has no writable /var/tmp at all.
        exec("PRAGMA temp_store=MEMORY");
        exec(options.durability == Durability::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
        exec("PRAGMA wal_autocheckpoint=" + std::to_string(options.walCheckpointPages));
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

Database::~Database()
{
    cache_.clear(); // statements must be finalized before the connection closes
    sqlite3_close(db_);
}

void Database::exec(std::string_view sql)
{
    char* err = nullptr;
    const std::string text{sql};
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        sqlite3_free(err);
        throwSqliteError(db_, rc, "exec");
    }
}

CachedStatement Database::cached(const std::string& sql)
{
    auto it = cache_.find(sql);
    if (it == cache_.end())
        it = cache_.emplace(sql, std::make_unique<Statement>(*this, sql)).first;
    return CachedStatement(*it->second);
}

CachedStatement Database::cachedStatic(const std::string& sql)
{
    if (auto it = byAddress_.find(&sql); it != byAddress_.end())
        return CachedStatement(*it->second);
    CachedStatement st = cached(sql);
    byAddress_.emplace(&sql, &st.statement());
    return st;
}

CachedStatement Database::cachedLiteral(SqlLiteral sql)
{
    if (auto it = byLiteral_.find(sql.text()); it != byLiteral_.end())
        return CachedStatement(*it->second);
    CachedStatement st = cached(sql.text());
    byLiteral_.emplace(sql.text(), &st.statement());
    return st;
}

int Database::userVersion()
{
    Statement st(*this, "PRAGMA user_version");
    st.step();
    return static_cast<int>(st.getInt64(0));
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version=" + std::to_string(version));
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const
{
    return sqlite3_changes(db_);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(db_) == 0;
}

} // namespace patrolbook::sqlite
