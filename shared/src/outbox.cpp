#include "patrolbook/outbox.hpp"

#include "patrolbook/entities.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/uuid.hpp"

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
}

std::vector<OutboxEntry> Outbox::query(const std::string& where, std::size_t limit, std::optional<std::int64_t> seq)
{
    // `where` is one of a few constant clauses: values are bound, so the cached
    // statements stay few.
    auto& st = db_.cached(std::string{"SELECT "} + entryColumns + " FROM outbox " + where + " ORDER BY seq LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(limit));
    if (seq)
        st.bind(2, *seq);
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    st.reset();
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
    std::string seqs = "[";
    for (const auto seq : excluding) {
        if (seqs.size() > 1)
            seqs += ',';
        seqs += std::to_string(seq);
    }
    seqs += ']';
    auto& st = db_.cached(std::string{"SELECT "} + entryColumns
                          + " FROM outbox WHERE state IN ('pending', 'sent') AND seq NOT IN "
                            "(SELECT value FROM json_each(?2)) ORDER BY seq LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(limit)).bind(2, seqs);
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    st.reset();
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
    auto& st = db_.cached("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')");
    st.step();
    const auto n = st.getInt64(0);
    st.reset();
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
    // {"seq": "change id", ...}: one statement for the batch, each entry with a fresh id
    // in case it has none yet. (An object, not pairs: json_each gives a key and a value
    // without parsing each element again.)
    std::string pairs = "{";
    for (const auto& e : entries) {
        if (pairs.size() > 1)
            pairs += ',';
        pairs += '"' + std::to_string(e.seq) + "\":";
        appendJsonString(pairs, newUuid());
    }
    pairs += '}';
    auto& st = db_.cached("UPDATE outbox SET state = 'sent', attempts = attempts + 1, "
                          "change_id = coalesce(outbox.change_id, j.value) FROM json_each(?) AS j "
                          "WHERE outbox.seq = CAST(j.key AS INTEGER) AND outbox.state <> 'rejected' "
                          "RETURNING outbox.seq, outbox.change_id, outbox.attempts");
    st.bind(1, pairs);
    std::map<std::int64_t, std::pair<std::string, std::int64_t>> marked;
    while (st.step())
        marked.emplace(st.getInt64(0), std::pair{st.getString(1), st.getInt64(2)});
    st.reset();
    std::erase_if(entries, [&](OutboxEntry& e) {
        const auto it = marked.find(e.seq);
        if (it == marked.end())
            return true;
        e.changeId = std::move(it->second.first);
        e.attempts = it->second.second;
        e.state = OutboxState::Sent;
        return false;
    });
}

void Outbox::acknowledge(const std::vector<Acknowledgement>& acks)
{
    std::optional<sqlite::Transaction> tx;
    if (!db_.inTransaction())
        tx.emplace(db_);
    // Per table {"record id": version, ...}, and the acknowledged seqs: a record has at most
    // one entry in a batch, so "points at one of these seqs" means "at its own".
    std::map<std::string, std::string, std::less<>> byEntity;
    std::map<std::pair<std::string_view, std::string_view>, std::int64_t> seqOf;
    std::string seqs = "[";
    for (const auto& [e, version] : acks) {
        auto& list = byEntity[e->entity];
        list += list.empty() ? "{" : ",";
        appendJsonString(list, e->recordId);
        list += ':' + std::to_string(version);
        if (seqs.size() > 1)
            seqs += ',';
        seqs += std::to_string(e->seq);
        seqOf[{e->entity, e->recordId}] = e->seq;
    }
    seqs += ']';
    for (auto& [entity, list] : byEntity) {
        list += '}';
        const std::string table = tableOf(entity);
        // Records with a later edit made on top of the acknowledged change: that edit is
        // now based on the version the server gave (rare: an edit during the send).
        auto& newer = db_.cached("SELECT j.key, j.value FROM json_each(?1) AS j JOIN " + table
                                 + " AS t ON t.id = j.key WHERE t.pending_change IS NOT NULL AND "
                                   "t.pending_change NOT IN (SELECT value FROM json_each(?2))");
        newer.bind(1, list).bind(2, seqs);
        std::vector<std::pair<std::string, std::int64_t>> rebase;
        while (newer.step())
            rebase.emplace_back(newer.getString(0), newer.getInt64(1));
        newer.reset();
        for (const auto& [id, version] : rebase)
            db_.cached("UPDATE outbox SET base_version = ? WHERE record_id = ? AND entity = ? AND seq > ? "
                       "AND base_version < ?")
                .bind(1, version)
                .bind(2, id)
                .bind(3, entity)
                .bind(4, seqOf.at({entity, id}))
                .bind(5, version)
                .run();
        db_.cached("UPDATE " + table + " SET version = max(" + table + ".version, j.value), pending_change = CASE WHEN "
                   + table + ".pending_change IN (SELECT value FROM json_each(?2)) THEN NULL ELSE " + table
                   + ".pending_change END FROM json_each(?1) AS j WHERE " + table + ".id = j.key")
            .bind(1, list)
            .bind(2, seqs)
            .run();
    }
    db_.cached("DELETE FROM outbox WHERE seq IN (SELECT value FROM json_each(?))").bind(1, seqs).run();
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
    auto& version = db_.cached("SELECT version FROM " + table + " WHERE id = ?");
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
