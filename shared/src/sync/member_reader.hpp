#pragma once

// The envelope members of protocol messages and the protocol's words for what is wrong
// with them: read from JSON text (pull pages, push bodies, push answers) or checked on a
// Json value.

#include "../json_reader.hpp"
#include "patrolbook/error.hpp"

#include <cstdint>
#include <string>

namespace patrolbook::sync {

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

inline std::string nonEmptyText(JsonReader& in, const char* name, const std::string& where)
{
    std::string out;
    if (in.peek() == '"') // read in place, no Json value on the way (push bodies and answers)
        in.readString(out);
    else { // not a string: the Json value says what it is in the message
        nlohmann::json v;
        in.readValue(v);
        checkedText(v, name, where);
    }
    if (out.empty())
        malformed(where + ": \"" + name + "\" must be a non-empty string");
    return out;
}

inline bool readFlag(JsonReader& in, const char* name, const std::string& where)
{
    nlohmann::json v;
    in.readValue(v);
    return checkedFlag(v, name, where);
}

inline std::int64_t wholeNumber(JsonReader& in, const char* name, const std::string& where)
{
    nlohmann::json v;
    in.readValue(v);
    return checkedWholeNumber(v, name, where);
}

// A member this reader does not use.
inline void skipValue(JsonReader& in)
{
    in.skipValue();
}

} // namespace patrolbook::sync
