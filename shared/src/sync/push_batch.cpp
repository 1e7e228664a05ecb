#include "push_batch.hpp"

#include "change_text.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/record_table.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/change_builder.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "patrolbook/uuid.hpp"
#include "record_dispatch.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
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

// An item's parent id, read from the item itself (the member behind `parentColumn`).
template <Record T>
const std::string* parentIdOf(const T&)
{
    return nullptr;
}
template <>
const std::string* parentIdOf(const InspectionItem& r)
{
    return &r.inspectionId;
}
template <>
const std::string* parentIdOf(const RenovationItem& r)
{
    return &r.checkId;
}

// Each group's statement texts, made once: takeBatch runs them for every group.
struct GroupSql {
    std::string itemCount; // how many items a parent has (an index count, no rows read)
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
            out.push_back({std::string{"SELECT count(*) FROM "} + group.item + " WHERE " + group.parentColumn + " = ?",
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

// An entry that may go in the batch, with its values read from its record.
struct Candidate {
    std::size_t entry; // index in the entries read from the outbox
    RecordKeyView group; // the parent's key for an item, its own otherwise
    std::string fields; // the change's "fields" object
};

// The values of an entry's change from its record (nullptr: gone) and, for an item, its
// parent from the same read: its group. `parentIds` keeps the ids the group keys point into.
template <Record T>
void fill(Candidate& c, const OutboxEntry& e, const T* record, std::vector<std::string>& parentIds)
{
    appendChangedValues(c.fields, e, record);
    if (const auto* g = groupWithItem(e.entity)) {
        const std::string* parent = record ? parentIdOf(*record) : nullptr;
        c.group = {g->parent, parent ? std::string_view{parentIds.emplace_back(*parent)} : e.recordId};
    }
}

// Reads the candidates' records once. Per record type: the ids of a batch were mostly made
// close together (UUIDv7s sort by time), so one range scan of the table from the first to
// the last finds them, each at the cost of stepping to the next row. Where the range holds
// many other records (ids made days apart) the scan stops early and the rest are read by a
// join over the list of their ids, a key search each (about four times a step's cost).
void readCandidates(Store& store, const std::vector<OutboxEntry>& entries, std::vector<Candidate>& candidates,
                    std::vector<std::string>& parentIds)
{
    std::vector<bool> known(candidates.size());
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        std::unordered_map<std::string_view, Candidate*> byId;
        std::string_view first, last;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            const auto& e = entries[candidates[i].entry];
            if (e.entity != Schema<T>::entity)
                continue;
            known[i] = true;
            byId.emplace(e.recordId, &candidates[i]);
            const std::string_view id = e.recordId;
            if (first.empty() || id < first)
                first = id;
            if (last.empty() || id > last)
                last = id;
        }
        if (byId.empty())
            return;
        // The id is the first column: a row of another record is passed over unread.
        const auto found = [&](const sqlite::Statement& st) {
            const auto it = byId.find(st.getText(0));
            if (it == byId.end())
                return;
            const T record = RecordTable<T>::read(st);
            fill(*it->second, entries[it->second->entry], &record, parentIds);
            byId.erase(it);
        };
        // Ids compare as bytes, here and in the table's key (BINARY).
        static const std::string rangeSql = "SELECT " + RecordTable<T>::columnList() + " FROM "
            + RecordTable<T>::table() + " WHERE id BETWEEN ?1 AND ?2 ORDER BY id LIMIT ?3";
        const std::size_t crowded = crowdedRangeAfter(byId.size());
        auto range = store.database().cachedStatic(rangeSql);
        range.bindRef(1, first).bindRef(2, last).bind(3, static_cast<std::int64_t>(crowded));
        std::size_t rows = 0;
        while (!byId.empty() && range.step()) {
            ++rows;
            found(range);
        }
        range.reset();
        if (!byId.empty() && rows == crowded) {
            std::string ids = "[";
            for (const auto& [id, c] : byId) {
                if (ids.size() > 1)
                    ids += ',';
                appendJsonString(ids, id);
            }
            ids += ']';
            // The list drives a join (a look-up by key per id) rather than an IN list, which
            // SQLite first copies into a temporary index. (json_each has its own `id` column:
            // the ids go through a subquery so the table's names stay unqualified.)
            static const std::string listSql = "SELECT " + RecordTable<T>::columnList()
                + " FROM (SELECT value AS wanted FROM json_each(?)) CROSS JOIN " + RecordTable<T>::table()
                + " ON id = wanted";
            auto listed = store.database().cachedStatic(listSql);
            listed.bindRef(1, ids);
            while (listed.step())
                found(listed);
        }
        for (const auto& [id, c] : byId) // records that are gone
            fill(*c, entries[c->entry], static_cast<const T*>(nullptr), parentIds);
    });
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (!known[i])
            candidates[i].fields = "{}";
}

using KeyViewSet = std::unordered_set<RecordKeyView, RecordKeyHash, RecordKeyEqual>;

// A change's share of the request body: its values and, around them, its change id, entity,
// record id, base version and the member names.
std::size_t changeBytes(const OutboxEntry& e, const Candidate& c)
{
    return c.fields.size() + e.entity.size() + e.recordId.size() + 140;
}

// Keeps the candidates, in order, whose body fits `budget` (the first whatever its size);
// the rest wait for a later batch. A change larger than any push the server takes is
// refused now, with the reason the user sees: sent, it would be refused (413) forever.
void withinBodyBudget(Store& store, const std::vector<OutboxEntry>& entries, std::vector<Candidate>& candidates,
                      KeyViewSet& records, std::size_t budget)
{
    constexpr std::size_t envelope = 64; // {"device_id":...,"changes":[...]}
    std::size_t bytes = envelope;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& e = entries[candidates[i].entry];
        const std::size_t size = changeBytes(e, candidates[i]);
        if (size + envelope > maxPushBodyBytes) {
            store.outbox().reject(
                e.seq,
                "too large to send: " + std::to_string(size / 1024) + " KiB, more than the server takes in one push ("
                    + std::to_string(maxPushBodyBytes / 1024) + " KiB). Shorten its notes, then send it again.");
            records.erase(RecordKeyView{e.entity, e.recordId});
            continue;
        }
        if (kept > 0 && bytes + size > budget) {
            for (std::size_t j = i; j < candidates.size(); ++j) {
                const auto& left = entries[candidates[j].entry];
                records.erase(RecordKeyView{left.entity, left.recordId});
            }
            break;
        }
        bytes += size;
        if (kept != i) // a string moved onto itself comes out empty
            candidates[kept] = std::move(candidates[i]);
        ++kept;
    }
    candidates.resize(kept);
}

// The records of the batches on the wire.
struct OnWire {
    const std::vector<const Batch*>& batches;
    bool contains(const RecordKeyView& key) const
    {
        return std::any_of(batches.begin(), batches.end(), [&](const Batch* b) { return b->records.contains(key); });
    }
};

// Whether every record of a parent's group with changes still to send (not refused), each
// of its items and the parent itself, is in this batch: otherwise the group waits.
// `itemsIn`: how many of the batch's candidates are items of the group.
bool wholeGroupIn(Store& store, const RecordKeyView& group, std::size_t itemsIn, const KeyViewSet& candidates,
                  const OnWire& onWire)
{
    const auto* g = groupWithParent(group.first);
    if (!g)
        return true;
    const auto allIn = [&](std::string_view table, const std::string& sql) {
        auto st = store.database().cachedStatic(sql);
        st.bindRef(1, group.second);
        bool in = true;
        while (in && st.step()) {
            const RecordKeyView key{table, st.getText(0)};
            in = !onWire.contains(key) && candidates.contains(key);
        }
        return in;
    };
    // When every item the parent has is in the batch, none can be left out (the usual case,
    // and a count off the index is a fraction of reading each item's change). A parent in
    // the batch needs no look either.
    auto count = store.database().cachedStatic(sqlOf(*g).itemCount);
    count.bindRef(1, group.second);
    const bool everyItem = count.step() && static_cast<std::size_t>(count.getInt64(0)) == itemsIn;
    return (everyItem || allIn(g->item, sqlOf(*g).unsentItems))
        && (candidates.contains(RecordKeyView{g->parent, group.second}) || allIn(g->parent, sqlOf(*g).unsentParent));
}

} // namespace

Batch takeBatch(Store& store, const std::string& deviceId, const std::vector<const Batch*>& onWireBatches,
                BatchLimits limits)
{
    limits.changes = std::clamp<std::size_t>(limits.changes, 1, maxChangesPerPush);
    const OnWire onWire{onWireBatches};
    std::vector<std::int64_t> onWireSeqs;
    for (const Batch* b : onWireBatches)
        for (const auto& e : b->entries)
            onWireSeqs.push_back(e.seq);
    sqlite::Transaction tx(store.database());
    auto entries = store.outbox().unacknowledged(limits.changes, onWireSeqs);
    std::vector<std::string> parentIds;
    parentIds.reserve(entries.size()); // group keys point into it
    std::vector<Candidate> candidates;
    KeyViewSet records;
    struct GroupState {
        bool held = false;
        std::size_t items = 0; // candidates that are items of the group
    };
    std::unordered_map<RecordKeyView, GroupState, RecordKeyHash, RecordKeyEqual> groups;
    for (std::size_t i = 0; i < entries.size() && candidates.size() < limits.changes; ++i) {
        const auto& e = entries[i];
        const RecordKeyView key{e.entity, e.recordId};
        if (onWire.contains(key) || !records.insert(key).second)
            continue;
        candidates.push_back({i, key, {}});
    }
    readCandidates(store, entries, candidates, parentIds);
    withinBodyBudget(store, entries, candidates, records, limits.bodyBytes);
    for (const auto& c : candidates) {
        auto& state = groups[c.group];
        if (groupWithItem(entries[c.entry].entity))
            ++state.items;
    }
    std::size_t heldCount = 0;
    for (auto& [group, state] : groups)
        if (!wholeGroupIn(store, group, state.items, records, onWire)) {
            state.held = true;
            ++heldCount;
        }
    // With nothing on the wire, never hold back everything (a group larger than a batch):
    // what is left may still be progress.
    const bool holdAny = !(heldCount == groups.size() && onWireBatches.empty());
    // Decided before any entry moves: the group keys point into the entries.
    std::vector<bool> keep(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        keep[i] = !holdAny || !groups.at(candidates[i].group).held;
    Batch batch;
    std::vector<std::int64_t> seqs;
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (keep[i]) {
            batch.entries.push_back(std::move(entries[candidates[i].entry]));
            seqs.push_back(batch.entries.back().seq);
            fields.push_back(std::move(candidates[i].fields));
        }
    if (batch.entries.empty())
        return {};
    store.outbox().markSent(batch.entries);
    // markSent leaves out an entry refused meanwhile (none can be while this transaction
    // holds the store): the values follow the entries that are left.
    if (batch.entries.size() != fields.size()) {
        std::vector<std::string> left;
        for (std::size_t i = 0, at = 0; i < seqs.size(); ++i)
            if (at < batch.entries.size() && batch.entries[at].seq == seqs[i]) {
                left.push_back(std::move(fields[i]));
                ++at;
            }
        fields = std::move(left);
    }
    for (const auto& e : batch.entries)
        batch.records.emplace(e.entity, e.recordId);
    batch.body = pushRequestText(deviceId, batch.entries, fields);
    tx.commit();
    return batch;
}

} // namespace patrolbook::sync
