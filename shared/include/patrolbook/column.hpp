#pragma once

// How each C++ field type maps to SQLite columns (its JSON side is value_json.hpp). The
// record store and the JSON codec are written once, generically, over these traits and
// each record's Schema.

#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/value_json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

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
