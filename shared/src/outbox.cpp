#include "patrolbook/outbox.hpp"

#include "patrolbook/entities.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/uuid.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace patrolbook {

namespace {

OutboxState stateFromText(std::string_view s)
{
    if (s == "sent")
        return OutboxState::Sent;
    if (s == "rejected")
        return OutboxState::Rejected;
    return OutboxState::Pending;
}

// The table of an entity named in the outbox; only the record types this build knows.
std::string tableOf(std::string_view entity)
{
    if (!isKnownEntity(entity))
        throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "unknown entity '" + std::string{entity} + "'");
    return std::string{entity};
}

constexpr const char* entryColumns
    = "seq, change_id, entity, record_id, base_version, fields, deleted, state, attempts, reason";

OutboxEntry readEntry(const sqlite::Statement& st)
{
    OutboxEntry e;
    e.seq = st.getInt64(0);
    e.changeId = st.isNull(1) ? std::string{} : st.getString(1); // empty until first sent
    e.entity = st.getString(2);
    e.recordId = st.getString(3);
    e.baseVersion = st.getInt64(4);
    e.fields = decodeFieldList(e.entity, st.getText(5));
    e.deleted = st.getInt64(6) != 0;
    e.state = stateFromText(st.getText(7));
    e.attempts = st.getInt64(8);
    if (!st.isNull(9))
        e.reason = st.getString(9);
    return e;
}

} // namespace

Outbox::Outbox(sqlite::Database& db)
    : db_(db)
{
    // markSent gives change ids inside its UPDATE. Registered before any statement is
    // prepared: (re)defining a function expires the connection's prepared statements.
    const int rc = sqlite3_create_function_v2(
        db_.handle(), "patrolbook_new_uuid", 0, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
        [](sqlite3_context* context, int, sqlite3_value**) {
            const std::string id = newUuid();
            sqlite3_result_text(context, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
        },
        nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        sqlite::throwSqliteError(db_.handle(), rc, "register patrolbook_new_uuid");
}

std::vector<OutboxEntry> Outbox::query(const std::string& where, std::size_t limit, std::optional<std::int64_t> seq)
{
    // `where` is one of a few constant clauses: values are bound, so the cached
    // statements stay few.
    auto st = db_.cached(std::string{"SELECT "} + entryColumns + " FROM outbox " + where + " ORDER BY seq LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(limit));
    if (seq)
        st.bind(2, *seq);
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

std::vector<OutboxEntry> Outbox::unacknowledged(std::size_t limit)
{
    return query("WHERE state IN ('pending', 'sent')", limit);
}

std::vector<OutboxEntry> Outbox::unacknowledged(std::size_t limit, const std::vector<std::int64_t>& excluding)
{
    if (excluding.empty())
        return unacknowledged(limit);
    // Left out here rather than with NOT IN a json_each list, parsed for every batch. The
    // longest run of consecutive seqs (the batches on the wire are mostly one) is stepped
    // over by two range scans of the table, before it and after it, so its rows are never
    // visited (they sit at the head of the outbox: visiting them was a fifth of taking a
    // batch); the rest are left out here.
    std::vector<std::int64_t> skip = excluding;
    std::sort(skip.begin(), skip.end());
    std::pair<std::int64_t, std::int64_t> run{skip.front(), skip.front()};
    for (std::size_t i = 0, start = 0; i < skip.size(); ++i) {
        if (i > 0 && skip[i] != skip[i - 1] + 1)
            start = i;
        if (skip[i] - skip[start] > run.second - run.first)
            run = {skip[start], skip[i]};
    }
    std::vector<OutboxEntry> out;
    const auto scan = [&](const std::string& sql, std::int64_t bound) {
        auto st = db_.cachedStatic(sql);
        st.bind(1, static_cast<std::int64_t>(limit - out.size() + skip.size())).bind(2, bound);
        while (out.size() < limit && st.step())
            if (!std::binary_search(skip.begin(), skip.end(), st.getInt64(0)))
                out.push_back(readEntry(st));
        st.reset();
    };
    static const std::string before = std::string{"SELECT "} + entryColumns
        + " FROM outbox WHERE seq < ?2 AND state IN ('pending', 'sent') ORDER BY seq LIMIT ?1";
    static const std::string after = std::string{"SELECT "} + entryColumns
        + " FROM outbox WHERE seq > ?2 AND state IN ('pending', 'sent') ORDER BY seq LIMIT ?1";
    scan(before, run.first);
    if (out.size() < limit)
        scan(after, run.second);
    return out;
}

std::vector<OutboxEntry> Outbox::rejected()
{
    return query("WHERE state = 'rejected'", static_cast<std::size_t>(INT64_MAX));
}

std::optional<OutboxEntry> Outbox::entry(std::int64_t seq)
{
    auto rows = query("WHERE seq = ?2", 1, seq);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::int64_t Outbox::pendingCount()
{
    auto st = db_.cached("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')");
    st.step();
    const auto n = st.getInt64(0);
    return n;
}

void Outbox::markSent(std::int64_t seq)
{
    if (auto e = entry(seq)) {
        std::vector<OutboxEntry> one{std::move(*e)};
        markSent(one);
    }
}

void Outbox::markSent(std::vector<OutboxEntry>& entries)
{
    if (entries.empty())
        return;
    // One statement per run of consecutive seqs the batch holds whole (a batch is mostly
    // one run), the new change ids made by SQLite as it goes: cheaper than joining the rows
    // to a JSON list of ids made here. A seq the batch leaves out is never in a range.
    std::vector<std::int64_t> seqs;
    seqs.reserve(entries.size());
    for (const auto& e : entries)
        seqs.push_back(e.seq);
    std::sort(seqs.begin(), seqs.end());
    struct Marked {
        std::int64_t seq;
        std::string changeId;
        std::int64_t attempts;
    };
    std::vector<Marked> marked;
    marked.reserve(entries.size());
    // No RETURNING: SQLite then updates in one pass instead of collecting the rows first
    // and the returned values after; reading the run back costs less than both.
    static const std::string mark = "UPDATE outbox SET state = 'sent', attempts = attempts + 1, "
                                    "change_id = coalesce(change_id, patrolbook_new_uuid()) "
                                    "WHERE seq BETWEEN ?1 AND ?2 AND state <> 'rejected'";
    static const std::string readBack
        = "SELECT seq, change_id, attempts FROM outbox WHERE seq BETWEEN ?1 AND ?2 AND state <> 'rejected'";
    for (std::size_t i = 0; i < seqs.size();) {
        std::size_t j = i + 1;
        while (j < seqs.size() && seqs[j] <= seqs[j - 1] + 1)
            ++j;
        db_.cachedStatic(mark).bind(1, seqs[i]).bind(2, seqs[j - 1]).run();
        auto st = db_.cachedStatic(readBack);
        st.bind(1, seqs[i]).bind(2, seqs[j - 1]);
        while (st.step())
            marked.push_back({st.getInt64(0), st.getString(1), st.getInt64(2)});
        st.reset();
        i = j;
    }
    std::sort(marked.begin(), marked.end(), [](const Marked& a, const Marked& b) { return a.seq < b.seq; });
    std::erase_if(entries, [&](OutboxEntry& e) {
        const auto it = std::lower_bound(marked.begin(), marked.end(), e.seq,
                                         [](const Marked& m, std::int64_t seq) { return m.seq < seq; });
        if (it == marked.end() || it->seq != e.seq)
            return true;
        e.changeId = std::move(it->changeId);
        e.attempts = it->attempts;
        e.state = OutboxState::Sent;
        return false;
    });
}

namespace {

// Per table, the statements that settle one acknowledged record. Texts made once, so the
// connection finds its prepared statements by address.
struct AckSql {
    // The usual case: the record still points at the acknowledged entry.
    std::string settle;
    // Otherwise (an edit made during the send, or no row): the version only, and what the
    // record points at now.
    std::string versionOnly;
    // A run of entries whose seqs and versions both go up by one (an inspection's items:
    // the server applies them one after another): one statement for all of them.
    std::string settleRun;
};

const AckSql& ackSqlOf(std::string_view entity)
{
    static const auto byEntity = [] {
        std::map<std::string, AckSql, std::less<>> out;
        forEachRecordType(AllRecordTypes{}, [&]<class T>() {
            const std::string t{Schema<T>::entity};
            out[t] = {"UPDATE " + t
                          + " SET version = max(version, ?1), pending_change = NULL WHERE id = ?2 AND "
                            "pending_change = ?3",
                      "UPDATE " + t + " SET version = max(version, ?1) WHERE id = ?2 RETURNING pending_change",
                      "UPDATE " + t
                          + " SET version = max(version, ?1 + (pending_change - ?2)), pending_change = NULL WHERE id "
                            "BETWEEN ?3 AND ?4 AND pending_change BETWEEN ?2 AND ?5"};
        });
        return out;
    }();
    return byEntity.find(tableOf(entity))->second; // tableOf throws for an unknown entity
}

} // namespace

void Outbox::acknowledge(const std::vector<Acknowledgement>& acks)
{
    std::optional<sqlite::Transaction> tx;
    if (!db_.inTransaction())
        tx.emplace(db_);
    // Prepared statements per entry, values bound: cheaper than a few statements per table
    // over JSON lists of the batch, which json_each parses and joins.
    static const std::string deleteSql = "DELETE FROM outbox WHERE seq BETWEEN ?1 AND ?2";
    std::vector<std::int64_t> seqs;
    seqs.reserve(acks.size());
    static const std::string rebaseSql = "UPDATE outbox SET base_version = ?1 WHERE record_id = ?2 AND entity = ?3 "
                                         "AND seq > ?4 AND base_version < ?1";
    const auto settleOne = [&](const OutboxEntry& e, std::int64_t version) {
        const auto& sql = ackSqlOf(e.entity);
        db_.cachedStatic(sql.settle).bind(1, version).bindRef(2, e.recordId).bind(3, e.seq).run();
        if (db_.changes() == 0) {
            auto st = db_.cachedStatic(sql.versionOnly);
            st.bind(1, version).bindRef(2, e.recordId);
            const bool newer = st.step() && !st.isNull(0) && st.getInt64(0) != e.seq;
            st.reset();
            // A later edit made on top of the acknowledged change: it is now based on the
            // version the server gave (rare: an edit during the send).
            if (newer)
                db_.cachedStatic(rebaseSql)
                    .bind(1, version)
                    .bindRef(2, e.recordId)
                    .bindRef(3, e.entity)
                    .bind(4, e.seq)
                    .run();
        }
    };
    for (std::size_t i = 0; i < acks.size();) {
        const OutboxEntry& head = *acks[i].entry;
        std::size_t end = i + 1;
        std::string_view low = head.recordId, high = head.recordId;
        for (; end < acks.size(); ++end) {
            const auto& e = *acks[end].entry;
            if (e.entity != head.entity || e.seq != acks[end - 1].entry->seq + 1
                || acks[end].version != acks[end - 1].version + 1)
                break;
            low = std::min<std::string_view>(low, e.recordId);
            high = std::max<std::string_view>(high, e.recordId);
        }
        // Each row of the run still pointing at its entry is settled by the one statement
        // (seqs in the run's span are the run's own); if any is not (edited during the
        // send), the run is settled entry by entry, which leaves the settled ones as they are.
        bool settled = false;
        if (end - i > 1) {
            db_.cachedStatic(ackSqlOf(head.entity).settleRun)
                .bind(1, acks[i].version)
                .bind(2, head.seq)
                .bindRef(3, low)
                .bindRef(4, high)
                .bind(5, acks[end - 1].entry->seq)
                .run();
            settled = db_.changes() == static_cast<int>(end - i);
        }
        for (std::size_t k = i; k < end; ++k) {
            if (!settled)
                settleOne(*acks[k].entry, acks[k].version);
            seqs.push_back(acks[k].entry->seq);
        }
        i = end;
    }
    // The entries go a run of consecutive seqs at a time: a batch is mostly one run, and
    // a range costs a fraction of a statement per row.
    std::sort(seqs.begin(), seqs.end());
    for (std::size_t i = 0; i < seqs.size();) {
        std::size_t j = i + 1;
        while (j < seqs.size() && seqs[j] == seqs[j - 1] + 1)
            ++j;
        db_.cachedStatic(deleteSql).bind(1, seqs[i]).bind(2, seqs[j - 1]).run();
        i = j;
    }
    if (tx)
        tx->commit();
}

void Outbox::acknowledge(std::int64_t seq, std::int64_t version)
{
    if (const auto e = entry(seq))
        acknowledge(*e, version);
    // else: already acknowledged: a repeated answer changes nothing
}

void Outbox::acknowledge(const OutboxEntry& entry, std::int64_t version)
{
    acknowledge(std::vector<Acknowledgement>{{&entry, version}});
}

void Outbox::reject(std::int64_t seq, const std::string& reason)
{
    db_.cached("UPDATE outbox SET state = 'rejected', reason = ? WHERE seq = ?").bind(1, reason).bind(2, seq).run();
    // Later edits of a record whose creation was refused must carry the whole record:
    // the server has nothing to merge them into.
    db_.cached("UPDATE outbox SET fields = '*' WHERE base_version = 0 AND seq > ?1 AND state <> 'rejected' AND "
               "(entity, record_id) = (SELECT entity, record_id FROM outbox WHERE seq = ?1 AND base_version = 0)")
        .bind(1, seq)
        .run();
}

void Outbox::retry(std::int64_t seq)
{
    // A new change id: the server remembers its answer to the old one.
    db_.cached("UPDATE outbox SET state = 'pending', change_id = NULL, reason = NULL, attempts = 0 "
               "WHERE seq = ? AND state = 'rejected'")
        .bind(1, seq)
        .run();
}

bool Outbox::discard(std::int64_t seq)
{
    const auto e = entry(seq);
    if (!e || e->state != OutboxState::Rejected || e->baseVersion != 0)
        return false;
    const std::string table = tableOf(e->entity);
    auto version = db_.cached("SELECT version FROM " + table + " WHERE id = ?");
    version.bind(1, e->recordId);
    const bool onServer = version.step() && version.getInt64(0) > 0;
    version.reset();
    if (onServer)
        return false;
    std::optional<sqlite::Transaction> tx;
    if (!db_.inTransaction())
        tx.emplace(db_);
    db_.cached("DELETE FROM outbox WHERE record_id = ? AND entity = ?").bind(1, e->recordId).bind(2, e->entity).run();
    db_.cached("DELETE FROM " + table + " WHERE id = ?").bind(1, e->recordId).run();
    if (tx)
        tx->commit();
    return true;
}

} // namespace patrolbook
