#include "patrolbook/sync/change_builder.hpp"

#include "change_text.hpp"
#include "patrolbook/store.hpp"
#include "record_dispatch.hpp"

namespace patrolbook::sync {

namespace {

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

// The entry's values from its record as it is now.
Json valuesNow(Store& store, const OutboxEntry& entry)
{
    Json out = Json::object();
    withRecordType(entry.entity, [&]<class T>() {
        const auto record = store.records().get<T>(entry.recordId);
        out = changedValues(entry, record ? &*record : nullptr);
    });
    return out;
}

void appendChangeFields(std::string& out, Store& store, const OutboxEntry& entry)
{
    const bool known = withRecordType(entry.entity, [&]<class T>() {
        const auto record = store.records().get<T>(entry.recordId);
        appendChangedValues(out, entry, record ? &*record : nullptr);
    });
    if (!known)
        out += "{}";
}

} // namespace

std::string pushRequestText(Store& store, const std::string& deviceId, const std::vector<OutboxEntry>& entries)
{
    std::vector<std::string> fields(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        appendChangeFields(fields[i], store, entries[i]);
    return pushRequestText(deviceId, entries, fields);
}

std::string pushRequestText(const std::string& deviceId, const std::vector<OutboxEntry>& entries,
                            const std::vector<std::string>& fieldsText)
{
    // Views of the entries: a Change per entry copied three strings and made a Json object.
    std::vector<ChangeHead> heads;
    heads.reserve(entries.size());
    for (const auto& e : entries)
        heads.push_back({e.changeId, e.entity, e.recordId, e.baseVersion, e.deleted});
    return toJsonText(deviceId, heads, [&](std::string& out, std::size_t i) { out += fieldsText[i]; });
}

std::vector<Change> buildChanges(Store& store, const std::vector<OutboxEntry>& entries)
{
    std::vector<Change> changes;
    changes.reserve(entries.size());
    for (const auto& entry : entries) {
        Change c = envelopeOf(entry);
        c.fields = valuesNow(store, entry);
        changes.push_back(std::move(c));
    }
    return changes;
}

} // namespace patrolbook::sync
