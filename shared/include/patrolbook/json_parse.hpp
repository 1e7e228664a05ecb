#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace patrolbook {

// Parses JSON text (RFC 8259, UTF-8) into the value nlohmann::json::parse gives for it:
// the same types (a non-negative integer is unsigned, as there), the last of repeated
// keys, a leading byte order mark skipped, invalid UTF-8 refused. Sync parses every push
// body and every pulled page this way: nlohmann's own parser reads one byte at a time
// through an input adapter and keeps each token's text, and took over 40% of a pull.
// Throws Error(Json, Malformed) saying what is wrong and at which byte. Nesting deeper
// than maxJsonDepth is refused rather than recursed into.
nlohmann::json parseJson(std::string_view text);

// The same, with the reason instead of an exception.
struct JsonParseResult {
    std::optional<nlohmann::json> value;
    std::string error; // empty when value is set
};
JsonParseResult tryParseJson(std::string_view text);

inline constexpr int maxJsonDepth = 512;

} // namespace patrolbook
