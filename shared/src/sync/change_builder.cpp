#include "patrolbook/sync/change_builder.hpp"

#include "patrolbook/entities.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/store.hpp"
#include "record_dispatch.hpp"

namespace patrolbook::sync {

namespace {

// The outbox stores a new record's change as "*" and reads it back as the entity's known
// field names: an entry naming exactly those is such a change, and carries every field.
bool coversAllFields(const OutboxEntry& entry)
{
    return entry.fields == knownFieldNames(entry.entity);
}

// The change of an entry without its values.
Change envelopeOf(const OutboxEntry& entry)
{
    Change c;
    c.changeId = entry.changeId;
    c.entity = entry.entity;
    c.id = entry.recordId;
    c.baseVersion = entry.baseVersion;
    c.deleted = entry.deleted;
    return c;
}

Json changedValues(Store& store, const OutboxEntry& entry)
{
    std::optional<Json> current;
    withRecordType(entry.entity, [&]<class T>() {
        if (auto record = store.records().get<T>(entry.recordId))
            current = fieldsToJson(*record);
    });
    if (!current)
        return Json::object();
    if (coversAllFields(entry))
        return *current;
    Json out = Json::object();
    for (const auto& name : entry.fields) {
        auto it = current->find(name);
        // Only an unknown field can be missing: one removed from `extra`; null is the
        // nearest the protocol has to "gone".
        out[name] = it != current->end() ? *it : Json(nullptr);
    }
    return out;
}

// The fields of `entry` from the record as it is now, appended as a JSON object.
template <Record T>
void appendChangedValues(std::string& out, Store& store, const OutboxEntry& entry)
{
    if (coversAllFields(entry))
        if (const auto record = store.records().get<T>(entry.recordId)) {
            appendFieldsJson(out, *record);
            return;
        }
    // An edit of a few fields, or a record that is gone: rarer, through the Json object.
    appendJson(out, changedValues(store, entry));
}

} // namespace

std::string pushRequestText(Store& store, const std::string& deviceId, const std::vector<OutboxEntry>& entries)
{
    std::vector<Change> envelopes;
    envelopes.reserve(entries.size());
    for (const auto& entry : entries)
        envelopes.push_back(envelopeOf(entry));
    return toJsonText(deviceId, envelopes, [&](std::string& out, std::size_t i) {
        const bool known
            = withRecordType(entries[i].entity, [&]<class T>() { appendChangedValues<T>(out, store, entries[i]); });
        if (!known)
            out += "{}";
    });
}

std::vector<Change> buildChanges(Store& store, const std::vector<OutboxEntry>& entries)
{
    std::vector<Change> changes;
    changes.reserve(entries.size());
    for (const auto& entry : entries) {
        Change c = envelopeOf(entry);
        c.fields = changedValues(store, entry);
        changes.push_back(std::move(c));
    }
    return changes;
}

} // namespace patrolbook::sync
