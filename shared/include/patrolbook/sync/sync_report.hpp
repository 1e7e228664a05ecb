#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace patrolbook::sync {

struct PushReport {
    int batches = 0;
    std::int64_t applied = 0;
    std::int64_t duplicate = 0;
    std::int64_t merged = 0;
    std::int64_t conflict = 0;
    std::int64_t rejected = 0;
    // Not applied yet, to be sent again (a child whose parent was in a later batch).
    std::int64_t deferred = 0;

    std::int64_t answered() const { return applied + duplicate + merged + conflict + rejected; }
};

// A pulled record this device could not store: the page around it was kept.
struct SkippedRecord {
    std::string entity;
    std::string id;
    std::string reason;
};

struct PullReport {
    int pages = 0;
    std::int64_t applied = 0;
    // Records of entities this build does not know (a newer server).
    std::int64_t unknownEntity = 0;
    std::vector<SkippedRecord> skipped;
    // The server started again from the beginning (the user's scope changed).
    bool reset = false;
    // Records of properties no longer visible, dropped on a reset.
    std::int64_t purged = 0;
};

struct SyncReport {
    PushReport push;
    PullReport pull;
};

nlohmann::json toJson(const PushReport& report);
nlohmann::json toJson(const PullReport& report);
nlohmann::json toJson(const SyncReport& report);

} // namespace patrolbook::sync
