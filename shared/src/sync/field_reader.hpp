#pragma once

#include "member_reader.hpp"
#include "patrolbook/record_json.hpp"

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
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
void readMember(json::Document& doc, od::value value, M& member, std::string_view name, std::string& scratch,
                std::size_t& repeated)
{
    if constexpr (std::is_same_v<M, std::string>) {
        if (json::isString(value)) {
            json::readString(doc, value, member);
            return;
        }
    } else if constexpr (std::is_same_v<M, std::optional<std::string>>) {
        if (json::isString(value)) {
            json::readString(doc, value, member.emplace());
            return;
        }
    } else if constexpr (std::is_same_v<M, Timestamp> || std::is_same_v<M, std::optional<Timestamp>>) {
        if (json::isString(value)) {
            json::readString(doc, value, scratch);
            if (auto t = Timestamp::parse(scratch)) {
                member = *t;
                return;
            }
            member = FromJson<M>::get(Json(scratch), name); // throws, in FromJson's words
            return;
        }
    } else if constexpr (NamedEnum<M>) {
        if (json::isString(value)) {
            json::readString(doc, value, scratch);
            if (auto e = enumFromString<M>(scratch)) {
                member = *e;
                return;
            }
            member = FromJson<M>::get(Json(scratch), name);
            return;
        }
    }
    const Json v = json::readValue(doc, value, 2, repeated);
    member = FromJson<M>::get(v, name);
}

// `names`, when given, gets each member's name in order; `repeated` counts the names
// that came twice in objects inside the values.
template <Record T>
std::optional<std::string> readFields(json::Document& doc, od::object fields, T& r, std::size_t& repeated,
                                      std::vector<std::string>* names = nullptr)
{
    std::optional<std::string> problem;
    Json extra; // stays null unless an unknown field comes
    std::string key;
    std::string scratch;
    for (auto result : fields) {
        od::field field = std::move(result);
        readKey(field, key);
        if (names)
            names->push_back(key);
        const bool matched = !isReservedKey(key) && withField<T>(key, [&](const auto& f) {
            using M = typename std::remove_cvref_t<decltype(f)>::Member;
            try {
                readMember<M>(doc, field.value(), r.*(f.member), f.name, scratch, repeated);
            } catch (const Error& e) {
                if (e.domain() == ErrorDomain::Json && e.code() == ErrorCode::Malformed)
                    throw; // the text itself is broken: the page is
                if (!problem)
                    problem = e.message();
            }
        });
        if (matched)
            continue;
        Json value = json::readValue(doc, field.value(), 2, repeated);
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
