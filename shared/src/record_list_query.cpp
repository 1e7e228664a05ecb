// RecordListQuery: the union of the record tables with the filters in each arm's WHERE
// clause, a page of keys after the last row loaded, the count per table, and the sync
// states the rows are marked with.
#include "patrolbook/record_list_query.hpp"

#include "patrolbook/enum_names.hpp"
#include "patrolbook/enums.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

#include <algorithm>
#include <array>
#include <span>

namespace patrolbook {

namespace {

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
    std::span<const std::string_view> statuses;

    bool hasStatus(std::string_view s) const
    {
        return std::find(statuses.begin(), statuses.end(), s) != statuses.end();
    }
};

template <class E>
constexpr std::span<const std::string_view> statusOf = EnumNames<E>::names;

constexpr std::array arms{
    Arm{"inspection", "x.started_at", "x.started_at_offset", "x.inspector_id", "x.area_id",
        "(SELECT a.name FROM area a WHERE a.id = x.area_id) LIKE {S} ESCAPE '\\' OR x.note LIKE {S} ESCAPE '\\'",
        statusOf<RecordStatus>},
    Arm{"renovation_check", "x.started_at", "x.started_at_offset", "x.inspector_id", nullptr,
        "(SELECT o.name FROM owner o WHERE o.id = x.owner_id) LIKE {S} ESCAPE '\\' "
        "OR (SELECT u.number FROM unit u WHERE u.id = x.unit_id) LIKE {S} ESCAPE '\\' "
        "OR x.note LIKE {S} ESCAPE '\\' OR x.contractor LIKE {S} ESCAPE '\\'",
        statusOf<RecordStatus>},
    Arm{"owner_visit", "coalesce(x.visited_at, x.planned_at, 0)",
        "coalesce(x.visited_at_offset, x.planned_at_offset, 0)", "x.staff_id", nullptr,
        "(SELECT o.name FROM owner o WHERE o.id = x.owner_id) LIKE {S} ESCAPE '\\' "
        "OR (SELECT u.number FROM unit u WHERE u.id = x.unit_id) LIKE {S} ESCAPE '\\' "
        "OR x.note LIKE {S} ESCAPE '\\' OR x.suggestions LIKE {S} ESCAPE '\\'",
        statusOf<VisitStatus>},
    Arm{"follow_up", "x.created_at", "x.created_at_offset", "x.created_by", "x.area_id",
        "x.description LIKE {S} ESCAPE '\\' OR (SELECT a.name FROM area a WHERE a.id = x.area_id) LIKE {S} ESCAPE '\\' "
        "OR (SELECT u.number FROM unit u WHERE u.id = x.unit_id) LIKE {S} ESCAPE '\\'",
        statusOf<FollowUpStatus>},
};

// A record's local time may be up to 14 hours ahead of UTC and 12 behind: these widen a
// local-date bound into a bound on the UTC column that its index can use.
constexpr std::int64_t maxAheadMs = 14 * 3'600'000;
constexpr std::int64_t maxBehindMs = 12 * 3'600'000;

constexpr std::int64_t msPerDay = 86'400'000;

std::string replaceAll(std::string text, std::string_view from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

template <class Statement>
void bindAll(Statement& st, const std::vector<RecordListQuery::Param>& params)
{
    for (std::size_t i = 0; i < params.size(); ++i)
        std::visit([&](const auto& v) { st.bind(int(i + 1), v); }, params[i]);
}

} // namespace

static_assert(arms.size() == RecordListQuery::tableCount);

std::string containsPattern(std::string_view text)
{
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    pattern += '%';
    return pattern;
}

RecordListQuery::Sql RecordListQuery::unionSql(bool count, const Filter& filter, const std::optional<After>& after)
{
    Sql out;
    std::vector<Param>& params = out.params;
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
    const std::string& kind = filter.kind;
    const std::string& status = filter.status;
    const std::string& area = filter.areaId;
    const std::string& user = filter.mineOf;
    std::string sql;
    bool any = false;
    for (std::size_t i = 0; i < arms.size(); ++i) {
        const Arm& arm = arms[i];
        const bool unresolved = status == unresolvedStatus;
        const bool excluded = (!kind.empty() && kind != arm.kind)
            || (unresolved ? std::string_view{arm.kind} != "follow_up" : !status.empty() && !arm.hasStatus(status))
            || (!area.empty() && !arm.area) || (!count && !(filter.tablesWithRows & (1u << i)));
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
        if (!user.empty()) {
            // A follow-up is also "mine" when I am the one to fix it.
            const std::string me = param("user", user);
            where += " AND ";
            if (std::string_view{arm.kind} == "follow_up")
                where.append("(")
                    .append(arm.author)
                    .append(" = ")
                    .append(me)
                    .append(" OR x.assignee_id = ")
                    .append(me)
                    .append(")");
            else
                where.append(arm.author).append(" = ").append(me);
        }
        if (filter.fromDay) {
            const std::int64_t from = *filter.fromDay;
            where += " AND " + time + " >= " + param("fromUtc", from - maxAheadMs);
            where += " AND " + local + " >= " + param("from", from);
        }
        if (filter.toDay) {
            const std::int64_t to = *filter.toDay + msPerDay;
            where += " AND " + time + " < " + param("toUtc", to + maxBehindMs);
            where += " AND " + local + " < " + param("to", to);
        }
        if (!filter.search.empty())
            where += " AND (" + replaceAll(arm.search, "{S}", param("search", containsPattern(filter.search))) + ")";
        if (after) {
            // Not a row value: SQLite walks an expression index (the visits' time) only
            // for a plain bound on the expression.
            const std::string at = param("afterTime", after->timeMs);
            const std::string afterId = param("afterId", after->id);
            where.append(" AND ").append(time).append(" <= ").append(at);
            where.append(" AND (")
                .append(time)
                .append(" < ")
                .append(at)
                .append(" OR x.id < ")
                .append(afterId)
                .append(")");
        }
        const std::string from = std::string{" FROM "} + arm.kind + " x WHERE " + where;
        if (count) {
            sql += (i == 0 ? "SELECT (SELECT count(*)" : ", (SELECT count(*)") + from + ")";
        } else {
            if (!sql.empty())
                sql += " UNION ALL ";
            sql.append("SELECT '").append(arm.kind).append("', x.id, ").append(time).append(", ").append(arm.offset);
            sql.append(", x.status, x.pending_change, x.property_id").append(from);
        }
    }
    if (any)
        out.text = count ? sql : sql + " ORDER BY 3 DESC, 2 DESC";
    return out;
}

RecordListQuery::Sql RecordListQuery::countSql(const Filter& filter)
{
    return unionSql(true, filter, std::nullopt);
}

std::vector<std::int64_t> RecordListQuery::count(sqlite::Database& db, const Sql& sql)
{
    std::vector<std::int64_t> perTable;
    if (sql.text.empty())
        return perTable;
    sqlite::Statement st(db, sql.text);
    bindAll(st, sql.params);
    if (st.step())
        for (int i = 0; i < st.columnCount(); ++i)
            perTable.push_back(st.getInt64(i));
    return perTable;
}

std::vector<RecordListQuery::Key> RecordListQuery::page(sqlite::Database& db, const Filter& filter,
                                                        const std::optional<After>& after, int limit)
{
    auto sql = unionSql(false, filter, after);
    std::vector<Key> keys;
    if (sql.text.empty())
        return keys;
    sql.params.emplace_back(std::int64_t{limit});
    sql.text += " LIMIT ?" + std::to_string(sql.params.size());
    // Not a cached statement: the text varies with the filters, and preparing it costs
    // little next to running it.
    sqlite::Statement st(db, sql.text);
    bindAll(st, sql.params);
    while (st.step()) {
        Key k;
        k.kind = st.getString(0);
        k.id = st.getString(1);
        k.timeMs = st.getInt64(2);
        k.offsetMin = st.getInt64(3);
        k.status = st.isNull(4) ? std::string() : st.getString(4);
        k.pending = !st.isNull(5);
        k.propertyId = st.isNull(6) ? std::string() : st.getString(6);
        keys.push_back(std::move(k));
    }
    return keys;
}

RecordListQuery::SyncMarks RecordListQuery::syncMarks(sqlite::Database& db)
{
    SyncMarks marks;
    // The outbox is small next to the records (what is not yet sent): reading its states
    // once per reload spares every row a lookup.
    auto refused = db.cached("SELECT o.record_id FROM outbox o WHERE o.state = 'rejected' "
                             "UNION SELECT i.inspection_id FROM outbox o JOIN inspection_item i ON i.id = o.record_id "
                             "WHERE o.state = 'rejected' AND o.entity = 'inspection_item' "
                             "UNION SELECT i.check_id FROM outbox o JOIN renovation_item i ON i.id = o.record_id "
                             "WHERE o.state = 'rejected' AND o.entity = 'renovation_item'");
    while (refused.step())
        marks.rejected.insert(refused.getString(0));
    auto lines = db.cached("SELECT i.inspection_id FROM outbox o JOIN inspection_item i ON i.id = o.record_id "
                           "WHERE o.state <> 'rejected' AND o.entity = 'inspection_item' "
                           "UNION SELECT i.check_id FROM outbox o JOIN renovation_item i ON i.id = o.record_id "
                           "WHERE o.state <> 'rejected' AND o.entity = 'renovation_item'");
    while (lines.step())
        marks.pendingParents.insert(lines.getString(0));
    return marks;
}

std::vector<std::string_view> RecordListQuery::kinds()
{
    std::vector<std::string_view> out;
    out.reserve(arms.size());
    for (const auto& arm : arms)
        out.emplace_back(arm.kind);
    return out;
}

std::vector<std::string_view> RecordListQuery::statuses(std::string_view kind)
{
    std::vector<std::string_view> out;
    if (kind.empty() || kind == "follow_up")
        out.push_back(unresolvedStatus);
    for (const auto& arm : arms)
        if (kind.empty() || kind == arm.kind)
            for (const auto s : arm.statuses)
                if (std::find(out.begin(), out.end(), s) == out.end())
                    out.push_back(s);
    return out;
}

} // namespace patrolbook
