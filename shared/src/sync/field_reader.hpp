#pragma once

#include "../json_reader.hpp"
#include "patrolbook/record_json.hpp"

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace patrolbook::sync {

// Reads a record's "fields" object from JSON text straight into the typed record, with
// the rules of applyFields: known fields set, unknown ones kept in `extra`, id, version
// and deleted ignored. Strings, times and named values are read without a Json value in
// between; everything else goes through one small Json value and FromJson, so a wrong
// value is reported in the same words. A wrong value does not stop the reading (the text
// goes on); the first one is returned and the record is not to be used. Text that is not
// JSON throws Error(Json, Malformed).
template <class M>
void readMember(JsonReader& in, M& member, std::string_view name, std::string& scratch)
{
    const char next = in.peek();
    if constexpr (std::is_same_v<M, std::string>) {
        if (next == '"') {
            member.clear();
            in.readString(member);
            return;
        }
    } else if constexpr (std::is_same_v<M, std::optional<std::string>>) {
        if (next == '"') {
            member.emplace();
            in.readString(*member);
            return;
        }
    } else if constexpr (std::is_same_v<M, Timestamp> || std::is_same_v<M, std::optional<Timestamp>>) {
        if (next == '"') {
            scratch.clear();
            in.readString(scratch);
            if (auto t = Timestamp::parse(scratch)) {
                member = *t;
                return;
            }
            member = FromJson<M>::get(Json(scratch), name); // throws, in FromJson's words
            return;
        }
    } else if constexpr (NamedEnum<M>) {
        if (next == '"') {
            scratch.clear();
            in.readString(scratch);
            if (auto e = enumFromString<M>(scratch)) {
                member = *e;
                return;
            }
            member = FromJson<M>::get(Json(scratch), name);
            return;
        }
    }
    Json value;
    in.readValue(value);
    member = FromJson<M>::get(value, name);
}

// `names`, when given, gets each member's name in order.
template <Record T>
std::optional<std::string> readFields(JsonReader& in, T& r, std::vector<std::string>* names = nullptr)
{
    std::optional<std::string> problem;
    Json extra; // stays null unless an unknown field comes
    std::string key;
    std::string scratch;
    in.beginObject();
    while (in.nextMember(key)) {
        if (names)
            names->push_back(key);
        const bool matched = !isReservedKey(key) && withField<T>(key, [&](const auto& f) {
            using M = typename std::remove_cvref_t<decltype(f)>::Member;
            try {
                readMember<M>(in, r.*(f.member), f.name, scratch);
            } catch (const Error& e) {
                if (e.domain() == ErrorDomain::Json && e.code() == ErrorCode::Malformed)
                    throw; // the text itself is broken: the page is
                if (!problem)
                    problem = e.message();
            }
        });
        if (matched)
            continue;
        Json value;
        in.readValue(value);
        if (isReservedKey(key))
            continue;
        if (extra.is_null())
            extra = Json::object();
        extra[key] = std::move(value);
    }
    if (!extra.is_null())
        r.extra = extra.dump();
    return problem;
}

} // namespace patrolbook::sync
