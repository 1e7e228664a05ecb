#pragma once

#include "patrolbook/sqlite/database.hpp"

#include <filesystem>
#include <mutex>

namespace patrolbook::server {

// One connection per thread to the server database (SQLite connections are not shared
// between threads): WAL lets the workers read side by side while writes take turns.
// Opened with synchronous=FULL: a change is acknowledged only once it is durable.
class DbPool {
public:
    static constexpr int serverWalCheckpointPages = 16'384;

    // Opens (creating if need be) and migrates the database once, up front.
    explicit DbPool(std::filesystem::path file);
    sqlite::Database& db();
    // Held around every write transaction of this process. Writers on the server's own
    // threads then queue here and start the moment the one before commits, instead of
    // meeting SQLITE_BUSY and polling in SQLite's busy handler (which sleeps up to 100 ms a
    // turn, and gives up after the busy timeout however long the queue is). The busy
    // timeout still covers other processes (`patrolbook-server user add` while serving).
    [[nodiscard]] std::unique_lock<std::mutex> writeTurn() { return std::unique_lock(writers_); }
    const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
    unsigned long long generation_;
    std::mutex writers_;
};

} // namespace patrolbook::server
