#pragma once

#include "storage/stats_repo.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

// A property's statistics for a period (docs/console-api.md, "Statistics"), computed from
// StatsRepo's rows with the shared rules: the visit rules (member coverage, the three-day
// limit, rest hours) and the areas' patrol intervals. Each number is {"value": n} with,
// where the records list can show exactly the records behind it, "filter": the
// /api/v1/console/records parameters that list them; where it cannot, the records
// themselves are listed beside the number.
class StatsReport {
public:
    // Lists beside a number (late visits, visits in rest hours, overdue follow-ups) hold
    // at most this many records; the number is always the full count.
    static constexpr std::size_t maxListed = 50;
    static constexpr std::size_t maxSuggestions = 10;

    StatsReport(StatsRepo& repo, StatsPeriod period, std::int64_t nowMs);

    nlohmann::json build();

private:
    nlohmann::json number(std::int64_t value, const nlohmann::json& filter = nullptr) const;
    nlohmann::json visits();
    nlohmann::json patrols();
    nlohmann::json followUps();
    nlohmann::json renovationChecks();

    StatsRepo& repo_;
    StatsPeriod period_;
    std::int64_t nowMs_;
    std::int32_t offsetMin_ = 480;
    nlohmann::json property_;
};

} // namespace patrolbook::server
