// DeviceQueries over people: the owner search and the staff of the user's properties.
#include "patrolbook/device_queries.hpp"

#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook {

namespace {

// The search runs in SQLite over name, unit number and phone; the page is sorted by
// building, floor and unit, the order staff walk a building in. The last visit is looked
// up for the page's rows only, through the visits' owner index (`+status` keeps SQLite
// from choosing the status index instead, which reads every done visit per owner).
constexpr const char* searchSql = R"sql(
SELECT o.id, o.name, o.unit_id, u.number, b.code, o.phone, o.member,
       (SELECT v.visited_at FROM owner_visit v WHERE v.owner_id = o.id AND v.deleted = 0 AND +v.status = 'done'
        AND v.visited_at IS NOT NULL ORDER BY v.visited_at DESC LIMIT 1),
       (SELECT p.utc_offset_min FROM property p WHERE p.id = o.property_id)
FROM (SELECT o.* FROM owner o
      LEFT JOIN unit u ON u.id = o.unit_id
      LEFT JOIN building b ON b.id = u.building_id
      WHERE o.deleted = 0
        AND (json_array_length(?1) = 0 OR o.property_id IN (SELECT value FROM json_each(?1)))
        AND (?2 IS NULL OR o.name LIKE ?2 ESCAPE '\' OR u.number LIKE ?2 ESCAPE '\'
             OR o.phone LIKE ?2 ESCAPE '\' OR (b.code || '-' || u.number) LIKE ?2 ESCAPE '\')
      ORDER BY b.code, u.floor, u.number, o.name
      LIMIT ?3) o
LEFT JOIN unit u ON u.id = o.unit_id
LEFT JOIN building b ON b.id = u.building_id
ORDER BY b.code, u.floor, u.number, o.name
)sql";

// Everyone active in the user's properties, by team then name.
constexpr const char* staffSql = R"sql(
SELECT s.id, s.name, s.role, s.team FROM staff s
WHERE s.deleted = 0 AND s.active = 1
  AND (json_array_length(?1) = 0
       OR EXISTS (SELECT 1 FROM json_each(s.property_ids) p WHERE p.value IN (SELECT value FROM json_each(?1))))
ORDER BY s.team, s.name
)sql";

std::string textOr(const sqlite::Statement& st, int column)
{
    return st.isNull(column) ? std::string() : st.getString(column);
}

} // namespace

std::vector<DeviceQueries::OwnerRow> DeviceQueries::searchOwners(const std::string& propertyIdsJson,
                                                                 const std::optional<std::string>& pattern, int limit)
{
    auto st = db_.cachedLiteral(searchSql);
    st.bind(1, propertyIdsJson);
    if (pattern)
        st.bind(2, *pattern);
    else
        st.bindNull(2);
    st.bind(3, std::int64_t{limit});
    std::vector<OwnerRow> rows;
    while (st.step()) {
        OwnerRow r;
        r.id = st.getString(0);
        r.name = textOr(st, 1);
        r.unitId = textOr(st, 2);
        r.unit = {textOr(st, 3), textOr(st, 4)};
        r.phone = textOr(st, 5);
        r.member = st.getInt64(6) != 0;
        if (!st.isNull(7))
            r.lastVisitUtcMs = st.getInt64(7);
        r.propertyOffsetMin = st.isNull(8) ? Property{}.utcOffsetMin : st.getInt64(8);
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<DeviceQueries::StaffRow> DeviceQueries::activeStaff(const std::string& propertyIdsJson)
{
    auto st = db_.cachedLiteral(staffSql);
    st.bind(1, propertyIdsJson);
    std::vector<StaffRow> rows;
    while (st.step())
        rows.push_back({st.getString(0), textOr(st, 1), textOr(st, 2), textOr(st, 3)});
    return rows;
}

} // namespace patrolbook
