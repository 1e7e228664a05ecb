// The push body read from its text: the server's most frequent large input.

#include "field_reader.hpp"
#include "member_reader.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sync/fields_text.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <algorithm>
#include <tuple>
#include <type_traits>
#include <utility>

namespace patrolbook::sync {

namespace {

// A change's "fields" object: read into the record's type on the way where the entity
// came first and `typed` (the usual change is a new record, judged from its typed
// values: reading the text twice, once to check it and once into the type, was a tenth
// of a push's server time, and it happened inside the write turn); otherwise only
// checked. Kept as text too: a new record's fields are stored as the device sent them.
void readChangeFields(json::Document& doc, od::value value, Change& change, bool typed, std::vector<std::string>& names,
                      const std::string& where)
{
    if (!json::isObject(value))
        malformed(where + ": \"fields\" must be an object");
    const char* start = std::string_view(value.raw_json_token()).data();
    od::object fields = value.get_object();
    std::size_t repeated = 0;
    change.sent.reset();
    const std::vector<std::string>* read = &names;
    if (typed)
        forEachRecordType(AllRecordTypes{}, [&]<class T>() {
            if (Schema<T>::entity != change.entity)
                return;
            auto& sent = change.sent.emplace<SentRecord<T>>();
            // Room for the type's own fields, once: sized by the type, never by what
            // another change of the body named.
            sent.names.reserve(std::tuple_size_v<std::remove_cvref_t<decltype(Schema<T>::fields)>>);
            sent.problem = readFields(doc, fields, sent.record, repeated, &sent.names);
            read = &sent.names;
        });
    if (!change.sent.has_value()) {
        names.clear();
        for (auto result : fields) {
            od::field field = std::move(result);
            names.emplace_back(std::string_view(field.unescaped_key()));
            json::checkValue(doc, field.value(), 2, repeated);
        }
    }
    change.repeatedNames = repeated != 0;
    for (auto name = read->begin(); name != read->end() && !change.repeatedNames; ++name)
        change.repeatedNames = std::find(read->begin(), name, *name) != name;
    // The text up to the object's closing brace: the reading stopped at the next token.
    const char* end = doc.here();
    while (end != start && *(end - 1) != '}')
        --end;
    change.fieldsText.assign(start, static_cast<std::size_t>(end - start));
}

// `typed`: read the fields into the record's type on the way (not past the changes a
// push may hold: a body of tiny changes, refused for their number, must not make
// thousands of typed records first).
Change readChange(json::Document& doc, od::value value, const std::string& where, std::vector<std::string>& names,
                  bool typed)
{
    if (!json::isObject(value))
        malformed(where + " must be an object");
    Change change;
    bool hasId = false, hasChangeId = false, hasEntity = false, hasBase = false, hasFields = false;
    std::string key;
    for (auto result : value.get_object()) {
        od::field field = std::move(result);
        readKey(field, key);
        if (key == "change_id") {
            change.changeId = nonEmptyText(doc, field.value(), "change_id", where);
            hasChangeId = true;
        } else if (key == "entity") {
            change.entity = nonEmptyText(doc, field.value(), "entity", where);
            hasEntity = true;
        } else if (key == "id") {
            change.id = nonEmptyText(doc, field.value(), "id", where);
            hasId = true;
        } else if (key == "base_version") {
            change.baseVersion = wholeNumber(doc, field.value(), "base_version", where);
            hasBase = true;
        } else if (key == "deleted") {
            change.deleted = readFlag(doc, field.value(), "deleted", where);
        } else if (key == "fields") {
            readChangeFields(doc, field.value(), change, hasEntity && typed, names, where);
            hasFields = true;
        } else {
            skipValue(doc, field.value());
        }
    }
    for (const auto& [name, present] :
         {std::pair{"change_id", hasChangeId}, {"entity", hasEntity}, {"id", hasId}, {"base_version", hasBase}})
        if (!present)
            malformed(where + " has no \"" + name + "\"");
    if (!hasFields && !change.deleted)
        malformed(where + " has no \"fields\"");
    return change;
}

} // namespace

PushRequest parsePushRequest(std::string_view body)
{
    json::Document doc(body);
    return json::reading(doc, [&] {
        od::object top = doc.rootObject("the push body must be a JSON object");
        PushRequest r;
        bool hasDevice = false, hasChanges = false;
        std::string key;
        for (auto result : top) {
            od::field field = std::move(result);
            readKey(field, key);
            if (key == "device_id") {
                r.deviceId = nonEmptyText(doc, field.value(), "device_id", "the push");
                hasDevice = true;
            } else if (key == "changes") {
                od::value changes = field.value();
                if (!json::isArray(changes))
                    malformed("\"changes\" must be an array");
                hasChanges = true;
                r.changes.clear();
                std::vector<std::string> names; // a change's field names, to find one named twice
                for (auto element : changes.get_array())
                    r.changes.push_back(readChange(doc, element.value(), "change " + std::to_string(r.changes.size()),
                                                   names, r.changes.size() < maxChangesPerPush));
            } else {
                skipValue(doc, field.value());
            }
        }
        doc.finish();
        if (!hasDevice)
            malformed("the push has no \"device_id\"");
        if (!hasChanges)
            malformed("the push has no \"changes\"");
        return r;
    });
}

} // namespace patrolbook::sync
