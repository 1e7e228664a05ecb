#pragma once

#include "patrolbook/sqlite/database.hpp"

#include <filesystem>

namespace patrolbook::server {

// One connection per thread to the server database (SQLite connections are not shared
// between threads): WAL lets the workers read side by side while writes take turns.
// Opened with synchronous=FULL: a change is acknowledged only once it is durable.
class DbPool {
public:
    // Opens (creating if need be) and migrates the database once, up front.
    explicit DbPool(std::filesystem::path file);
    sqlite::Database& db();
    const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
    unsigned long long generation_;
};

} // namespace patrolbook::server
