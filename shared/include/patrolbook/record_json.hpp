#pragma once

// JSON form of every record: {"id", "version", "deleted", <fields>, <unknown fields>}.
// Unknown fields are kept in RecordBase::extra and written back untouched, so an older
// build never erases what a newer one wrote.

#include "patrolbook/column.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/uuid.hpp"

#include <string>
#include <vector>

namespace patrolbook {

inline bool isReservedKey(std::string_view key)
{
    return key == "id" || key == "version" || key == "deleted";
}

// Calls `f` with the descriptor of T's field named `key`; false when T has no such field.
template <Record T, class F>
bool withField(std::string_view key, F&& f)
{
    bool found = false;
    forEachField<T>([&](const auto& field) {
        if (!found && field.name == key) {
            found = true;
            f(field);
        }
    });
    return found;
}

// The record's fields (known and unknown), without id/version/deleted: the "fields"
// object of a sync change or a pulled record.
template <Record T>
Json fieldsToJson(const T& r)
{
    Json j = r.extra.empty() ? Json::object() : parseJson(r.extra);
    forEachField<T>([&](const auto& f) { j[std::string{f.name}] = valueToJson(r.*(f.member)); });
    return j;
}

// The object fieldsToJson(r) makes, written straight to text (members in another order).
template <Record T>
void appendFieldsJson(std::string& out, const T& r)
{
    out += '{';
    bool first = true;
    forEachField<T>([&](const auto& f) {
        if (!first)
            out += ',';
        first = false;
        // Field names are plain snake_case (a test checks every one): nothing to escape.
        out += '"';
        out += f.name;
        out += "\":";
        appendValueJson(out, r.*(f.member));
    });
    // The unknown fields, as the object text they were kept in.
    if (const auto open = r.extra.find('{'), close = r.extra.rfind('}'); open != std::string::npos
        && close != std::string::npos && r.extra.find_first_not_of(" \t\r\n", open + 1) != close) {
        if (!first)
            out += ',';
        out.append(r.extra, open + 1, close - open - 1);
    }
    out += '}';
}

template <Record T>
Json toJson(const T& r)
{
    Json j = fieldsToJson(r);
    j["id"] = r.id;
    j["version"] = r.version;
    j["deleted"] = r.deleted;
    return j;
}

// Sets the fields present in `fields` (a JSON object); keys this build does not know
// go to extra. Throws Error (domain Json or Validation) naming the offending field; `r`
// is left unchanged then.
template <Record T>
void applyFields(T& r, const Json& fields)
{
    if (!fields.is_object())
        throw Error(ErrorDomain::Json, ErrorCode::WrongType, "fields must be a JSON object");
    T next = r;
    Json extra = next.extra.empty() ? Json::object() : parseJson(next.extra);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const std::string& key = it.key();
        if (isReservedKey(key))
            continue;
        const bool matched = withField<T>(key, [&](const auto& f) {
            using M = typename std::remove_cvref_t<decltype(f)>::Member;
            next.*(f.member) = FromJson<M>::get(it.value(), f.name);
        });
        if (!matched)
            extra[key] = it.value();
    }
    next.extra = extra.empty() ? std::string{} : extra.dump();
    r = std::move(next);
}

template <Record T>
T fromJson(const Json& j)
{
    if (!j.is_object())
        throw Error(ErrorDomain::Json, ErrorCode::WrongType, "a record must be a JSON object");
    T r;
    auto id = j.find("id");
    if (id == j.end() || !id->is_string() || !isUuid(id->get_ref<const std::string&>()))
        throw Error(ErrorDomain::Validation, ErrorCode::InvalidId, "id must be a UUID", "id");
    r.id = id->get<std::string>();
    if (auto v = j.find("version"); v != j.end())
        r.version = FromJson<std::int64_t>::get(*v, "version");
    if (auto d = j.find("deleted"); d != j.end())
        r.deleted = FromJson<bool>::get(*d, "deleted");
    applyFields(r, j);
    return r;
}

// A record from a sync envelope, whose id, version and deleted flag come beside its
// fields (a pull decodes thousands: they are not put into the object first).
template <Record T>
T fromFields(const std::string& id, std::int64_t version, bool deleted, const Json& fields)
{
    if (!isUuid(id))
        throw Error(ErrorDomain::Validation, ErrorCode::InvalidId, "id must be a UUID", "id");
    T r;
    r.id = id;
    r.version = version;
    r.deleted = deleted;
    applyFields(r, fields);
    return r;
}

// Names of the fields that differ, unknown fields included: what a local edit changed.
template <Record T>
std::vector<std::string> changedFields(const T& before, const T& after)
{
    std::vector<std::string> out;
    forEachField<T>([&](const auto& f) {
        if (!(before.*(f.member) == after.*(f.member)))
            out.emplace_back(f.name);
    });
    if (before.extra != after.extra) {
        const Json a = before.extra.empty() ? Json::object() : parseJson(before.extra);
        const Json b = after.extra.empty() ? Json::object() : parseJson(after.extra);
        for (auto it = b.begin(); it != b.end(); ++it)
            if (!a.contains(it.key()) || a[it.key()] != it.value())
                out.push_back(it.key());
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!b.contains(it.key()))
                out.push_back(it.key());
    }
    return out;
}

} // namespace patrolbook
