#include "storage/console_index.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "storage/db_pool.hpp"
#include "storage/loop_index.hpp"

#include <string>

namespace patrolbook::server {

namespace {

// The last record version console_record has seen, in server_meta.
std::int64_t seenVersion(sqlite::Database& db)
{
    auto st = db.cachedLiteral("SELECT CAST(value AS INTEGER) FROM server_meta WHERE key = 'console_version'");
    return st.step() ? st.getInt64(0) : 0;
}

std::int64_t lastVersion(sqlite::Database& db)
{
    auto st = db.cachedLiteral("SELECT coalesce(max(version), 0) FROM record");
    st.step();
    return st.getInt64(0);
}

void runRange(sqlite::Database& db, sqlite::SqlLiteral sql, std::int64_t from, std::int64_t to)
{
    auto st = db.cachedLiteral(sql);
    st.bind(1, from).bind(2, to);
    st.run();
}

} // namespace

ConsoleIndex::ConsoleIndex(sqlite::Database& db)
    : db_(db)
{
}

bool ConsoleIndex::behind()
{
    return lastVersion(db_) > seenVersion(db_);
}

void ConsoleIndex::refresh(DbPool& pool)
{
    auto& db = pool.db();
    if (!ConsoleIndex(db).behind())
        return;
    const auto turn = pool.writeTurn();
    sqlite::Transaction tx(db);
    ConsoleIndex(db).catchUp();
    tx.commit();
}

void ConsoleIndex::acceptCorrections(std::int64_t from, std::int64_t to)
{
    // A notice its recipient answered as corrected (reply, corrected_at) sends a record
    // that has issues back to review: an act of the author's, at the server's time of
    // the answer (its history row), with the reply as the comment.
    auto back = db_.cachedLiteral(
        "INSERT INTO review (entity, record_id, state, comment, record_version, account_id, at_ms) "
        "SELECT t.entity, t.id, 'received', json_extract(n.fields, '$.reply'), t.version, "
        "    json_extract(n.fields, '$.recipient_id'), "
        "    coalesce((SELECT max(h.at_ms) FROM record_history h WHERE h.entity = 'notice' AND h.record_id = n.id), "
        "             CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) "
        "FROM record n JOIN record t ON t.entity = json_extract(n.fields, '$.record_entity') "
        "    AND t.id = json_extract(n.fields, '$.record_id') "
        "WHERE n.version > ?1 AND n.version <= ?2 AND n.entity = 'notice' AND n.deleted = 0 "
        "AND json_extract(n.fields, '$.corrected_at') IS NOT NULL "
        "AND (SELECT v.state FROM review v WHERE v.entity = t.entity AND v.record_id = t.id "
        "    ORDER BY v.seq DESC LIMIT 1) = 'has_issues'");
    back.bind(1, from).bind(2, to);
    back.run();
    if (db_.changes() == 0)
        return;
    auto inForce
        = db_.cachedLiteral("UPDATE console_record SET review = 'received' WHERE (entity, id) IN (SELECT "
                            "json_extract(fields, '$.record_entity'), json_extract(fields, '$.record_id') FROM record "
                            "WHERE version > ?1 AND version <= ?2 AND entity = 'notice' "
                            "AND json_extract(fields, '$.corrected_at') IS NOT NULL)");
    inForce.bind(1, from).bind(2, to);
    inForce.run();
}

void ConsoleIndex::catchUp()
{
    const std::int64_t from = seenVersion(db_);
    const std::int64_t to = lastVersion(db_);
    if (to <= from)
        return;
    // The listed records whose text changes: those written since, and the parents of lines
    // written since (a line's note is its record's text). Their old text goes first, while
    // their rows still say where it is. (entity IN the four kinds: so the id list is
    // searched through the primary key, not by a scan of console_record.)
    runRange(db_,
             "DELETE FROM console_text WHERE rowid IN (SELECT c.text_id FROM console_record c "
             "WHERE c.entity IN ('inspection', 'renovation_check', 'owner_visit', 'follow_up') AND c.id IN ("
             "    SELECT id FROM record WHERE version > ?1 AND version <= ?2 "
             "        AND entity IN ('inspection', 'renovation_check', 'owner_visit', 'follow_up') "
             "    UNION SELECT parent_id FROM record WHERE version > ?1 AND version <= ?2 "
             "        AND entity IN ('inspection_item', 'renovation_item')))",
             from, to);
    // Every record written since: its row goes, and comes back unless it was deleted.
    // record's key is its version, so "since" is a range of the table, not a scan.
    runRange(db_,
             "DELETE FROM console_record WHERE (entity, id) IN (SELECT entity, id FROM record WHERE version > ?1 "
             "AND version <= ?2 AND entity IN ('inspection', 'renovation_check', 'owner_visit', 'follow_up'))",
             from, to);
    runRange(db_,
             "INSERT INTO console_record (entity, id, property_id, staff_id, assignee_id, at_ms, status, failed_lines, "
             "    area_id, review, building_id, text_id) SELECT r.entity, r.id, r.property_id, "
             "CASE r.entity WHEN 'owner_visit' THEN json_extract(r.fields, '$.staff_id') "
             "    WHEN 'follow_up' THEN json_extract(r.fields, '$.created_by') "
             "    ELSE json_extract(r.fields, '$.inspector_id') END, "
             "CASE r.entity WHEN 'follow_up' THEN json_extract(r.fields, '$.assignee_id') END, "
             // The record's own time as a UTC instant (the ISO text with its offset does
             // not sort by instant).
             "coalesce(CAST(round((julianday(CASE r.entity "
             "    WHEN 'owner_visit' THEN coalesce(json_extract(r.fields, '$.visited_at'), "
             "                                     json_extract(r.fields, '$.planned_at')) "
             "    WHEN 'follow_up' THEN json_extract(r.fields, '$.created_at') "
             "    ELSE json_extract(r.fields, '$.started_at') END) - 2440587.5) * 86400000) AS INTEGER), 0), "
             "json_extract(r.fields, '$.status'), 0, "
             "CASE WHEN r.entity IN ('inspection', 'follow_up') THEN json_extract(r.fields, '$.area_id') END, "
             // The review in force: the newest act, unless it found issues and the record
             // has been written since (corrected): then it waits for review again.
             "coalesce((SELECT CASE WHEN v.state = 'has_issues' AND r.version > v.record_version THEN 'received' "
             "    ELSE v.state END FROM review v WHERE v.entity = r.entity AND v.record_id = r.id "
             "    ORDER BY v.seq DESC LIMIT 1), 'received'), "
             // The building: of the record's unit (a visit without one: its owner's), else
             // of its area. Each a probe of record_key.
             "coalesce((SELECT json_extract(u.fields, '$.building_id') FROM record u WHERE u.entity = 'unit' "
             "    AND u.id = coalesce(json_extract(r.fields, '$.unit_id'), (SELECT json_extract(o.fields, "
             "        '$.unit_id') FROM record o WHERE o.entity = 'owner' "
             "        AND o.id = json_extract(r.fields, '$.owner_id')))), "
             "    (SELECT json_extract(a.fields, '$.building_id') FROM record a WHERE a.entity = 'area' "
             "        AND a.id = json_extract(r.fields, '$.area_id'))), "
             "r.version "
             "FROM record r WHERE r.version > ?1 AND r.version <= ?2 AND r.deleted = 0 AND r.property_id IS NOT NULL "
             "AND r.entity IN ('inspection', 'renovation_check', 'owner_visit', 'follow_up')",
             from, to);
    // Failed lines, for the records just put back and the parents of lines written since.
    runRange(db_,
             "UPDATE console_record SET failed_lines = (SELECT count(*) FROM record i "
             "    WHERE i.parent_id = console_record.id "
             "    AND i.deleted = 0 AND i.entity IN ('inspection_item', 'renovation_item') "
             "    AND json_extract(i.fields, '$.result') = 'fail') "
             "WHERE entity IN ('inspection', 'renovation_check') AND id IN ("
             "    SELECT id FROM record WHERE version > ?1 AND version <= ?2 "
             "        AND entity IN ('inspection', 'renovation_check') "
             "    UNION SELECT parent_id FROM record WHERE version > ?1 AND version <= ?2 "
             "        AND entity IN ('inspection_item', 'renovation_item'))",
             from, to);
    // Their text again: what people write (notes, the lines' notes, descriptions,
    // resolutions, suggestions, contractor and permit) and the names the office searches
    // by (owner, unit, area, building), one line each.
    runRange(db_,
             "INSERT INTO console_text (rowid, body) SELECT c.text_id, "
             "coalesce(json_extract(r.fields, '$.note') || char(10), '') "
             "|| coalesce(json_extract(r.fields, '$.description') || char(10), '') "
             "|| coalesce(json_extract(r.fields, '$.resolution') || char(10), '') "
             "|| coalesce(json_extract(r.fields, '$.suggestions') || char(10), '') "
             "|| coalesce(json_extract(r.fields, '$.contractor') || char(10), '') "
             "|| coalesce(json_extract(r.fields, '$.permit_no') || char(10), '') "
             "|| coalesce((SELECT group_concat(json_extract(i.fields, '$.note'), char(10)) FROM record i "
             "    WHERE i.parent_id = r.id AND i.deleted = 0 AND i.entity IN ('inspection_item', 'renovation_item')) "
             "    || char(10), '') "
             "|| coalesce((SELECT json_extract(o.fields, '$.name') FROM record o WHERE o.entity = 'owner' "
             "    AND o.id = json_extract(r.fields, '$.owner_id')) || char(10), '') "
             "|| coalesce((SELECT json_extract(u.fields, '$.number') FROM record u WHERE u.entity = 'unit' "
             "    AND u.id = json_extract(r.fields, '$.unit_id')) || char(10), '') "
             "|| coalesce((SELECT json_extract(a.fields, '$.name') FROM record a WHERE a.entity = 'area' "
             "    AND a.id = c.area_id) || char(10), '') "
             "|| coalesce((SELECT json_extract(b.fields, '$.name') FROM record b WHERE b.entity = 'building' "
             "    AND b.id = c.building_id), '') "
             "FROM console_record c JOIN record r ON r.entity = c.entity AND r.id = c.id "
             "WHERE c.entity IN ('inspection', 'renovation_check', 'owner_visit', 'follow_up') AND c.id IN ("
             "    SELECT id FROM record WHERE version > ?1 AND version <= ?2 "
             "        AND entity IN ('inspection', 'renovation_check', 'owner_visit', 'follow_up') "
             "    UNION SELECT parent_id FROM record WHERE version > ?1 AND version <= ?2 "
             "        AND entity IN ('inspection_item', 'renovation_item'))",
             from, to);
    acceptCorrections(from, to);
    LoopIndex(db_).catchUp(from, to);
    auto seen = db_.cachedLiteral("INSERT OR REPLACE INTO server_meta (key, value) VALUES ('console_version', ?)");
    seen.bind(1, std::to_string(to));
    seen.run();
}

} // namespace patrolbook::server
