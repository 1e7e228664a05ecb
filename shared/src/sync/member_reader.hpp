#pragma once

// The envelope members of protocol messages and the protocol's words for what is wrong
// with them: read from JSON text (pull pages, push bodies, push answers) or checked on a
// Json value.

#include "../json_document.hpp"
#include "patrolbook/error.hpp"

#include <cstdint>
#include <string>
#include <utility>

namespace patrolbook::sync {

namespace od = json::od;

[[noreturn]] inline void malformed(const std::string& what)
{
    throw Error(ErrorDomain::Json, ErrorCode::Malformed, what);
}

inline const std::string& checkedText(const nlohmann::json& v, const char* name, const std::string& where)
{
    if (!v.is_string() || v.get_ref<const std::string&>().empty())
        malformed(where + ": \"" + name + "\" must be a non-empty string");
    return v.get_ref<const std::string&>();
}

inline std::int64_t checkedWholeNumber(const nlohmann::json& v, const char* name, const std::string& where)
{
    if (!v.is_number_integer() || v.get<std::int64_t>() < 0)
        malformed(where + ": \"" + name + "\" must be a whole number, 0 or more");
    return v.get<std::int64_t>();
}

inline bool checkedFlag(const nlohmann::json& v, const char* name, const std::string& where)
{
    if (!v.is_boolean())
        malformed(where + ": \"" + name + "\" must be true or false");
    return v.get<bool>();
}

// A member's value as a Json value (what is not a string, or a value this reader takes
// whole); `repeated` is not wanted by the envelope readers.
inline nlohmann::json jsonValue(json::Document& doc, od::value value)
{
    std::size_t repeated = 0;
    return json::readValue(doc, value, 1, repeated);
}

inline std::string nonEmptyText(json::Document& doc, od::value value, const char* name, const std::string& where)
{
    std::string out;
    if (json::isString(value)) // read in place, no Json value on the way (push bodies and answers)
        json::readString(doc, value, out);
    else // not a string: the Json value says what it is in the message
        checkedText(jsonValue(doc, value), name, where);
    if (out.empty())
        malformed(where + ": \"" + name + "\" must be a non-empty string");
    return out;
}

inline bool readFlag(json::Document& doc, od::value value, const char* name, const std::string& where)
{
    return checkedFlag(jsonValue(doc, value), name, where);
}

inline std::int64_t wholeNumber(json::Document& doc, od::value value, const char* name, const std::string& where)
{
    return checkedWholeNumber(jsonValue(doc, value), name, where);
}

// A member this reader does not use: checked all the same, so text kept whole is JSON.
inline void skipValue(json::Document& doc, od::value value)
{
    std::size_t repeated = 0;
    json::checkValue(doc, value, 1, repeated);
}

// A member's name (unescaped and checked by simdjson), copied: the view is simdjson's
// buffer, overwritten by the next string.
inline void readKey(od::field& field, std::string& key)
{
    key.assign(std::string_view(field.unescaped_key()));
}

} // namespace patrolbook::sync
