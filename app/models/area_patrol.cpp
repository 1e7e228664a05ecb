#include "area_patrol.hpp"

#include "user_scope.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/store.hpp"

#include <algorithm>

namespace {

constexpr std::int64_t msPerDay = 86'400'000;

// UTC ms of the local midnight starting the day of `t` at `offsetMin`.
std::int64_t localMidnight(std::int64_t utcMs, std::int64_t offsetMin)
{
    const std::int64_t local = utcMs + offsetMin * 60'000;
    std::int64_t day = local / msPerDay;
    if (local % msPerDay < 0)
        --day;
    return day * msPerDay - offsetMin * 60'000;
}

} // namespace

std::vector<AreaPatrol> loadAreaPatrols(patrolbook::Store& store, const UserScope& scope, patrolbook::Timestamp now)
{
    auto& records = store.records();
    patrolbook::DeviceQueries queries(store.database());
    std::vector<AreaPatrol> out;
    for (const auto& property : records.all<patrolbook::Property>()) {
        if (!scope.hasProperty(property.id))
            continue;
        const std::int64_t today = localMidnight(now.utcMs, property.utcOffsetMin);
        const std::int64_t tomorrow = today + msPerDay;
        for (auto& area : records.areasOfProperty(property.id)) {
            if (!area.active)
                continue;
            AreaPatrol a;
            if (const auto last = queries.lastFinishedPatrol(area.id, tomorrow)) {
                a.lastPatrol = last->finished.value_or(last->started);
                a.doneToday = last->started.utcMs >= today;
            }
            const std::int64_t windowStart = today - (std::max<std::int64_t>(area.patrolEveryDays, 1) - 1) * msPerDay;
            a.dueToday = !queries.finishedPatrolBetween(area.id, windowStart, today);
            a.hasDraft = queries.hasDraftPatrol(area.id, scope.userIdStd());
            a.area = std::move(area);
            out.push_back(std::move(a));
        }
    }
    return out;
}
