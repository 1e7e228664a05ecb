#pragma once

#include "patrolbook/outbox.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace patrolbook {
class Store;
}

namespace patrolbook::sync {

// (entity, id)
using RecordKey = std::pair<std::string, std::string>;
using RecordKeyView = std::pair<std::string_view, std::string_view>;

// Keys hashed by id alone (UUIDs), found by views too: a batch looks up thousands.
struct RecordKeyHash {
    using is_transparent = void;
    std::size_t operator()(const RecordKeyView& k) const { return std::hash<std::string_view>{}(k.second); }
    std::size_t operator()(const RecordKey& k) const { return std::hash<std::string_view>{}(k.second); }
};
struct RecordKeyEqual {
    using is_transparent = void;
    template <class A, class B>
    bool operator()(const A& a, const B& b) const
    {
        return a.second == b.second && a.first == b.first;
    }
};
using RecordKeySet = std::unordered_set<RecordKey, RecordKeyHash, RecordKeyEqual>;

// How large a batch may be: changes, and the request body's bytes (estimated before it is
// written, from each change's values).
struct BatchLimits {
    std::size_t changes;
    std::size_t bodyBytes;
};

// The changes of one push request, taken from the outbox.
struct Batch {
    std::vector<OutboxEntry> entries; // each with its change id
    std::string body; // the push request, as JSON text
    RecordKeySet records;
};

// Takes the next batch, gives each entry its change id and writes the values to send, all
// in one transaction: the values sent are exactly those of the records when the entries
// were closed to further folding. One entry per record: a later entry was made on top of
// an earlier one and goes once acknowledging the earlier one has rebased it on the
// version the server gave. Nothing of the batches `onWire` (sent, not yet answered) goes
// again. An inspection or renovation check goes with its items, and waits while one of
// them is on the wire. At least one change goes whatever the limits; one that alone is more
// than the server takes in a push is refused here with the reason (kept, never dropped)
// instead of being sent again and again.
Batch takeBatch(Store& store, const std::string& deviceId, const std::vector<const Batch*>& onWire, BatchLimits limits);

} // namespace patrolbook::sync
