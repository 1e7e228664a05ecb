#pragma once

#include "patrolbook/records.hpp"

#include <filesystem>
#include <string>

namespace patrolbook::test {

// A fresh directory under the system temp dir, removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path file(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

// A valid record of each type with every optional field set, so a round trip through
// SQLite or JSON exercises every column.
template <class T>
T sample();

// 2026-11-27 10:00 in Shanghai.
Timestamp sampleTime();

} // namespace patrolbook::test
