#include "storage/stats_repo.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook::server {

namespace {

template <class St>
void bindPeriod(St& st, const StatsPeriod& p)
{
    st.bind(1, p.propertyId).bind(2, p.fromMs).bind(3, p.toMs);
}

std::optional<std::string> optionalText(const sqlite::Statement& st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<std::string>(st.getString(column));
}

} // namespace

StatsRepo::StatsRepo(sqlite::Database& db)
    : db_(db)
{
}

std::optional<std::string> StatsRepo::propertyFields(const std::string& propertyId)
{
    auto st = db_.cachedLiteral("SELECT fields FROM record WHERE entity = 'property' AND id = ? AND deleted = 0");
    st.bind(1, propertyId);
    if (!st.step())
        return std::nullopt;
    return st.getString(0);
}

std::vector<StatsOwner> StatsRepo::memberOwners(const std::string& propertyId)
{
    // record_owner_member (server schema step 7) holds the member flag of every owner by
    // property: the members are an index range, the other owners are never read. Their
    // name and unit are JSON of those rows only.
    auto st = db_.cachedLiteral(
        "SELECT o.id, coalesce(json_extract(o.fields, '$.name'), ''), coalesce(json_extract(o.fields, '$.unit_id'), "
        "''), "
        "    coalesce(json_extract(u.fields, '$.number'), ''), coalesce(json_extract(b.fields, '$.name'), '') "
        "FROM record o INDEXED BY record_owner_member "
        "LEFT JOIN record u ON u.entity = 'unit' AND u.id = json_extract(o.fields, '$.unit_id') "
        "LEFT JOIN record b ON b.entity = 'building' AND b.id = json_extract(u.fields, '$.building_id') "
        "WHERE o.entity = 'owner' AND o.property_id = ? AND json_extract(o.fields, '$.member') = 1 "
        "    AND o.deleted = 0 "
        "ORDER BY 5, 4, 2, 1");
    st.bind(1, propertyId);
    std::vector<StatsOwner> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), st.getString(2), st.getString(3), st.getString(4)});
    return out;
}

std::vector<StatsRecord> StatsRepo::doneVisits(const StatsPeriod& period)
{
    // A visit's owner, its service's completion and its outcome have no column: the
    // visit rules (shared/visit_rules) read them from the record, so the fields of the
    // period's done visits are handed over whole, and nothing of other periods is read.
    auto st
        = db_.cachedLiteral("SELECT r.id, r.fields, coalesce(json_extract(o.fields, '$.name'), '') "
                            "FROM console_record c INDEXED BY console_record_property "
                            "JOIN record r ON r.entity = c.entity AND r.id = c.id "
                            "LEFT JOIN record o ON o.entity = 'owner' AND o.id = json_extract(r.fields, '$.owner_id') "
                            "WHERE c.property_id = ?1 AND c.at_ms >= ?2 AND c.at_ms < ?3 AND c.review <> 'rejected' "
                            "AND c.entity = 'owner_visit' "
                            "    AND c.status = 'done' "
                            "ORDER BY c.at_ms DESC, c.id DESC");
    bindPeriod(st, period);
    std::vector<StatsRecord> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), st.getString(2)});
    return out;
}

std::vector<StatsArea> StatsRepo::areas(const std::string& propertyId)
{
    // Reference data, a few dozen per property: read as the console's `me` reads it.
    auto st = db_.cachedLiteral(
        "SELECT id, coalesce(json_extract(fields, '$.name'), ''), "
        "    coalesce(json_extract(fields, '$.patrol_every_days'), 1), coalesce(json_extract(fields, '$.active'), 1) "
        "FROM record WHERE entity = 'area' AND property_id = ? AND deleted = 0 ORDER BY 2, 1");
    st.bind(1, propertyId);
    std::vector<StatsArea> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), st.getInt64(2), st.getInt64(3) != 0});
    return out;
}

std::vector<StatsPatrol> StatsRepo::finishedPatrols(const StatsPeriod& period)
{
    auto st = db_.cachedLiteral(
        "SELECT coalesce(area_id, ''), coalesce(staff_id, ''), at_ms "
        "FROM console_record INDEXED BY console_record_property "
        "WHERE property_id = ?1 AND at_ms >= ?2 AND at_ms < ?3 AND review <> 'rejected' AND entity = 'inspection' "
        "    AND status = 'finished'");
    bindPeriod(st, period);
    std::vector<StatsPatrol> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), st.getInt64(2)});
    return out;
}

std::vector<StatsFailedLines> StatsRepo::failedLines(const StatsPeriod& period)
{
    // The period's patrols with failed lines come off console_record_failed; a line's
    // category and result are JSON of those patrols' lines only (record_parent).
    auto st = db_.cachedLiteral(
        "SELECT coalesce(json_extract(i.fields, '$.category'), 'details'), coalesce(c.area_id, ''), count(*) "
        "FROM console_record c INDEXED BY console_record_failed "
        "JOIN record i ON i.parent_id = c.id "
        "WHERE c.property_id = ?1 AND c.at_ms >= ?2 AND c.at_ms < ?3 AND c.review <> 'rejected' AND c.failed_lines > 0 "
        "    AND c.entity = 'inspection' AND c.status = 'finished' "
        "    AND i.entity = 'inspection_item' AND i.deleted = 0 AND json_extract(i.fields, '$.result') = 'fail' "
        "GROUP BY 1, 2");
    bindPeriod(st, period);
    std::vector<StatsFailedLines> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), static_cast<int>(st.getInt64(2))});
    return out;
}

std::vector<StatsFollowUp> StatsRepo::followUps(const StatsPeriod& period)
{
    // Status, area and time are columns; when it is due and when it was verified are
    // not (the list never filters by them), so they are read of the period's follow-ups.
    auto st = db_.cachedLiteral(
        "SELECT c.id, coalesce(c.status, ''), coalesce(json_extract(r.fields, '$.description'), ''), c.area_id, "
        "    c.at_ms, json_extract(r.fields, '$.due_at'), json_extract(r.fields, '$.verified_at') "
        "FROM console_record c INDEXED BY console_record_property "
        "JOIN record r ON r.entity = c.entity AND r.id = c.id "
        "WHERE c.property_id = ?1 AND c.at_ms >= ?2 AND c.at_ms < ?3 AND c.review <> 'rejected' AND c.entity = "
        "'follow_up' "
        "ORDER BY c.at_ms, c.id");
    bindPeriod(st, period);
    std::vector<StatsFollowUp> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), st.getString(2), optionalText(st, 3), st.getInt64(4),
                       optionalText(st, 5), optionalText(st, 6)});
    return out;
}

std::vector<StatsRenovation> StatsRepo::renovationChecks(const StatsPeriod& period)
{
    // Patrol or acceptance is the check's `kind`, JSON of the period's checks only.
    auto st = db_.cachedLiteral(
        "SELECT coalesce(json_extract(r.fields, '$.kind'), 'patrol'), count(*), sum(c.failed_lines > 0) "
        "FROM console_record c INDEXED BY console_record_property "
        "JOIN record r ON r.entity = c.entity AND r.id = c.id "
        "WHERE c.property_id = ?1 AND c.at_ms >= ?2 AND c.at_ms < ?3 AND c.review <> 'rejected' AND c.entity = "
        "'renovation_check' "
        "    AND c.status = 'finished' "
        "GROUP BY 1 ORDER BY 1");
    bindPeriod(st, period);
    std::vector<StatsRenovation> out;
    while (st.step())
        out.push_back({st.getString(0), static_cast<int>(st.getInt64(1)), static_cast<int>(st.getInt64(2))});
    return out;
}

} // namespace patrolbook::server
