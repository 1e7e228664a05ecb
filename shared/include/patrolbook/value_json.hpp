#pragma once

// How each C++ field type reads from and writes to JSON: as a Json value, as text
// written straight out (a push writes every record), and back from a parsed value with
// the field's name in any error. column.hpp builds the SQLite side on top.

#include "patrolbook/enum_names.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/geo_point.hpp"
#include "patrolbook/timestamp.hpp"

#include "patrolbook/json_parse.hpp"
#include "patrolbook/json_text.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

using Json = nlohmann::json;

[[noreturn]] inline void throwWrongType(std::string_view field, std::string_view expected)
{
    throw Error(ErrorDomain::Json, ErrorCode::WrongType,
                "field '" + std::string{field} + "' must be " + std::string{expected}, std::string{field});
}

// ---- JSON conversion of single values ---------------------------------------------

inline Json valueToJson(const std::string& v)
{
    return v;
}
inline Json valueToJson(std::int64_t v)
{
    return v;
}
inline Json valueToJson(double v)
{
    return v;
}
inline Json valueToJson(bool v)
{
    return v;
}
inline Json valueToJson(const Timestamp& v)
{
    return v.toIso();
}
inline Json valueToJson(const GeoPoint& v)
{
    Json j{{"lat", v.lat}, {"lon", v.lon}};
    if (v.accuracyM)
        j["accuracy_m"] = *v.accuracyM;
    return j;
}
template <NamedEnum E>
Json valueToJson(E v)
{
    return std::string{toString(v)};
}
template <class V>
requires requires(Json& j, const V& v)
{
    to_json(j, v);
}
Json valueToJson(const V& v)
{
    Json j;
    to_json(j, v);
    return j;
}
template <class V>
Json valueToJson(const std::optional<V>& v)
{
    return v ? valueToJson(*v) : Json(nullptr);
}
template <class V>
Json valueToJson(const std::vector<V>& v)
{
    Json a = Json::array();
    for (const auto& e : v)
        a.push_back(valueToJson(e));
    return a;
}

// ---- The same values written straight to JSON text (a push writes every record) ------

inline void appendValueJson(std::string& out, const std::string& v)
{
    appendJsonString(out, v);
}
inline void appendValueJson(std::string& out, std::int64_t v)
{
    out += std::to_string(v);
}
inline void appendValueJson(std::string& out, bool v)
{
    out += v ? "true" : "false";
}
inline void appendValueJson(std::string& out, const Timestamp& v)
{
    // Digits, signs, 'T', ':' and '.' only: nothing to escape.
    out += '"';
    v.appendIso(out);
    out += '"';
}
template <NamedEnum E>
void appendValueJson(std::string& out, E v)
{
    appendJsonString(out, toString(v));
}
// Lists of ids (an item's photos): the text dump() gives, without a Json array between.
inline void appendValueJson(std::string& out, const std::vector<std::string>& v)
{
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, v[i]);
    }
    out += ']';
}
// Numbers with a fraction, positions, lists: through the Json value, as dump() writes them.
template <class V>
requires(!NamedEnum<V>) void appendValueJson(std::string& out, const V& v)
{
    appendJson(out, valueToJson(v));
}
template <class V>
void appendValueJson(std::string& out, const std::optional<V>& v)
{
    if (v)
        appendValueJson(out, *v);
    else
        out += "null";
}

template <class M>
struct FromJson;

template <>
struct FromJson<std::string> {
    static std::string get(const Json& j, std::string_view f)
    {
        if (!j.is_string())
            throwWrongType(f, "a string");
        return j.get<std::string>();
    }
};
template <>
struct FromJson<std::int64_t> {
    static std::int64_t get(const Json& j, std::string_view f)
    {
        if (!j.is_number_integer())
            throwWrongType(f, "an integer");
        return j.get<std::int64_t>();
    }
};
template <>
struct FromJson<double> {
    static double get(const Json& j, std::string_view f)
    {
        if (!j.is_number())
            throwWrongType(f, "a number");
        return j.get<double>();
    }
};
template <>
struct FromJson<bool> {
    static bool get(const Json& j, std::string_view f)
    {
        if (!j.is_boolean())
            throwWrongType(f, "true or false");
        return j.get<bool>();
    }
};
template <>
struct FromJson<Timestamp> {
    static Timestamp get(const Json& j, std::string_view f)
    {
        if (!j.is_string())
            throwWrongType(f, "an ISO 8601 time with a zone, like 2026-11-27T10:00:00+08:00");
        auto t = Timestamp::parse(j.get_ref<const std::string&>());
        if (!t)
            throwWrongType(f, "an ISO 8601 time with a zone, like 2026-11-27T10:00:00+08:00");
        return *t;
    }
};
template <>
struct FromJson<GeoPoint> {
    static GeoPoint get(const Json& j, std::string_view f)
    {
        if (!j.is_object() || !j.contains("lat") || !j.contains("lon") || !j["lat"].is_number()
            || !j["lon"].is_number())
            throwWrongType(f, "an object with numeric lat and lon");
        GeoPoint p{j["lat"].get<double>(), j["lon"].get<double>(), std::nullopt};
        if (auto it = j.find("accuracy_m"); it != j.end() && !it->is_null()) {
            if (!it->is_number())
                throwWrongType(f, "an object whose accuracy_m is a number");
            p.accuracyM = it->get<double>();
        }
        return p;
    }
};
template <NamedEnum E>
struct FromJson<E> {
    static E get(const Json& j, std::string_view f)
    {
        if (j.is_string())
            if (auto e = enumFromString<E>(j.get_ref<const std::string&>()))
                return *e;
        std::string allowed;
        for (auto n : EnumNames<E>::names)
            allowed.append(allowed.empty() ? "" : ", ").append(n);
        throw Error(ErrorDomain::Validation, ErrorCode::InvalidValue,
                    "field '" + std::string{f} + "' must be one of: " + allowed, std::string{f});
    }
};
template <class V>
requires requires(const Json& j, V& v)
{
    from_json(j, v);
}
struct FromJson<V> {
    static V get(const Json& j, std::string_view f)
    {
        V v{};
        try {
            from_json(j, v);
        } catch (const nlohmann::json::exception& e) {
            throwWrongType(f, std::string{"well-formed ("} + e.what() + ")");
        }
        return v;
    }
};
template <class V>
struct FromJson<std::optional<V>> {
    static std::optional<V> get(const Json& j, std::string_view f)
    {
        if (j.is_null())
            return std::nullopt;
        return FromJson<V>::get(j, f);
    }
};
template <class V>
struct FromJson<std::vector<V>> {
    static std::vector<V> get(const Json& j, std::string_view f)
    {
        if (!j.is_array())
            throwWrongType(f, "an array");
        std::vector<V> out;
        out.reserve(j.size());
        for (const auto& e : j)
            out.push_back(FromJson<V>::get(e, f));
        return out;
    }
};

} // namespace patrolbook
