// RecordListModel's SQL: the union of the record tables with the filters in each arm's
// WHERE clause, a page of keys after the last row loaded, and the sync states the rows
// are marked with. (The model's state and signals are in record_list_model.cpp.)
#include "record_list_model.hpp"

#include "patrol_rules.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"

#include "patrolbook/enums.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QDebug>

#include <array>

namespace {

using patrolbook::enumFromString;

// One record table as an arm of the union. `time` is what the list is ordered by: each
// arm is read in that order (its own index where there is one) and SQLite merges them,
// so a page costs about its own rows. {S} stands for the search pattern.
struct Arm {
    const char* kind;
    const char* time;
    const char* offset;
    const char* author;
    const char* area; // nullptr: the type has no area
    const char* search;
    bool (*hasStatus)(std::string_view);
};

template <class E>
bool statusOf(std::string_view s)
{
    return enumFromString<E>(s).has_value();
}

constexpr std::array arms{
    Arm{"inspection", "x.started_at", "x.started_at_offset", "x.inspector_id", "x.area_id",
        "(SELECT a.name FROM area a WHERE a.id = x.area_id) LIKE {S} ESCAPE '\\' OR x.note LIKE {S} ESCAPE '\\'",
        statusOf<patrolbook::RecordStatus>},
    Arm{"renovation_check", "x.started_at", "x.started_at_offset", "x.inspector_id", nullptr,
        "(SELECT o.name FROM owner o WHERE o.id = x.owner_id) LIKE {S} ESCAPE '\\' "
        "OR (SELECT u.number FROM unit u WHERE u.id = x.unit_id) LIKE {S} ESCAPE '\\' "
        "OR x.note LIKE {S} ESCAPE '\\' OR x.contractor LIKE {S} ESCAPE '\\'",
        statusOf<patrolbook::RecordStatus>},
    Arm{"owner_visit", "coalesce(x.visited_at, x.planned_at, 0)",
        "coalesce(x.visited_at_offset, x.planned_at_offset, 0)", "x.staff_id", nullptr,
        "(SELECT o.name FROM owner o WHERE o.id = x.owner_id) LIKE {S} ESCAPE '\\' "
        "OR (SELECT u.number FROM unit u WHERE u.id = x.unit_id) LIKE {S} ESCAPE '\\' "
        "OR x.note LIKE {S} ESCAPE '\\' OR x.suggestions LIKE {S} ESCAPE '\\'",
        statusOf<patrolbook::VisitStatus>},
    Arm{"follow_up", "x.created_at", "x.created_at_offset", "x.created_by", "x.area_id",
        "x.description LIKE {S} ESCAPE '\\' OR (SELECT a.name FROM area a WHERE a.id = x.area_id) LIKE {S} ESCAPE '\\' "
        "OR (SELECT u.number FROM unit u WHERE u.id = x.unit_id) LIKE {S} ESCAPE '\\'",
        statusOf<patrolbook::FollowUpStatus>},
};

// The status filter's "open or being fixed" (follow-ups only): what Today counts as open.
constexpr std::string_view unresolvedStatus = "unresolved";

// A record's local time may be up to 14 hours ahead of UTC and 12 behind: these widen a
// local-date bound into a bound on the UTC column that its index can use.
constexpr std::int64_t maxAheadMs = 14 * 3'600'000;
constexpr std::int64_t maxBehindMs = 12 * 3'600'000;

std::string replaceAll(std::string text, std::string_view from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

} // namespace

void RecordListModel::readSyncStates()
{
    rejected_.clear();
    conflicted_.clear();
    pendingParents_.clear();
    auto& db = session_->store().database();
    // The outbox is small next to the records (what is not yet sent): reading its states
    // once per reload spares every row a lookup.
    auto refused = db.cached("SELECT o.record_id FROM outbox o WHERE o.state = 'rejected' "
                             "UNION SELECT i.inspection_id FROM outbox o JOIN inspection_item i ON i.id = o.record_id "
                             "WHERE o.state = 'rejected' AND o.entity = 'inspection_item' "
                             "UNION SELECT i.check_id FROM outbox o JOIN renovation_item i ON i.id = o.record_id "
                             "WHERE o.state = 'rejected' AND o.entity = 'renovation_item'");
    while (refused.step())
        rejected_.insert(refused.getString(0));
    refused.reset();
    auto lines = db.cached("SELECT i.inspection_id FROM outbox o JOIN inspection_item i ON i.id = o.record_id "
                           "WHERE o.state <> 'rejected' AND o.entity = 'inspection_item' "
                           "UNION SELECT i.check_id FROM outbox o JOIN renovation_item i ON i.id = o.record_id "
                           "WHERE o.state <> 'rejected' AND o.entity = 'renovation_item'");
    while (lines.step())
        pendingParents_.insert(lines.getString(0));
    lines.reset();
    for (const auto& c : patrolbook::sync::DeviceState(db).conflicts())
        conflicted_.insert(c.id);
}

std::string RecordListModel::unionSql(bool count, const Row* after, std::vector<Param>& params) const
{
    // Each value is bound once, by number, and every table's part refers to it.
    std::vector<std::pair<std::string, std::string>> numbered;
    auto param = [&](const std::string& name, Param value) {
        for (const auto& [n, placeholder] : numbered)
            if (n == name)
                return placeholder;
        params.push_back(std::move(value));
        numbered.emplace_back(name, "?" + std::to_string(params.size()));
        return numbered.back().second;
    };
    const std::string kind = kind_.toStdString(), status = status_.toStdString(), area = areaId_.toStdString();
    // Before the first sign-in there is no "me": the device's records are all its user's.
    const std::string user = session_->userId().toStdString();
    std::string sql;
    bool any = false;
    for (std::size_t i = 0; i < arms.size(); ++i) {
        const Arm& arm = arms[i];
        const bool unresolved = status == unresolvedStatus;
        const bool excluded = (!kind.empty() && kind != arm.kind)
            || (unresolved ? std::string_view{arm.kind} != "follow_up" : !status.empty() && !arm.hasStatus(status))
            || (!area.empty() && !arm.area) || (!count && !(tablesWithRows_ & (1u << i)));
        if (excluded) {
            if (count)
                sql += i == 0 ? "SELECT 0" : ", 0"; // one column per table, matched or not
            continue;
        }
        any = true;
        const std::string time = arm.time;
        const std::string local = "(" + time + " + " + arm.offset + " * 60000)";
        std::string where = "x.deleted = 0";
        if (status == unresolvedStatus)
            where += " AND " + PatrolRules::unresolvedFollowUpSql("x");
        else if (!status.empty())
            where += " AND x.status = " + param("status", status);
        if (!area.empty())
            where += " AND " + std::string{arm.area} + " = " + param("area", area);
        if (mineOnly_ && !user.empty()) {
            // A follow-up is also "mine" when I am the one to fix it.
            const std::string me = param("user", user);
            where += std::string{arm.kind} == "follow_up"
                ? " AND (" + std::string{arm.author} + " = " + me + " OR x.assignee_id = " + me + ")"
                : " AND " + std::string{arm.author} + " = " + me;
        }
        if (from_.isValid()) {
            const std::int64_t from = from_.startOfDay(Qt::UTC).toMSecsSinceEpoch();
            where += " AND " + time + " >= " + param("fromUtc", from - maxAheadMs);
            where += " AND " + local + " >= " + param("from", from);
        }
        if (to_.isValid()) {
            const std::int64_t to = to_.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
            where += " AND " + time + " < " + param("toUtc", to + maxBehindMs);
            where += " AND " + local + " < " + param("to", to);
        }
        if (!filter_.trimmed().isEmpty())
            where += " AND (" + replaceAll(arm.search, "{S}", param("search", containsPattern(filter_))) + ")";
        if (after) {
            // Not a row value: SQLite walks an expression index (the visits' time) only
            // for a plain bound on the expression.
            const std::int64_t t = after->when.isValid() ? after->when.toMSecsSinceEpoch() : 0;
            const std::string at = param("afterTime", t);
            where += " AND " + time + " <= " + at + " AND (" + time + " < " + at + " OR x.id < "
                + param("afterId", after->id.toStdString()) + ")";
        }
        const std::string from = std::string{" FROM "} + arm.kind + " x WHERE " + where;
        if (count) {
            sql += (i == 0 ? "SELECT (SELECT count(*)" : ", (SELECT count(*)") + from + ")";
        } else {
            if (!sql.empty())
                sql += " UNION ALL ";
            sql += "SELECT '" + std::string{arm.kind} + "', x.id, " + time + ", " + arm.offset
                + ", x.status, x.pending_change, x.property_id" + from;
        }
    }
    if (!any)
        return {};
    return count ? sql : sql + " ORDER BY 3 DESC, 2 DESC";
}

std::vector<RecordListModel::Row> RecordListModel::fetchPage(int limit) const
{
    std::vector<Param> params;
    std::string sql = unionSql(false, rows_.empty() ? nullptr : &rows_.back(), params);
    if (sql.empty())
        return {};
    params.emplace_back(std::int64_t{limit});
    sql += " LIMIT ?" + std::to_string(params.size());
    auto& store = session_->store();
    // Not a cached statement: the text varies with the filters, and preparing it costs
    // little next to running it.
    patrolbook::sqlite::Statement st(store.database(), sql);
    for (std::size_t i = 0; i < params.size(); ++i)
        std::visit([&](const auto& v) { st.bind(int(i + 1), v); }, params[i]);
    std::vector<Row> rows;
    std::vector<std::string> ids;
    // Times read on the property's clock; a device holds a handful of properties.
    std::vector<std::pair<std::string, std::int64_t>> offsets;
    auto offsetOf = [&](const std::string& propertyId) {
        for (const auto& [id, offset] : offsets)
            if (id == propertyId)
                return offset;
        offsets.emplace_back(propertyId, RecordText::propertyOffset(store, propertyId));
        return offsets.back().second;
    };
    while (st.step()) {
        Row r;
        r.kind = textColumn(st, 0);
        ids.push_back(st.getString(1));
        r.id = QString::fromStdString(ids.back());
        if (const std::int64_t t = st.getInt64(2); t != 0) {
            r.when = RecordText::dateTime(t, st.getInt64(3));
            r.whenText = RecordText::propertyDateTime(patrolbook::Timestamp::fromUtcMs(t), offsetOf(st.getString(6)));
        }
        r.status = textColumn(st, 4);
        if (rejected_.count(ids.back()))
            r.syncState = QStringLiteral("rejected");
        else if (conflicted_.count(ids.back()))
            r.syncState = QStringLiteral("conflict");
        else if (!st.isNull(5) || pendingParents_.count(ids.back()))
            r.syncState = QStringLiteral("pending");
        else
            r.syncState = QStringLiteral("synced");
        rows.push_back(std::move(r));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto summary = RecordText::summary(store, rows[i].kind.toStdString(), ids[i]);
        rows[i].title = std::move(summary.title);
        rows[i].subtitle = std::move(summary.subtitle);
        rows[i].failed = summary.failed;
    }
    return rows;
}
