#include "handlers/stats_complaints.hpp"

#include <cmath>

namespace patrolbook::server {

using nlohmann::json;

namespace {

json countsJson(const std::vector<ComplaintCount>& counts)
{
    json out = json::array();
    for (const auto& c : counts)
        out.push_back({{"key", c.key.empty() ? json(nullptr) : json(c.key)}, {"count", c.count}});
    return out;
}

// Nearest-rank percentile of sorted values, in hours (one decimal); null when none.
json percentileHours(const std::vector<std::int64_t>& sortedMs, double p)
{
    if (sortedMs.empty())
        return nullptr;
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sortedMs.size())));
    const auto ms = sortedMs[rank == 0 ? 0 : rank - 1];
    return std::round(static_cast<double>(ms) / 360000.0) / 10.0;
}

} // namespace

json complaintStatsJson(const ComplaintStatsRows& rows)
{
    return {{"received", rows.received},
            {"by_class", countsJson(rows.byClass)},
            {"by_department", countsJson(rows.byDepartment)},
            {"by_outcome", countsJson(rows.byOutcome)},
            {"by_satisfaction", countsJson(rows.bySatisfaction)},
            {"closed", rows.closeMs.size()},
            {"close_hours_median", percentileHours(rows.closeMs, 0.5)},
            {"close_hours_p90", percentileHours(rows.closeMs, 0.9)}};
}

} // namespace patrolbook::server
