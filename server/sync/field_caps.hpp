#pragma once

#include "patrolbook/records.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace patrolbook::server {

// How large a record the server keeps (docs/security.md, "Sizes"). Without them one
// push of 4 MiB descriptions made pull pages of a gigabyte, built in memory.
struct FieldCaps {
    static constexpr std::size_t freeTextBytes = 8 * 1024; // note, description, resolution, suggestions
    static constexpr std::size_t textBytes = 512; // every other text field
    static constexpr std::size_t unknownBytes = 8 * 1024; // fields this server does not know, together, as JSON
    static constexpr std::size_t recordBytes = 32 * 1024; // all of a record's fields, as JSON
    static constexpr std::size_t pullPageBytes = 4 * 1024 * 1024; // a pull page stops once past this
};

// Text people write, as against names, codes and ids.
bool isFreeText(std::string_view field);

// Why a record with these fields is too large, in words the user can act on; nullopt
// when it is not. `fieldsTextBytes`: the size of the fields as JSON text.
std::optional<std::string> sizeRefusal(const std::string& entity, const sync::Json& fields,
                                       std::size_t fieldsTextBytes);

std::optional<std::string> textTooLong(std::string_view field, std::size_t bytes);
std::optional<std::string> recordTooLarge(std::size_t fieldsTextBytes, std::size_t unknownTextBytes);

// The same for a record read straight into its type (a new record: no JSON tree made).
template <Record T>
std::optional<std::string> sizeRefusal(const T& record, std::size_t fieldsTextBytes)
{
    // Below the smallest cap, nothing can be over its cap (the usual record).
    if (fieldsTextBytes <= FieldCaps::textBytes)
        return std::nullopt;
    std::optional<std::string> out;
    forEachField<T>([&](const auto& f) {
        using M = typename std::remove_cvref_t<decltype(f)>::Member;
        const auto& value = record.*(f.member);
        if (out)
            return;
        if constexpr (std::is_same_v<M, std::string>)
            out = textTooLong(f.name, value.size());
        else if constexpr (std::is_same_v<M, std::optional<std::string>>)
            out = value ? textTooLong(f.name, value->size()) : std::nullopt;
        else if constexpr (std::is_same_v<M, std::vector<std::string>>)
            for (const auto& each : value)
                if (!out)
                    out = textTooLong(f.name, each.size());
    });
    return out ? out : recordTooLarge(fieldsTextBytes, record.extra.size());
}

} // namespace patrolbook::server
