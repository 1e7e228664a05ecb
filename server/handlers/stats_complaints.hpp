#pragma once

#include "storage/loop_repo.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

// The classified complaint statistics of a period (the sixth step's summary feeds them):
// counts by class, by responsible department, by outcome (explained, resolved, still
// open) and by the owner's satisfaction at the return visit, and the time to close
// (median and 90th percentile, in hours, nearest-rank) of those closed. The "complaints"
// section of GET /api/v1/console/stats.
nlohmann::json complaintStatsJson(const ComplaintStatsRows& rows);

} // namespace patrolbook::server
