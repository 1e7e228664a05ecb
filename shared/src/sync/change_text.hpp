#pragma once

#include "patrolbook/entities.hpp"
#include "patrolbook/outbox.hpp"
#include "patrolbook/record_json.hpp"

#include <string>

namespace patrolbook::sync {

// The outbox stores a new record's change as "*" and reads it back as the entity's known
// field names: an entry naming exactly those is such a change, and carries every field.
inline bool coversAllFields(const OutboxEntry& entry)
{
    return entry.fields == knownFieldNames(entry.entity);
}

// The values of `entry`'s change, from its record as read now (nullptr: the record is gone,
// and the change goes without values).
template <Record T>
Json changedValues(const OutboxEntry& entry, const T* record)
{
    if (!record)
        return Json::object();
    Json current = fieldsToJson(*record);
    if (coversAllFields(entry))
        return current;
    Json out = Json::object();
    for (const auto& name : entry.fields) {
        auto it = current.find(name);
        // Only an unknown field can be missing: one removed from `extra`; null is the
        // nearest the protocol has to "gone".
        out[name] = it != current.end() ? *it : Json(nullptr);
    }
    return out;
}

// The same values appended to `out` as a JSON object.
template <Record T>
void appendChangedValues(std::string& out, const OutboxEntry& entry, const T* record)
{
    if (record && coversAllFields(entry)) {
        appendFieldsJson(out, *record);
        return;
    }
    // An edit of a few fields, or a record that is gone: rarer, through the Json object.
    appendJson(out, changedValues(entry, record));
}

} // namespace patrolbook::sync
