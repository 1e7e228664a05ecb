#include "storage/loop_repo.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

#include <algorithm>
#include <tuple>

namespace patrolbook::server {

namespace {

constexpr const char* rowColumns = "l.entity, l.id, l.property_id, l.at_ms, l.status, l.level, l.handler_id, "
                                   "l.due_ms, r.version, r.fields";

LoopRow readRow(const sqlite::Statement& st)
{
    LoopRow row;
    row.entity = st.getString(0);
    row.id = st.getString(1);
    row.propertyId = st.getString(2);
    row.atMs = st.getInt64(3);
    row.status = st.getString(4);
    if (!st.isNull(5))
        row.level = st.getString(5);
    if (!st.isNull(6))
        row.handlerId = st.getString(6);
    if (!st.isNull(7))
        row.dueMs = st.getInt64(7);
    row.version = st.getInt64(8);
    row.fields = st.getString(9);
    return row;
}

std::vector<LoopChild> readChildren(sqlite::Statement& st)
{
    std::vector<LoopChild> out;
    while (st.step())
        out.push_back({st.getString(0), st.getInt64(1), st.getString(2)});
    return out;
}

std::vector<ComplaintCount> readCounts(sqlite::Statement& st)
{
    std::vector<ComplaintCount> out;
    while (st.step())
        out.push_back({st.isNull(0) ? std::string{} : st.getString(0), st.getInt64(1)});
    return out;
}

bool newer(const LoopRow& a, const LoopRow& b)
{
    return std::tie(a.atMs, a.id) > std::tie(b.atMs, b.id);
}

} // namespace

LoopRepo::LoopRepo(sqlite::Database& db)
    : db_(db)
{
}

std::vector<LoopRow> LoopRepo::list(const LoopFilter& filter, const std::optional<LoopCursor>& after, std::size_t limit)
{
    // `property_id = ? AND entity = ?` ordered by at_ms DESC, id DESC walks loop_record_list
    // (or _status, with a status) backwards and stops after `limit`.
    std::string sql = std::string{"SELECT "} + rowColumns + " FROM loop_record l "
        + (filter.status ? "INDEXED BY loop_record_status " : "INDEXED BY loop_record_list ")
        + "JOIN record r ON r.entity = l.entity AND r.id = l.id WHERE l.property_id = ? AND l.entity = ?";
    if (filter.status)
        sql += " AND l.status = ?";
    if (filter.level)
        sql += " AND l.level = ?";
    if (filter.handlerId)
        sql += " AND l.handler_id = ?";
    if (filter.overdueAt)
        sql += " AND l.due_ms < ?";
    if (filter.fromMs)
        sql += " AND l.at_ms >= ?";
    if (filter.toMs)
        sql += " AND l.at_ms < ?";
    if (after) // as a range bound SQLite sees (ConsoleRepo::list says why)
        sql += " AND l.at_ms <= ? AND (l.at_ms < ? OR l.id < ?)";
    sql += " ORDER BY l.at_ms DESC, l.id DESC LIMIT ?";

    std::vector<LoopRow> rows;
    for (const auto& property : filter.propertyIds) {
        auto st = db_.cached(sql);
        int n = 1;
        st.bind(n++, property);
        st.bind(n++, filter.entity);
        for (const auto* v : {&filter.status, &filter.level, &filter.handlerId})
            if (*v)
                st.bind(n++, **v);
        for (const auto* v : {&filter.overdueAt, &filter.fromMs, &filter.toMs})
            if (*v)
                st.bind(n++, **v);
        if (after) {
            st.bind(n++, after->atMs);
            st.bind(n++, after->atMs);
            st.bind(n++, after->id);
        }
        st.bind(n, static_cast<std::int64_t>(limit));
        while (st.step())
            rows.push_back(readRow(st));
    }
    std::sort(rows.begin(), rows.end(), newer);
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

std::optional<LoopRow> LoopRepo::row(const std::string& entity, const std::string& id)
{
    auto st = db_.cachedStatic(std::string{"SELECT "} + rowColumns
                               + " FROM loop_record l JOIN record r ON r.entity = l.entity AND r.id = l.id "
                                 "WHERE l.entity = ? AND l.id = ?");
    st.bind(1, entity).bind(2, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

std::vector<LoopRow> LoopRepo::approvals(const std::vector<std::string>& propertyIds,
                                         const std::optional<std::string>& entity, std::size_t limit)
{
    std::vector<LoopRow> rows;
    for (const auto& property : propertyIds) {
        auto st = db_.cachedStatic(
            std::string{"SELECT "} + rowColumns
            + " FROM loop_record l INDEXED BY loop_record_status "
              "JOIN record r ON r.entity = l.entity AND r.id = l.id "
              "WHERE l.property_id = ?1 AND ((l.entity = 'complaint' AND l.status = 'proposed') "
              "OR (l.entity = 'follow_up' AND l.status = 'fixed')) AND (?3 IS NULL OR l.entity = ?3) "
              "ORDER BY l.at_ms, l.id LIMIT ?2");
        st.bind(1, property).bind(2, static_cast<std::int64_t>(limit));
        if (entity)
            st.bind(3, *entity);
        else
            st.bindNull(3);
        while (st.step())
            rows.push_back(readRow(st));
    }
    std::sort(rows.begin(), rows.end(), [](const LoopRow& a, const LoopRow& b) { return newer(b, a); });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

std::vector<LoopChild> LoopRepo::events(const std::string& loopId)
{
    // record_loop_event (step 10): the loop's events without a scan of the record table.
    auto st = db_.cachedLiteral("SELECT id, version, fields FROM record WHERE entity = 'loop_event' AND deleted = 0 "
                                "AND json_extract(fields, '$.loop_id') = ? ORDER BY version");
    st.bind(1, loopId);
    return readChildren(st);
}

std::vector<LoopChild> LoopRepo::photos(const std::string& loopId)
{
    auto st = db_.cachedLiteral("SELECT id, version, fields FROM record WHERE parent_id = ? AND deleted = 0 "
                                "AND entity = 'photo' ORDER BY version");
    st.bind(1, loopId);
    return readChildren(st);
}

ComplaintStatsRows LoopRepo::complaintStats(const std::string& propertyId, std::int64_t fromMs, std::int64_t toMs)
{
    ComplaintStatsRows out;
    // The period's complaints: an index range of loop_record_list.
    constexpr const char* period = "FROM loop_record l JOIN record r ON r.entity = l.entity AND r.id = l.id "
                                   "WHERE l.property_id = ?1 AND l.entity = 'complaint' AND l.at_ms >= ?2 "
                                   "AND l.at_ms < ?3 ";
    auto counts = [&](const std::string& key) {
        auto st = db_.cached("SELECT " + key + " AS k, count(*) " + period + "GROUP BY k ORDER BY count(*) DESC, k");
        st.bind(1, propertyId).bind(2, fromMs).bind(3, toMs);
        return readCounts(st);
    };
    out.byClass = counts("json_extract(r.fields, '$.complaint_class')");
    out.byDepartment = counts("json_extract(r.fields, '$.department')");
    // Explained (judged not valid and closed), resolved (closed after the six steps), open.
    out.byOutcome = counts("CASE WHEN json_extract(r.fields, '$.judgement') = 'explained' THEN 'explained' "
                           "WHEN l.status = 'closed' THEN 'resolved' ELSE 'open' END");
    // The owner's satisfaction at the return visit that follows the complaint (its
    // service_ref names the complaint; record_visit_service finds it).
    out.bySatisfaction = counts("(SELECT json_extract(v.fields, '$.outcome') FROM record v "
                                "WHERE json_extract(v.fields, '$.service_ref') = l.id AND v.entity = 'owner_visit' "
                                "AND v.deleted = 0 AND json_extract(v.fields, '$.status') = 'done' "
                                "ORDER BY v.version DESC LIMIT 1)");
    for (const auto& c : out.byOutcome)
        out.received += c.count;
    auto st
        = db_.cached(std::string{"SELECT l.closed_ms - l.at_ms "} + period + "AND l.closed_ms IS NOT NULL ORDER BY 1");
    st.bind(1, propertyId).bind(2, fromMs).bind(3, toMs);
    while (st.step())
        out.closeMs.push_back(st.getInt64(0));
    return out;
}

} // namespace patrolbook::server
