#pragma once

// How each C++ field type maps to SQLite columns and to JSON. The record store and the
// JSON codec are written once, generically, over these traits and each record's Schema.

#include "patrolbook/enum_names.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/geo_point.hpp"
#include "patrolbook/sqlite/statement.hpp"
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

// ---- SQLite columns -----------------------------------------------------------------

template <class C>
constexpr bool isNullable()
{
    if constexpr (requires { C::nullable; })
        return C::nullable;
    else
        return false;
}

template <class M>
struct Column;

template <>
struct Column<std::string> {
    static constexpr int width = 1;
    static constexpr const char* sqlType = "TEXT";
    static void names(std::string_view f, std::vector<std::string>& out) { out.emplace_back(f); }
    static void bind(sqlite::Statement& s, int& i, const std::string& v) { s.bindRef(i++, v); }
    static std::string read(const sqlite::Statement& s, int& c) { return s.getString(c++); }
    static bool isEmpty(const std::string& v) { return v.empty(); }
};
template <>
struct Column<std::int64_t> {
    static constexpr int width = 1;
    static constexpr const char* sqlType = "INTEGER";
    static void names(std::string_view f, std::vector<std::string>& out) { out.emplace_back(f); }
    static void bind(sqlite::Statement& s, int& i, std::int64_t v) { s.bind(i++, v); }
    static std::int64_t read(const sqlite::Statement& s, int& c) { return s.getInt64(c++); }
    static bool isEmpty(std::int64_t) { return false; }
};
template <>
struct Column<double> {
    static constexpr int width = 1;
    static constexpr const char* sqlType = "REAL";
    static void names(std::string_view f, std::vector<std::string>& out) { out.emplace_back(f); }
    static void bind(sqlite::Statement& s, int& i, double v) { s.bind(i++, v); }
    static double read(const sqlite::Statement& s, int& c) { return s.getDouble(c++); }
    static bool isEmpty(double v) { return std::isnan(v); }
};
template <>
struct Column<bool> {
    static constexpr int width = 1;
    static constexpr const char* sqlType = "INTEGER";
    static void names(std::string_view f, std::vector<std::string>& out) { out.emplace_back(f); }
    static void bind(sqlite::Statement& s, int& i, bool v) { s.bind(i++, v ? 1 : 0); }
    static bool read(const sqlite::Statement& s, int& c) { return s.getInt64(c++) != 0; }
    static bool isEmpty(bool) { return false; }
};
// Two columns: the UTC instant in ms (indexed, range-queried) and the device's offset.
template <>
struct Column<Timestamp> {
    static constexpr int width = 2;
    static constexpr const char* sqlType = "INTEGER";
    static void names(std::string_view f, std::vector<std::string>& out)
    {
        out.emplace_back(f);
        out.emplace_back(std::string{f} + "_offset");
    }
    static void bind(sqlite::Statement& s, int& i, const Timestamp& v)
    {
        s.bind(i++, v.utcMs);
        s.bind(i++, static_cast<std::int64_t>(v.offsetMin));
    }
    static Timestamp read(const sqlite::Statement& s, int& c)
    {
        Timestamp t{s.getInt64(c), static_cast<std::int32_t>(s.getInt64(c + 1))};
        c += 2;
        return t;
    }
    static bool isEmpty(const Timestamp&) { return false; }
};
template <>
struct Column<GeoPoint> {
    static constexpr int width = 3;
    static constexpr const char* sqlType = "REAL";
    static void names(std::string_view f, std::vector<std::string>& out)
    {
        out.emplace_back(std::string{f} + "_lat");
        out.emplace_back(std::string{f} + "_lon");
        out.emplace_back(std::string{f} + "_accuracy");
    }
    static void bind(sqlite::Statement& s, int& i, const GeoPoint& v)
    {
        s.bind(i++, v.lat);
        s.bind(i++, v.lon);
        if (v.accuracyM)
            s.bind(i++, *v.accuracyM);
        else
            s.bindNull(i++);
    }
    static GeoPoint read(const sqlite::Statement& s, int& c)
    {
        GeoPoint p{s.getDouble(c), s.getDouble(c + 1), std::nullopt};
        if (!s.isNull(c + 2))
            p.accuracyM = s.getDouble(c + 2);
        c += 3;
        return p;
    }
    static bool isEmpty(const GeoPoint&) { return false; }
};
template <NamedEnum E>
struct Column<E> {
    static constexpr int width = 1;
    static constexpr const char* sqlType = "TEXT";
    static void names(std::string_view f, std::vector<std::string>& out) { out.emplace_back(f); }
    static void bind(sqlite::Statement& s, int& i, E v) { s.bindRef(i++, toString(v)); } // static names
    static E read(const sqlite::Statement& s, int& c)
    {
        const auto text = s.getText(c++);
        if (auto e = enumFromString<E>(text))
            return *e;
        throw Error(ErrorDomain::Storage, ErrorCode::Sqlite, "unknown stored value '" + std::string{text} + "'");
    }
    static bool isEmpty(E) { return false; }
};
template <class V>
struct Column<std::optional<V>> {
    static constexpr int width = Column<V>::width;
    static constexpr const char* sqlType = Column<V>::sqlType;
    static constexpr bool nullable = true;
    static void names(std::string_view f, std::vector<std::string>& out) { Column<V>::names(f, out); }
    static void bind(sqlite::Statement& s, int& i, const std::optional<V>& v)
    {
        if (v) {
            Column<V>::bind(s, i, *v);
        } else {
            for (int k = 0; k < width; ++k)
                s.bindNull(i++);
        }
    }
    static std::optional<V> read(const sqlite::Statement& s, int& c)
    {
        if (s.isNull(c)) {
            c += width;
            return std::nullopt;
        }
        return Column<V>::read(s, c);
    }
    static bool isEmpty(const std::optional<V>& v) { return !v.has_value(); }
};
// Lists are stored as JSON text: they are read and written whole, never queried inside.
template <class V>
struct Column<std::vector<V>> {
    static constexpr int width = 1;
    static constexpr const char* sqlType = "TEXT";
    static void names(std::string_view f, std::vector<std::string>& out) { out.emplace_back(f); }
    static void bind(sqlite::Statement& s, int& i, const std::vector<V>& v)
    {
        if (v.empty())
            s.bind(i++, std::string_view{"[]"});
        else
            s.bind(i++, valueToJson(v).dump());
    }
    static std::vector<V> read(const sqlite::Statement& s, int& c)
    {
        const auto text = s.getText(c++);
        if (text.empty() || text == "[]")
            return {};
        return FromJson<std::vector<V>>::get(parseJson(text), "stored list");
    }
    static bool isEmpty(const std::vector<V>& v) { return v.empty(); }
};

} // namespace patrolbook
