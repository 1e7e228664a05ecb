#include "storage/loop_index.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook::server {

namespace {

void runRange(sqlite::Database& db, sqlite::SqlLiteral sql, std::int64_t from, std::int64_t to)
{
    auto st = db.cachedLiteral(sql);
    st.bind(1, from).bind(2, to);
    st.run();
}

} // namespace

LoopIndex::LoopIndex(sqlite::Database& db)
    : db_(db)
{
}

void LoopIndex::catchUp(std::int64_t from, std::int64_t to)
{
    // record's key is its version, so "written since" is a range of the table.
    runRange(db_,
             "DELETE FROM loop_record WHERE (entity, id) IN (SELECT entity, id FROM record WHERE version > ?1 "
             "AND version <= ?2 AND entity IN ('repair_order', 'complaint', 'handover', 'follow_up'))",
             from, to);
    // Times in the ISO text carry their offset; julianday() reads it, so at_ms is the
    // instant (the text alone does not sort by instant across offsets).
    runRange(db_,
             "INSERT INTO loop_record (entity, id, property_id, at_ms, status, level, handler_id, due_ms, closed_ms) "
             "SELECT entity, id, property_id, at_ms, status, level, handler_id, "
             "    CASE WHEN is_open THEN at_ms + limit_ms END, closed_ms FROM ("
             "SELECT r.entity, r.id, r.property_id, json_extract(r.fields, '$.status') AS status, "
             "coalesce(CAST(round((julianday(CASE r.entity "
             "    WHEN 'repair_order' THEN json_extract(r.fields, '$.registered_at') "
             "    WHEN 'complaint' THEN json_extract(r.fields, '$.received_at') "
             "    WHEN 'handover' THEN json_extract(r.fields, '$.handed_at') "
             "    ELSE json_extract(r.fields, '$.created_at') END) - 2440587.5) * 86400000) AS INTEGER), 0) AS at_ms, "
             "CASE r.entity WHEN 'repair_order' THEN json_extract(r.fields, '$.urgency') "
             "    WHEN 'complaint' THEN json_extract(r.fields, '$.severity') END AS level, "
             "CASE r.entity WHEN 'complaint' THEN json_extract(r.fields, '$.handler_id') "
             "    WHEN 'handover' THEN json_extract(r.fields, '$.to_staff_id') "
             "    ELSE json_extract(r.fields, '$.assignee_id') END AS handler_id, "
             "CASE r.entity "
             "    WHEN 'repair_order' THEN json_extract(r.fields, '$.status') IN ('registered', 'dispatched', "
             "        'accepted') "
             "    WHEN 'complaint' THEN json_extract(r.fields, '$.status') <> 'closed' "
             "    WHEN 'handover' THEN json_extract(r.fields, '$.status') = 'handed' "
             "    ELSE json_extract(r.fields, '$.status') IN ('open', 'in_progress') "
             "        AND json_extract(r.fields, '$.due_at') IS NOT NULL END AS is_open, "
             "CASE r.entity "
             "    WHEN 'repair_order' THEN CASE json_extract(r.fields, '$.urgency') WHEN 'emergency' THEN 4 "
             "        WHEN 'urgent' THEN 24 ELSE 72 END * 3600000 "
             "    WHEN 'complaint' THEN CASE json_extract(r.fields, '$.severity') WHEN 'normal' THEN 7 * 24 "
             "        ELSE 24 END * 3600000 "
             "    WHEN 'handover' THEN 12 * 3600000 "
             // A follow-up's own due date, as an offset from its creation.
             "    ELSE CAST(round((julianday(json_extract(r.fields, '$.due_at')) "
             "        - julianday(json_extract(r.fields, '$.created_at'))) * 86400000) AS INTEGER) END AS limit_ms, "
             "CAST(round((julianday(CASE r.entity WHEN 'handover' THEN json_extract(r.fields, '$.received_at') "
             "    WHEN 'follow_up' THEN json_extract(r.fields, '$.verified_at') "
             "    ELSE json_extract(r.fields, '$.closed_at') END) - 2440587.5) * 86400000) AS INTEGER) AS closed_ms "
             "FROM record r WHERE r.version > ?1 AND r.version <= ?2 AND r.deleted = 0 AND r.property_id IS NOT NULL "
             "AND r.entity IN ('repair_order', 'complaint', 'handover', 'follow_up') "
             "AND json_extract(r.fields, '$.status') IS NOT NULL)",
             from, to);
}

} // namespace patrolbook::server
