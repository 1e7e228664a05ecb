#include "push_batch.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/change_builder.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <algorithm>

namespace patrolbook::sync {

namespace {

// An inspection and its items travel together, and so do a renovation check and its
// items: the server checks a finished parent against the items it holds, and defers an item
// whose parent it does not have yet. A record's group is its parent's key (items) or its own.
RecordKey groupOf(Store& store, const OutboxEntry& e)
{
    const char* sql = e.entity == "inspection_item" ? "SELECT inspection_id FROM inspection_item WHERE id = ?"
        : e.entity == "renovation_item"             ? "SELECT check_id FROM renovation_item WHERE id = ?"
                                                    : nullptr;
    if (!sql)
        return {e.entity, e.recordId};
    auto& st = store.database().cached(sql);
    st.bindRef(1, e.recordId);
    RecordKey group{e.entity == "inspection_item" ? "inspection" : "renovation_check", ""};
    group.second = st.step() ? st.getString(0) : e.recordId;
    st.reset();
    return group;
}

// The records of a parent's group with changes still to send (not refused): the parent
// and each of its items that points at an unacknowledged entry.
std::vector<RecordKey> unsentOfGroup(Store& store, const RecordKey& group)
{
    const char* items = group.first == "inspection"
        ? "SELECT i.id FROM inspection_item i JOIN outbox o ON o.seq = "
          "i.pending_change WHERE i.inspection_id = ? AND o.state <> 'rejected'"
        : group.first == "renovation_check"
        ? "SELECT i.id FROM renovation_item i JOIN outbox o ON o.seq = i.pending_change WHERE i.check_id = ? AND "
          "o.state <> 'rejected'"
        : nullptr;
    std::vector<RecordKey> out;
    if (!items)
        return out;
    const std::string itemEntity = group.first == "inspection" ? "inspection_item" : "renovation_item";
    auto& st = store.database().cached(items);
    st.bindRef(1, group.second);
    while (st.step())
        out.emplace_back(itemEntity, st.getString(0));
    st.reset();
    auto& parent = store.database().cached("SELECT 1 FROM " + group.first
                                           + " p JOIN outbox o ON o.seq = "
                                             "p.pending_change WHERE p.id = ? AND o.state <> 'rejected'");
    parent.bindRef(1, group.second);
    if (parent.step())
        out.push_back(group);
    parent.reset();
    return out;
}

} // namespace

Batch takeBatch(Store& store, const std::string& deviceId, const std::set<RecordKey>& inFlight,
                const std::vector<std::int64_t>& inFlightSeqs)
{
    sqlite::Transaction tx(store.database());
    std::vector<std::pair<OutboxEntry, RecordKey>> candidates;
    std::set<RecordKey> records;
    std::set<RecordKey> groups;
    for (auto& e : store.outbox().unacknowledged(maxChangesPerPush, inFlightSeqs)) {
        RecordKey key{e.entity, e.recordId};
        if (inFlight.contains(key) || !records.insert(std::move(key)).second)
            continue;
        auto group = groupOf(store, e);
        groups.insert(group);
        candidates.emplace_back(std::move(e), std::move(group));
        if (candidates.size() == maxChangesPerPush)
            break;
    }
    std::set<RecordKey> held;
    for (const auto& group : groups) {
        const auto unsent = unsentOfGroup(store, group);
        if (std::any_of(unsent.begin(), unsent.end(),
                        [&](const RecordKey& r) { return inFlight.contains(r) || !records.contains(r); }))
            held.insert(group);
    }
    // With nothing on the wire, never hold back everything (a group larger than a batch):
    // what is left may still be progress.
    if (held.size() == groups.size() && inFlight.empty())
        held.clear();
    Batch batch;
    for (auto& [e, group] : candidates)
        if (!held.contains(group)) {
            batch.records.emplace(e.entity, e.recordId);
            batch.entries.push_back(std::move(e));
        }
    if (batch.entries.empty())
        return {};
    store.outbox().markSent(batch.entries);
    batch.body = pushRequestText(store, deviceId, batch.entries);
    tx.commit();
    return batch;
}

} // namespace patrolbook::sync
