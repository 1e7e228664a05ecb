// The push body read from its text: the server's most frequent large input.

#include "../json_reader.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/sync/protocol.hpp"

namespace patrolbook::sync {

namespace {

[[noreturn]] void malformed(const std::string& what)
{
    throw Error(ErrorDomain::Json, ErrorCode::Malformed, what);
}

std::string nonEmptyText(JsonReader& in, const char* name, const std::string& where)
{
    Json v;
    in.readValue(v);
    if (!v.is_string() || v.get_ref<const std::string&>().empty())
        malformed(where + ": \"" + name + "\" must be a non-empty string");
    return std::move(v.get_ref<std::string&>());
}

Change readChange(JsonReader& in, std::string_view body, const std::string& where)
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
            Json v;
            in.readValue(v);
            if (!v.is_number_integer() || v.get<std::int64_t>() < 0)
                malformed(where + ": \"base_version\" must be a whole number, 0 or more");
            change.baseVersion = v.get<std::int64_t>();
            hasBase = true;
        } else if (key == "deleted") {
            Json v;
            in.readValue(v);
            if (!v.is_boolean())
                malformed(where + ": \"deleted\" must be true or false");
            change.deleted = v.get<bool>();
        } else if (key == "fields") {
            if (in.peek() != '{')
                malformed(where + ": \"fields\" must be an object");
            const std::size_t start = in.offset();
            const std::size_t repeated = in.repeatedKeys();
            change.fields = Json();
            in.readValue(change.fields);
            // The text as sent, unless a repeated name makes it say something else to
            // another reader (SQLite's json_extract takes the first, we the last).
            if (in.repeatedKeys() == repeated)
                change.fieldsText.assign(body.substr(start, in.offset() - start));
            else
                change.fieldsText.clear();
            hasFields = true;
        } else {
            Json ignored;
            in.readValue(ignored);
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
        Json any;
        in.readValue(any); // says what is wrong if it is not JSON at all
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
            in.beginArray();
            while (in.nextElement())
                r.changes.push_back(readChange(in, body, "change " + std::to_string(r.changes.size())));
        } else {
            Json ignored;
            in.readValue(ignored);
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
