#include "patrolbook/sync/sync_report.hpp"

namespace patrolbook::sync {

nlohmann::json toJson(const PushReport& report)
{
    return {{"batches", report.batches},  {"applied", report.applied},   {"duplicate", report.duplicate},
            {"merged", report.merged},    {"conflict", report.conflict}, {"rejected", report.rejected},
            {"deferred", report.deferred}};
}

nlohmann::json toJson(const PullReport& report)
{
    auto skipped = nlohmann::json::array();
    for (const auto& s : report.skipped)
        skipped.push_back({{"entity", s.entity}, {"id", s.id}, {"reason", s.reason}});
    return {{"pages", report.pages},         {"applied", report.applied}, {"unknown_entity", report.unknownEntity},
            {"skipped", std::move(skipped)}, {"reset", report.reset},     {"purged", report.purged}};
}

nlohmann::json toJson(const SyncReport& report)
{
    return {{"push", toJson(report.push)}, {"pull", toJson(report.pull)}};
}

} // namespace patrolbook::sync
