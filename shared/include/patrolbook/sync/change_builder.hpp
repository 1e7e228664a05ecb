#pragma once

#include "patrolbook/outbox.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <string>
#include <vector>

namespace patrolbook {
class Store;
}

namespace patrolbook::sync {

// The push changes for outbox entries, with the values the records hold now (the outbox
// keeps only field names). Each change carries the entry's change id as it is: give the
// entries their ids (Outbox::markSent) first. `fields` holds the entry's fields, unknown
// ones included; an entry for every field (a new record, "*") also carries the fields
// this build does not know. A listed field the record no longer has (an unknown field
// removed) goes as null. A record that is gone goes with no fields: the server's answer
// (a rejection with its reason) is then shown to the user rather than the change lost.
std::vector<Change> buildChanges(Store& store, const std::vector<OutboxEntry>& entries);

// The push request for these entries as JSON text: the same changes, each record's fields
// written straight from the typed record (no JSON document between).
std::string pushRequestText(Store& store, const std::string& deviceId, const std::vector<OutboxEntry>& entries);
// The same around "fields" objects written before, `fieldsText[i]` for `entries[i]` (the
// push batch writes them from records it reads anyway).
std::string pushRequestText(const std::string& deviceId, const std::vector<OutboxEntry>& entries,
                            const std::vector<std::string>& fieldsText);

} // namespace patrolbook::sync
