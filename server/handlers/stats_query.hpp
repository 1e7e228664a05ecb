#pragma once

#include "api/request.hpp"
#include "auth/principal.hpp"
#include "storage/stats_repo.hpp"

namespace patrolbook::server {

// A statistics request read from its query string and checked against who asks
// (docs/security.md): the front desk and managers, for one of their properties; patrol
// staff and specialists are refused (a property's numbers are the whole team's work).
struct StatsQuery {
    // A year and a quarter's slack for custom ranges; longer periods are refused.
    static constexpr std::int64_t maxDays = 400;

    StatsPeriod period;

    // Throws ApiError 403 for a role or property not allowed, 400 for a malformed or
    // missing parameter.
    static StatsQuery parse(const Request& request, const Principal& who);
};

} // namespace patrolbook::server
