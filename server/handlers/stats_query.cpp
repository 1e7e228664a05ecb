#include "handlers/stats_query.hpp"

#include "auth/console_policy.hpp"

#include "api/api_error.hpp"
#include "patrolbook/timestamp.hpp"

namespace patrolbook::server {

namespace {

constexpr std::size_t maxParamBytes = 128;
constexpr std::int64_t msPerDay = 86'400'000;

std::string required(const Request& request, const std::string& name)
{
    const auto it = request.query.find(name);
    if (it == request.query.end() || it->second.empty())
        throw ApiError::badRequest("\"" + name + "\" is required");
    if (it->second.size() > maxParamBytes)
        throw ApiError::badRequest("\"" + name + "\" is longer than " + std::to_string(maxParamBytes) + " bytes");
    return it->second;
}

std::int64_t instant(const Request& request, const std::string& name)
{
    const auto t = Timestamp::parse(required(request, name));
    if (!t)
        throw ApiError::badRequest("\"" + name
                                   + "\" must be an ISO 8601 time with its offset, e.g. "
                                     "2026-12-01T00:00:00+08:00");
    return t->utcMs;
}

} // namespace

StatsQuery StatsQuery::parse(const Request& request, const Principal& who)
{
    if (!ConsolePolicy::seesTheTeam(who))
        throw ApiError::forbidden("statistics are for the front desk and managers");
    StatsQuery q;
    q.period.propertyId = required(request, "property");
    q.period.fromMs = instant(request, "from");
    q.period.toMs = instant(request, "to");
    if (q.period.toMs <= q.period.fromMs)
        throw ApiError::badRequest("\"to\" must be after \"from\"");
    if (q.period.toMs - q.period.fromMs > maxDays * msPerDay)
        throw ApiError::badRequest("a period is at most " + std::to_string(maxDays) + " days");
    // After the parameters are known to be well formed: a malformed request is 400
    // whoever's property it names.
    if (!who.hasProperty(q.period.propertyId))
        throw ApiError::forbidden("that property is not one of yours");
    return q;
}

} // namespace patrolbook::server
