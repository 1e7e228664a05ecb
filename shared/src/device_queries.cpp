// DeviceQueries: the named lookups of the device's screens. The records list's own
// union query is RecordListQuery.
#include "patrolbook/device_queries.hpp"

#include "patrolbook/entities.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook {

namespace {

std::string textOr(const sqlite::Statement& st, int column)
{
    return st.isNull(column) ? std::string() : st.getString(column);
}

DeviceQueries::UnitNumber unitAt(const sqlite::Statement& st, int number, int code)
{
    return {textOr(st, number), textOr(st, code)};
}

} // namespace

std::optional<std::string> DeviceQueries::text(sqlite::SqlLiteral sql, std::string_view id)
{
    auto st = db_.cachedLiteral(sql);
    st.bind(1, id);
    if (st.step() && !st.isNull(0))
        return st.getString(0);
    return std::nullopt;
}

std::int64_t DeviceQueries::propertyOffsetMin(std::string_view propertyId)
{
    auto st = db_.cachedLiteral("SELECT utc_offset_min FROM property WHERE id = ?");
    st.bind(1, propertyId);
    if (st.step() && !st.isNull(0))
        return st.getInt64(0);
    return Property{}.utcOffsetMin;
}

std::optional<DeviceQueries::UnitNumber> DeviceQueries::unitNumber(std::string_view unitId)
{
    auto st = db_.cachedLiteral(
        "SELECT u.number, b.code FROM unit u LEFT JOIN building b ON b.id = u.building_id WHERE u.id = ?");
    st.bind(1, unitId);
    if (st.step())
        return unitAt(st, 0, 1);
    return std::nullopt;
}

std::optional<std::string> DeviceQueries::ownerName(std::string_view ownerId)
{
    return text("SELECT name FROM owner WHERE id = ?", ownerId);
}

std::optional<std::string> DeviceQueries::areaName(std::string_view areaId)
{
    return text("SELECT name FROM area WHERE id = ?", areaId);
}

std::optional<std::string> DeviceQueries::staffName(std::string_view staffId)
{
    return text("SELECT name FROM staff WHERE id = ?", staffId);
}

bool DeviceQueries::knownToServer(std::string_view entity, std::string_view id)
{
    // The entity names a table only once it is known to be one of ours.
    if (!isKnownEntity(entity))
        return true;
    auto st = db_.cached("SELECT version FROM " + std::string(entity) + " WHERE id = ?");
    st.bind(1, id);
    return st.step() && st.getInt64(0) > 0;
}

bool DeviceQueries::hasPendingChange(std::string_view entity, std::string_view id)
{
    if (!isKnownEntity(entity))
        return false;
    auto st = db_.cached("SELECT pending_change IS NOT NULL FROM " + std::string(entity) + " WHERE id = ?");
    st.bind(1, id);
    return st.step() && st.getInt64(0) != 0;
}

std::vector<std::string> DeviceQueries::photosOf(std::string_view entity, std::string_view id)
{
    auto st = db_.cachedLiteral(
        "SELECT id FROM photo WHERE record_id = ? AND record_entity = ? AND deleted = 0 ORDER BY taken_at");
    st.bind(1, id).bind(2, entity);
    std::vector<std::string> ids;
    while (st.step())
        ids.push_back(st.getString(0));
    return ids;
}

std::optional<DeviceQueries::Headline> DeviceQueries::headline(std::string_view entity, std::string_view id)
{
    Headline h;
    if (entity == "inspection") {
        auto st = db_.cachedLiteral("SELECT a.name, (SELECT count(*) FROM inspection_item i WHERE i.inspection_id = "
                                    "x.id AND i.deleted = 0 AND i.result = 'fail'), x.note "
                                    "FROM inspection x LEFT JOIN area a ON a.id = x.area_id WHERE x.id = ?");
        st.bind(1, id);
        if (!st.step())
            return std::nullopt;
        h.name = textOr(st, 0);
        h.failedLines = int(st.getInt64(1));
        h.text = textOr(st, 2);
    } else if (entity == "renovation_check") {
        auto st = db_.cachedLiteral("SELECT x.kind, u.number, b.code, o.name FROM renovation_check x "
                                    "LEFT JOIN unit u ON u.id = x.unit_id LEFT JOIN building b ON b.id = u.building_id "
                                    "LEFT JOIN owner o ON o.id = x.owner_id WHERE x.id = ?");
        st.bind(1, id);
        if (!st.step())
            return std::nullopt;
        h.kind = textOr(st, 0);
        h.unit = unitAt(st, 1, 2);
        h.name = textOr(st, 3);
    } else if (entity == "owner_visit") {
        auto st = db_.cachedLiteral("SELECT o.name, u.number, b.code, x.purpose, x.channel FROM owner_visit x "
                                    "LEFT JOIN owner o ON o.id = x.owner_id LEFT JOIN unit u ON u.id = "
                                    "coalesce(x.unit_id, o.unit_id) LEFT JOIN building b ON b.id = u.building_id "
                                    "WHERE x.id = ?");
        st.bind(1, id);
        if (!st.step())
            return std::nullopt;
        h.name = textOr(st, 0);
        h.unit = unitAt(st, 1, 2);
        h.purpose = textOr(st, 3);
        h.channel = textOr(st, 4);
    } else if (entity == "follow_up") {
        auto st = db_.cachedLiteral("SELECT x.description, a.name, u.number, b.code FROM follow_up x "
                                    "LEFT JOIN area a ON a.id = x.area_id LEFT JOIN unit u ON u.id = x.unit_id "
                                    "LEFT JOIN building b ON b.id = u.building_id WHERE x.id = ?");
        st.bind(1, id);
        if (!st.step())
            return std::nullopt;
        h.text = textOr(st, 0);
        h.name = textOr(st, 1);
        h.unit = unitAt(st, 2, 3);
    } else {
        return std::nullopt;
    }
    return h;
}

std::optional<DeviceQueries::PatrolTimes> DeviceQueries::lastFinishedPatrol(std::string_view areaId,
                                                                            std::int64_t beforeUtcMs)
{
    // Walks the (area_id, started_at) index from its end: a few rows.
    auto st = db_.cachedLiteral("SELECT started_at, started_at_offset, finished_at, finished_at_offset "
                                "FROM inspection WHERE area_id = ? AND deleted = 0 AND status = 'finished' "
                                "AND started_at < ? ORDER BY started_at DESC LIMIT 1");
    st.bind(1, areaId).bind(2, beforeUtcMs);
    if (!st.step())
        return std::nullopt;
    PatrolTimes times{Timestamp::fromUtcMs(st.getInt64(0), std::int32_t(st.getInt64(1))), std::nullopt};
    if (!st.isNull(2))
        times.finished = Timestamp::fromUtcMs(st.getInt64(2), std::int32_t(st.getInt64(3)));
    return times;
}

bool DeviceQueries::finishedPatrolBetween(std::string_view areaId, std::int64_t fromUtcMs, std::int64_t toUtcMs)
{
    auto st = db_.cachedLiteral("SELECT 1 FROM inspection WHERE area_id = ? AND deleted = 0 AND status = "
                                "'finished' AND started_at >= ? AND started_at < ? LIMIT 1");
    st.bind(1, areaId).bind(2, fromUtcMs).bind(3, toUtcMs);
    return st.step();
}

bool DeviceQueries::hasDraftPatrol(std::string_view areaId, std::string_view inspectorId)
{
    auto st = db_.cachedLiteral("SELECT 1 FROM inspection WHERE area_id = ? AND deleted = 0 AND status = 'draft' "
                                "AND inspector_id = ? LIMIT 1");
    st.bind(1, areaId).bind(2, inspectorId);
    return st.step();
}

std::optional<std::string> DeviceQueries::latestDraftPatrol(std::string_view inspectorId)
{
    return text("SELECT id FROM inspection WHERE inspector_id = ? AND deleted = 0 AND status = 'draft' "
                "ORDER BY started_at DESC LIMIT 1",
                inspectorId);
}

std::optional<std::string> DeviceQueries::followUpOfLine(std::string_view itemId)
{
    return text("SELECT id FROM follow_up WHERE source_id = ? AND deleted = 0 LIMIT 1", itemId);
}

DeviceQueries::FollowUpCounts DeviceQueries::unresolvedFollowUps(const std::string& propertyIdsJson,
                                                                 const std::string& mineOf, std::int64_t nowUtcMs)
{
    // Only the follow-ups still to deal with, read through the status index: closed ones
    // pile up over the years and are never read for this.
    static const std::string sql
        = "SELECT count(*), coalesce(sum(f.due_at IS NOT NULL AND f.due_at < ?3), 0) FROM follow_up f "
          "WHERE f.deleted = 0 AND "
        + PatrolRules::unresolvedFollowUpSql("f")
        + " AND (json_array_length(?1) = 0 OR f.property_id IN (SELECT value FROM json_each(?1))) "
          "AND (?2 IS NULL OR f.created_by = ?2 OR f.assignee_id = ?2)";
    auto st = db_.cachedStatic(sql);
    st.bind(1, propertyIdsJson);
    if (mineOf.empty())
        st.bindNull(2);
    else
        st.bind(2, mineOf);
    st.bind(3, nowUtcMs);
    FollowUpCounts counts;
    if (st.step()) {
        counts.open = int(st.getInt64(0));
        counts.overdue = int(st.getInt64(1));
    }
    return counts;
}

} // namespace patrolbook
