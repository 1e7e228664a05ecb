// The push body read from its text: the server's most frequent large input.

#include "field_reader.hpp"
#include "member_reader.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sync/fields_text.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <algorithm>
#include <tuple>
#include <type_traits>

namespace patrolbook::sync {

namespace {

// `typed`: read the fields into the record's type on the way (not past the changes a
// push may hold: a body of tiny changes, refused for their number, must not make
// thousands of typed records first).
Change readChange(JsonReader& in, std::string_view body, const std::string& where, std::vector<std::string>& names,
                  bool typed)
{
    if (in.peek() != '{')
        malformed(where + " must be an object");
    Change change;
    bool hasId = false, hasChangeId = false, hasEntity = false, hasBase = false, hasFields = false;
    std::string key;
    in.beginObject();
    while (in.nextMember(key)) {
        if (key == "change_id") {
            change.changeId = nonEmptyText(in, "change_id", where);
            hasChangeId = true;
        } else if (key == "entity") {
            change.entity = nonEmptyText(in, "entity", where);
            hasEntity = true;
        } else if (key == "id") {
            change.id = nonEmptyText(in, "id", where);
            hasId = true;
        } else if (key == "base_version") {
            change.baseVersion = wholeNumber(in, "base_version", where);
            hasBase = true;
        } else if (key == "deleted") {
            change.deleted = readFlag(in, "deleted", where);
        } else if (key == "fields") {
            if (in.peek() != '{')
                malformed(where + ": \"fields\" must be an object");
            // Kept as text too: a new record's fields are stored as the device sent them.
            const std::size_t start = in.offset();
            const std::size_t repeated = in.repeatedKeys();
            change.sent.reset();
            const std::vector<std::string>* read = &names;
            // Read into the record's type on the way where the entity came first (the
            // usual change is a new record, judged from its typed values): reading the
            // text twice, once to check it and once into the type, was a tenth of a push's
            // server time, and it happened inside the write turn.
            if (hasEntity && typed)
                forEachRecordType(AllRecordTypes{}, [&]<class T>() {
                    if (Schema<T>::entity != change.entity)
                        return;
                    auto& sent = change.sent.emplace<SentRecord<T>>();
                    // Room for the type's own fields, once: sized by the type, never by
                    // what another change of the body named.
                    sent.names.reserve(std::tuple_size_v<std::remove_cvref_t<decltype(Schema<T>::fields)>>);
                    sent.problem = readFields(in, sent.record, &sent.names);
                    read = &sent.names;
                });
            if (!change.sent.has_value()) {
                names.clear();
                in.beginObject();
                while (in.nextMember(key)) {
                    names.push_back(key);
                    in.skipValue();
                }
            }
            change.repeatedNames = in.repeatedKeys() != repeated;
            for (auto name = read->begin(); name != read->end() && !change.repeatedNames; ++name)
                change.repeatedNames = std::find(read->begin(), name, *name) != name;
            change.fieldsText.assign(body.substr(start, in.offset() - start));
            hasFields = true;
        } else {
            skipValue(in);
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
    JsonReader in(body);
    if (in.peek() != '{') {
        skipValue(in); // says what is wrong if it is not JSON at all
        in.finish();
        malformed("the push body must be a JSON object");
    }
    PushRequest r;
    bool hasDevice = false, hasChanges = false;
    std::string key;
    in.beginObject();
    while (in.nextMember(key)) {
        if (key == "device_id") {
            r.deviceId = nonEmptyText(in, "device_id", "the push");
            hasDevice = true;
        } else if (key == "changes") {
            if (in.peek() != '[')
                malformed("\"changes\" must be an array");
            hasChanges = true;
            r.changes.clear();
            std::vector<std::string> names; // a change's field names, to find one named twice
            in.beginArray();
            while (in.nextElement())
                r.changes.push_back(readChange(in, body, "change " + std::to_string(r.changes.size()), names,
                                               r.changes.size() < maxChangesPerPush));
        } else {
            skipValue(in);
        }
    }
    in.finish();
    if (!hasDevice)
        malformed("the push has no \"device_id\"");
    if (!hasChanges)
        malformed("the push has no \"changes\"");
    return r;
}

} // namespace patrolbook::sync
