#include "push_batch.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/change_builder.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace patrolbook::sync {

namespace {

// An inspection and its items travel together, and so do a renovation check and its
// items: the server checks a finished parent against the items it holds, and defers an item
// whose parent it does not have yet.
struct ItemsOf {
    const char* parent;
    const char* item;
    const char* parentColumn; // the item's column naming its parent
};
constexpr ItemsOf itemGroups[] = {
    {"inspection", "inspection_item", "inspection_id"},
    {"renovation_check", "renovation_item", "check_id"},
};

// Each group's statement texts, made once: takeBatch runs them for every entry.
struct GroupSql {
    std::string parentOfItem; // an item's parent id
    std::string unsentItems; // a parent's items with changes to send
    std::string unsentParent; // the parent itself, if it has one
};

const GroupSql& sqlOf(const ItemsOf& g)
{
    static const auto all = [] {
        std::vector<GroupSql> out;
        const auto unsent = [](const std::string& table, const std::string& keyColumn) {
            return "SELECT r.id FROM " + table + " r JOIN outbox o ON o.seq = r.pending_change WHERE r." + keyColumn
                + " = ? AND o.state <> 'rejected'";
        };
        for (const auto& group : itemGroups)
            out.push_back({std::string{"SELECT "} + group.parentColumn + " FROM " + group.item + " WHERE id = ?",
                           unsent(group.item, group.parentColumn), unsent(group.parent, "id")});
        return out;
    }();
    return all[static_cast<std::size_t>(&g - itemGroups)];
}

const ItemsOf* groupWithParent(std::string_view entity)
{
    for (const auto& g : itemGroups)
        if (entity == g.parent)
            return &g;
    return nullptr;
}

const ItemsOf* groupWithItem(std::string_view entity)
{
    for (const auto& g : itemGroups)
        if (entity == g.item)
            return &g;
    return nullptr;
}

// A record's group: its parent's key for an item, its own key otherwise.
RecordKey groupOf(Store& store, const OutboxEntry& e)
{
    const auto* g = groupWithItem(e.entity);
    if (!g)
        return {e.entity, e.recordId};
    auto& st = store.database().cachedStatic(sqlOf(*g).parentOfItem);
    st.bindRef(1, e.recordId);
    RecordKey group{g->parent, st.step() ? st.getString(0) : e.recordId};
    st.reset();
    return group;
}

// The records of a parent's group with changes still to send (not refused): each of its
// items, and the parent itself, that points at an unacknowledged entry.
std::vector<RecordKey> unsentOfGroup(Store& store, const RecordKey& group)
{
    std::vector<RecordKey> out;
    const auto* g = groupWithParent(group.first);
    if (!g)
        return out;
    const auto collect = [&](const char* table, const std::string& sql) {
        auto& st = store.database().cachedStatic(sql);
        st.bindRef(1, group.second);
        while (st.step())
            out.emplace_back(table, st.getString(0));
        st.reset();
    };
    collect(g->item, sqlOf(*g).unsentItems);
    collect(g->parent, sqlOf(*g).unsentParent);
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
