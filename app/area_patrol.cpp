#include "area_patrol.hpp"

#include "user_scope.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
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

bool exists(patrolbook::sqlite::Statement& st)
{
    const bool found = st.step();
    st.reset();
    return found;
}

} // namespace

std::vector<AreaPatrol> loadAreaPatrols(patrolbook::Store& store, const UserScope& scope, patrolbook::Timestamp now)
{
    auto& records = store.records();
    auto& db = store.database();
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
            // Each lookup walks the (area_id, started_at) index from its end: a few rows.
            auto last = db.cached("SELECT started_at, started_at_offset, finished_at, finished_at_offset "
                                  "FROM inspection WHERE area_id = ? AND deleted = 0 AND status = 'finished' "
                                  "AND started_at < ? ORDER BY started_at DESC LIMIT 1");
            last.bind(1, area.id).bind(2, tomorrow);
            if (last.step()) {
                const std::int64_t started = last.getInt64(0);
                a.lastPatrol = last.isNull(2)
                    ? patrolbook::Timestamp::fromUtcMs(started, std::int32_t(last.getInt64(1)))
                    : patrolbook::Timestamp::fromUtcMs(last.getInt64(2), std::int32_t(last.getInt64(3)));
                a.doneToday = started >= today;
            }
            last.reset();
            const std::int64_t windowStart = today - (std::max<std::int64_t>(area.patrolEveryDays, 1) - 1) * msPerDay;
            auto before = db.cached("SELECT 1 FROM inspection WHERE area_id = ? AND deleted = 0 AND status = "
                                    "'finished' AND started_at >= ? AND started_at < ? LIMIT 1");
            before.bind(1, area.id).bind(2, windowStart).bind(3, today);
            a.dueToday = !exists(before);
            auto draft = db.cached("SELECT 1 FROM inspection WHERE area_id = ? AND deleted = 0 AND status = 'draft' "
                                   "AND inspector_id = ? LIMIT 1");
            draft.bind(1, area.id).bind(2, scope.userIdStd());
            a.hasDraft = exists(draft);
            a.area = std::move(area);
            out.push_back(std::move(a));
        }
    }
    return out;
}
