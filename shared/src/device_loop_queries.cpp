// DeviceQueries over the loops: Today's loop counts, my follow-ups, the verification
// queue, a loop's history, what a handover can carry over, handovers to confirm.
#include "patrolbook/device_queries.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook {

namespace {

// The properties' filter, as the other device queries write it (?1: a JSON array).
#define PB_IN_PROPERTIES(alias)                                                                                        \
    " (json_array_length(?1) = 0 OR " alias ".property_id IN (SELECT value FROM json_each(?1))) "

std::vector<std::string> ids(sqlite::Statement& st)
{
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.getString(0));
    return out;
}

} // namespace

DeviceQueries::LoopCounts DeviceQueries::loopCounts(const std::string& propertyIdsJson, const std::string& userId,
                                                    bool manager, std::int64_t nowUtcMs, std::int64_t staleBeforeUtcMs)
{
    // One statement: Today reloads on every save. Each count reads its table's status or
    // assignee index.
    auto st = db_.cachedLiteral(
        "SELECT"
        " (SELECT count(*) FROM follow_up f WHERE f.deleted = 0 AND f.status IN ('open', 'in_progress')"
        "  AND f.assignee_id = ?2 AND" PB_IN_PROPERTIES(
            "f") "),"
                 " (SELECT count(*) FROM repair_order r WHERE r.deleted = 0 AND r.status IN ('dispatched', 'accepted')"
                 "  AND r.assignee_id = ?2 AND" PB_IN_PROPERTIES(
                     "r") "),"
                          " (SELECT count(*) FROM complaint c WHERE c.deleted = 0 AND c.status NOT IN ('closed', "
                          "'proposed')"
                          "  AND coalesce(c.handler_id, c.registered_by) = ?2 AND" PB_IN_PROPERTIES(
                              "c") "),"
                                   " (SELECT count(*) FROM follow_up f WHERE f.deleted = 0 AND f.status = 'fixed' "
                                   "AND" PB_IN_PROPERTIES(
                                       "f") "),"
                                            " (SELECT count(*) FROM complaint c WHERE c.deleted = 0 AND c.status = "
                                            "'proposed' AND" PB_IN_PROPERTIES(
                                                "c") "),"
                                                     " (SELECT count(*) FROM follow_up f WHERE f.deleted = 0 AND "
                                                     "f.status IN ('open', 'in_progress')"
                                                     "  AND f.due_at < ?4 AND (?3 OR f.assignee_id = ?2) "
                                                     "AND" PB_IN_PROPERTIES(
                                                         "f") "),"
                                                              " (SELECT count(*) FROM handover h WHERE h.deleted = 0 "
                                                              "AND h.status = 'handed' AND h.handed_by <> ?2"
                                                              "  AND coalesce(h.to_staff_id, ?2) = ?2 "
                                                              "AND" PB_IN_PROPERTIES(
                                                                  "h") "),"
                                                                       " (SELECT count(*) FROM handover h WHERE "
                                                                       "h.deleted = 0 AND h.status = 'handed' AND "
                                                                       "h.handed_at < ?5"
                                                                       "  AND" PB_IN_PROPERTIES("h") ")");
    st.bind(1, propertyIdsJson);
    st.bind(2, userId);
    st.bind(3, std::int64_t{manager ? 1 : 0});
    st.bind(4, nowUtcMs);
    st.bind(5, staleBeforeUtcMs);
    LoopCounts c;
    if (st.step()) {
        c.myFollowUps = int(st.getInt64(0));
        c.myRepairs = int(st.getInt64(1));
        c.myComplaints = int(st.getInt64(2));
        c.followUpsToVerify = manager ? int(st.getInt64(3)) : 0;
        c.complaintsToApprove = manager ? int(st.getInt64(4)) : 0;
        c.overdue = int(st.getInt64(5));
        c.handoversToConfirm = int(st.getInt64(6));
        c.handoversUnconfirmed = manager ? int(st.getInt64(7)) : 0;
    }
    return c;
}

std::vector<std::string> DeviceQueries::followUpsAssignedTo(const std::string& propertyIdsJson,
                                                            const std::string& userId, std::int64_t nowUtcMs)
{
    auto st = db_.cachedLiteral(
        "SELECT f.id FROM follow_up f WHERE f.deleted = 0 AND f.status IN ('open', 'in_progress')"
        " AND f.assignee_id = ?2 AND" PB_IN_PROPERTIES(
            "f") "ORDER BY (f.due_at IS NOT NULL AND f.due_at < ?3) DESC, f.due_at IS NULL, f.due_at, f.created_at");
    st.bind(1, propertyIdsJson);
    st.bind(2, userId);
    st.bind(3, nowUtcMs);
    return ids(st);
}

std::vector<std::string> DeviceQueries::followUpsToVerify(const std::string& propertyIdsJson)
{
    auto st = db_.cachedLiteral(
        "SELECT f.id FROM follow_up f WHERE f.deleted = 0 AND f.status = 'fixed' AND" PB_IN_PROPERTIES(
            "f") "ORDER BY f.step_at, f.created_at");
    st.bind(1, propertyIdsJson);
    return ids(st);
}

std::vector<std::string> DeviceQueries::loopEvents(std::string_view loopEntity, std::string_view loopId)
{
    auto st = db_.cachedLiteral("SELECT e.id FROM loop_event e WHERE e.loop_id = ?1 AND e.loop_entity = ?2"
                                " AND e.deleted = 0 ORDER BY e.at, e.loop_version");
    st.bind(1, loopId);
    st.bind(2, loopEntity);
    return ids(st);
}

std::vector<DeviceQueries::OpenItem> DeviceQueries::openLoopItems(const std::string& propertyIdsJson)
{
    auto st = db_.cachedLiteral(
        "SELECT 'follow_up', f.id, f.description FROM follow_up f WHERE f.deleted = 0"
        " AND f.status IN ('open', 'in_progress', 'fixed') AND" PB_IN_PROPERTIES(
            "f") "UNION ALL SELECT 'repair_order', r.id, r.description FROM repair_order r WHERE r.deleted = 0"
                 " AND r.status NOT IN ('closed', 'visited', 'rated') AND" PB_IN_PROPERTIES(
                     "r") "UNION ALL SELECT 'complaint', c.id, c.content FROM complaint c WHERE c.deleted = 0"
                          " AND c.status NOT IN ('closed', 'visited') AND" PB_IN_PROPERTIES("c") "ORDER BY 1, 3");
    st.bind(1, propertyIdsJson);
    std::vector<OpenItem> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), st.getString(2)});
    return out;
}

std::vector<std::string> DeviceQueries::handoversWaiting(const std::string& propertyIdsJson, const std::string& userId,
                                                         bool all, std::int64_t beforeUtcMs)
{
    auto st = db_.cachedLiteral(
        "SELECT h.id FROM handover h WHERE h.deleted = 0 AND h.status = 'handed' AND" PB_IN_PROPERTIES(
            "h") " AND ((?3 AND h.handed_at < ?4) OR (NOT ?3 AND h.handed_by <> ?2 AND coalesce(h.to_staff_id, ?2) = "
                 "?2))"
                 " ORDER BY h.handed_at");
    st.bind(1, propertyIdsJson);
    st.bind(2, userId);
    st.bind(3, std::int64_t{all ? 1 : 0});
    st.bind(4, beforeUtcMs);
    return ids(st);
}

std::optional<std::string> DeviceQueries::recheckOf(std::string_view checkId)
{
    return text("SELECT id FROM renovation_check WHERE rechecks_id = ? AND deleted = 0 ORDER BY started_at LIMIT 1",
                checkId);
}

#undef PB_IN_PROPERTIES

} // namespace patrolbook
