#include "storage/record_repo.hpp"

#include "patrolbook/json_parse.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace patrolbook::server {

using sync::Json;

namespace {

// Rows (or keys) per statement where many are written or looked up at once.
constexpr std::size_t chunkRows = 32;

std::string repeated(std::string_view item, std::size_t n, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            out += separator;
        out += item;
    }
    return out;
}

} // namespace

RecordRepo::RecordRepo(sqlite::Database& db)
    : db_(db)
{
}

std::optional<StoredRecord> RecordRepo::load(const std::string& entity, const std::string& id)
{
    auto st = db_.cachedLiteral("SELECT version, deleted, fields, field_versions, property_id, parent_id FROM record "
                                "WHERE entity = ? AND id = ?");
    st.bindRef(1, entity).bindRef(2, id);
    if (!st.step())
        return std::nullopt;
    StoredRecord r;
    r.state.exists = true;
    r.state.version = st.getInt64(0);
    r.state.deleted = st.getInt64(1) != 0;
    r.state.fields = parseJson(st.getText(2));
    if (const auto versions = st.getText(3); !versions.empty())
        r.state.fieldVersions = parseJson(versions).get<std::map<std::string, std::int64_t>>();
    else // a record as it was created: every field at its version
        for (auto it = r.state.fields.begin(); it != r.state.fields.end(); ++it)
            r.state.fieldVersions.emplace_hint(r.state.fieldVersions.end(), it.key(), r.state.version);
    if (!st.isNull(4))
        r.propertyId = st.getString(4);
    if (!st.isNull(5))
        r.parentId = st.getString(5);
    return r;
}

std::optional<std::optional<std::string>> RecordRepo::propertyOf(const std::string& entity, const std::string& id)
{
    auto st = db_.cachedLiteral("SELECT property_id FROM record WHERE entity = ? AND id = ?");
    st.bindRef(1, entity).bindRef(2, id);
    std::optional<std::optional<std::string>> out;
    if (st.step())
        out = st.isNull(0) ? std::nullopt : std::optional<std::string>{st.getString(0)};
    return out;
}

std::optional<std::pair<std::string, std::int64_t>> RecordRepo::creation(const std::string& entity,
                                                                         const std::string& id)
{
    auto st = db_.cachedLiteral(
        "SELECT created_by, created_version FROM record WHERE entity = ? AND id = ? AND created_by IS NOT NULL");
    st.bindRef(1, entity).bindRef(2, id);
    std::optional<std::pair<std::string, std::int64_t>> out;
    if (st.step())
        out.emplace(st.getString(0), st.getInt64(1));
    return out;
}

std::string RecordRepo::versionsText(const std::map<std::string, std::int64_t>& versions)
{
    std::string out = "{";
    for (const auto& [name, version] : versions) {
        if (out.size() > 1)
            out += ',';
        appendJsonString(out, name);
        out += ':';
        out += std::to_string(version);
    }
    out += '}';
    return out;
}

void RecordRepo::write(const std::string& entity, const std::string& id, const StoredRecord& r, bool needsReview)
{
    const std::string fields = jsonText(r.state.fields);
    const std::string versions = versionsText(r.state.fieldVersions);
    write({entity, id, r.state.version, r.propertyId, r.parentId, r.state.deleted, needsReview, fields, versions});
}

void RecordRepo::write(const Row& row)
{
    auto st = db_.cachedLiteral(
        "INSERT INTO record (entity, id, version, property_id, parent_id, deleted, needs_review, fields, "
        "field_versions, created_by, created_account, created_at, created_version) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, iif(?10 IS NULL, NULL, ?3)) "
        "ON CONFLICT (entity, id) DO UPDATE SET "
        "version = excluded.version, property_id = excluded.property_id, parent_id = excluded.parent_id, "
        "deleted = excluded.deleted, needs_review = max(needs_review, excluded.needs_review), "
        "fields = excluded.fields, field_versions = excluded.field_versions");
    st.bindRef(1, row.entity).bindRef(2, row.id).bind(3, row.version);
    if (row.propertyId)
        st.bindRef(4, *row.propertyId);
    else
        st.bindNull(4);
    if (row.parentId)
        st.bindRef(5, *row.parentId);
    else
        st.bindNull(5);
    st.bind(6, row.deleted ? 1 : 0).bind(7, row.needsReview ? 1 : 0).bindRef(8, row.fields);
    st.bindRef(9, row.fieldVersions);
    if (row.createdBy)
        st.bindRef(10, *row.createdBy);
    else
        st.bindNull(10);
    if (row.createdAccount)
        st.bindRef(11, *row.createdAccount).bind(12, Timestamp::now().utcMs);
    else
        st.bindNull(11).bindNull(12);
    st.run();
}

std::int64_t RecordRepo::maxVersion()
{
    auto st = db_.cachedLiteral("SELECT coalesce(max(version), 0) FROM record");
    st.step();
    const auto v = st.getInt64(0);
    return v;
}

std::optional<sync::ChangeResult> RecordRepo::appliedChange(const std::string& changeId)
{
    flush();
    auto st = db_.cachedLiteral("SELECT status, version, reason FROM applied_change WHERE change_id = ?");
    st.bindRef(1, changeId);
    if (!st.step())
        return std::nullopt;
    sync::ChangeResult r;
    r.changeId = changeId;
    r.status = enumFromString<sync::ChangeStatus>(st.getText(0)).value_or(sync::ChangeStatus::Applied);
    r.version = st.getInt64(1);
    if (!st.isNull(2))
        r.reason = st.getString(2);
    return r;
}

std::unordered_set<std::string> RecordRepo::knownChangeIds(const std::vector<std::string_view>& changeIds)
{
    flush();
    std::unordered_set<std::string> out;
    if (changeIds.empty())
        return out;
    // Change ids are UUIDv7s made when a batch is first sent, so those of one push sit
    // close together: one range scan of the log finds the ones answered before (mostly
    // none) at the cost of a single search. A crowded range (old retries among new
    // changes) stops early and asks in lists of 64 instead.
    std::vector<std::string_view> sorted(changeIds.begin(), changeIds.end());
    std::sort(sorted.begin(), sorted.end());
    const std::size_t cap = crowdedRangeAfter(sorted.size());
    auto range = db_.cachedLiteral("SELECT change_id FROM applied_change WHERE change_id BETWEEN ?1 AND ?2 LIMIT ?3");
    range.bindRef(1, sorted.front()).bindRef(2, sorted.back()).bind(3, static_cast<std::int64_t>(cap + 1));
    std::size_t rows = 0;
    while (range.step() && ++rows <= cap)
        if (const auto id = range.getText(0); std::binary_search(sorted.begin(), sorted.end(), id))
            out.emplace(id);
    range.reset();
    if (rows <= cap)
        return out;
    out.clear();
    static const std::string chunkSql
        = "SELECT change_id FROM applied_change WHERE change_id IN (" + repeated("?", chunkRows * 2, ",") + ")";
    for (std::size_t at = 0; at < changeIds.size(); at += chunkRows * 2) {
        const std::size_t n = std::min(chunkRows * 2, changeIds.size() - at);
        auto st = n == chunkRows * 2
            ? db_.cachedStatic(chunkSql)
            : db_.cached("SELECT change_id FROM applied_change WHERE change_id IN (" + repeated("?", n, ",") + ")");
        for (std::size_t i = 0; i < n; ++i)
            st.bindRef(static_cast<int>(i + 1), changeIds[at + i]);
        while (st.step())
            out.insert(st.getString(0));
    }
    return out;
}

std::vector<bool> RecordRepo::stored(const std::vector<std::pair<std::string_view, std::string_view>>& keys)
{
    // The ids of one push are mostly new and made close together (UUIDv7s sort by time):
    // one range scan of the key index per entity finds the stored ones among them, at the
    // cost of a single search when there are none. Where the range holds many records of
    // others (ids made days apart) it stops early and probes each key instead. Cheaper
    // (callgrind) than a probe per key, a JSON list of keys (json_each parses it), an IN
    // list of ids (SQLite sorts it into a temporary index) or a row-value IN list (not
    // searched by index). Ids compare as bytes, here and in the index (BINARY).
    std::vector<std::size_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    if (!std::is_sorted(keys.begin(), keys.end())) // a push hands them sorted
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    auto range
        = db_.cachedLiteral("SELECT id FROM record WHERE entity = ?1 AND id BETWEEN ?2 AND ?3 ORDER BY id LIMIT ?4");
    auto probe = db_.cachedLiteral("SELECT 1 FROM record WHERE entity = ? AND id = ?");
    std::vector<bool> out(keys.size());
    for (std::size_t from = 0; from < order.size();) {
        const std::string_view entity = keys[order[from]].first;
        std::size_t to = from;
        while (to < order.size() && keys[order[to]].first == entity)
            ++to;
        const std::size_t cap = crowdedRangeAfter(to - from);
        range.bindRef(1, entity).bindRef(2, keys[order[from]].second).bindRef(3, keys[order[to - 1]].second);
        range.bind(4, static_cast<std::int64_t>(cap + 1));
        std::size_t rows = 0;
        for (std::size_t at = from; range.step() && ++rows <= cap;) {
            const std::string_view id = range.getText(0);
            while (at < to && keys[order[at]].second < id)
                ++at;
            for (std::size_t same = at; same < to && keys[order[same]].second == id; ++same)
                out[order[same]] = true;
        }
        range.reset();
        if (rows > cap)
            for (std::size_t at = from; at < to; ++at) {
                probe.bindRef(1, entity).bindRef(2, keys[order[at]].second);
                out[order[at]] = probe.step();
                probe.reset();
            }
        from = to;
    }
    return out;
}

void RecordRepo::recordApplied(const sync::Change& c, const std::string& accountId, const sync::ChangeResult& r)
{
    applied_.push_back({&c, &accountId, r.status, r.version, r.reason});
    if (applied_.size() == chunkRows)
        flush();
}

void RecordRepo::flush()
{
    static const std::string head = "INSERT INTO applied_change (change_id, account_id, entity, record_id, status, "
                                    "version, reason, applied_at) VALUES ";
    static const std::string chunkSql = head + repeated("(?, ?, ?, ?, ?, ?, ?, ?)", chunkRows, ",");
    if (applied_.empty())
        return;
    // Taken out first, so a failed statement is not written again; bound by reference,
    // so they must outlive run().
    const std::vector<AppliedRow> rows = std::move(applied_);
    applied_.clear();
    auto st = rows.size() == chunkRows ? db_.cachedStatic(chunkSql)
                                       : db_.cached(head + repeated("(?, ?, ?, ?, ?, ?, ?, ?)", rows.size(), ","));
    const auto now = Timestamp::now().utcMs;
    int p = 1;
    for (const auto& row : rows) {
        st.bindRef(p, row.change->changeId).bindRef(p + 1, *row.accountId).bindRef(p + 2, row.change->entity);
        st.bindRef(p + 3, row.change->id).bindRef(p + 4, toString(row.status)).bind(p + 5, row.version);
        if (row.reason)
            st.bindRef(p + 6, *row.reason);
        else
            st.bindNull(p + 6);
        st.bind(p + 7, now);
        p += 8;
    }
    st.run();
}

void RecordRepo::addConflict(const sync::Change& c, const std::string& accountId, const sync::FieldConflict& f)
{
    auto st
        = db_.cachedLiteral("INSERT INTO conflict (entity, record_id, field, losing_value, winning_value, change_id, "
                            "account_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bindRef(1, c.entity).bindRef(2, c.id).bindRef(3, f.field);
    st.bind(4, f.losing.dump()).bind(5, f.winning.dump());
    st.bindRef(6, c.changeId).bindRef(7, accountId).bind(8, Timestamp::now().utcMs);
    st.run();
}

std::size_t RecordRepo::pull(std::int64_t after, const std::string& propertyIdsJson, const std::string& accountId,
                             std::size_t limit, const std::function<bool(const PullRow&)>& visit)
{
    // A record of a property goes to that property's users. Of the records that belong
    // to none: properties only to their own users, staff records only to colleagues who
    // share a property with them (and each to its own staff member), the rest
    // (checklists) to everyone signed in.
    auto st = db_.cachedLiteral(
        "SELECT entity, id, version, deleted, fields FROM record WHERE version > ?1 AND "
        "CASE WHEN property_id IS NOT NULL THEN property_id IN (SELECT value FROM json_each(?2)) "
        "WHEN entity = 'property' THEN id IN (SELECT value FROM json_each(?2)) "
        "WHEN entity = 'staff' THEN id = ?4 OR EXISTS (SELECT 1 FROM json_each(fields, '$.property_ids') s "
        "WHERE s.value IN (SELECT value FROM json_each(?2))) "
        "ELSE 1 END ORDER BY version LIMIT ?3");
    st.bind(1, after).bindRef(2, propertyIdsJson).bind(3, static_cast<std::int64_t>(limit)).bindRef(4, accountId);
    std::size_t n = 0;
    while (st.step() && visit({st.getText(0), st.getText(1), st.getInt64(2), st.getInt64(3) != 0, st.getText(4)}))
        ++n;
    return n;
}

std::optional<std::string> RecordRepo::propertyIdByCode(const std::string& code)
{
    auto st = db_.cachedLiteral("SELECT id FROM record WHERE entity = 'property' AND deleted = 0 AND "
                                "json_extract(fields, '$.code') = ?");
    st.bindRef(1, code);
    std::optional<std::string> out;
    if (st.step())
        out = st.getString(0);
    return out;
}

std::pair<int, int> RecordRepo::itemCounts(const std::string& itemEntity, const std::string& parentId,
                                           std::int64_t beforeVersion)
{
    auto st
        = db_.cachedLiteral("SELECT count(*), coalesce(sum(json_extract(fields, '$.result') IS NULL), 0) FROM record "
                            "WHERE parent_id = ? AND entity = ? AND deleted = 0 AND version < ?");
    st.bindRef(1, parentId).bindRef(2, itemEntity).bind(3, beforeVersion);
    st.step();
    std::pair<int, int> out{static_cast<int>(st.getInt64(0)), static_cast<int>(st.getInt64(1))};
    return out;
}

} // namespace patrolbook::server
