#pragma once

// What simdjson leaves to us: numbers and literals are taken from their token's text
// (simdjson's On-Demand API does not check a token it is not asked to convert, and it
// converts a number beyond 64 bits differently from nlohmann), and the byte to name when
// simdjson's first pass refuses the whole text without saying where.

#include <nlohmann/json.hpp>

#include <string_view>

namespace patrolbook::json {

// A number token (white space after it allowed) as nlohmann makes it: an integer that
// fits 64 bits is signed when negative and unsigned otherwise, any other a double; a
// double that is not finite is refused. nullptr when the token is not a JSON number, else
// `out` is set; the text says what is wrong.
const char* readNumber(std::string_view token, nlohmann::json& out);
// true, false or null, exactly (white space after it allowed); nullptr when it is one.
const char* readLiteral(std::string_view token, nlohmann::json& out);
// The first byte that is not well-formed UTF-8 (RFC 3629), or end.
const char* firstBadUtf8(const char* begin, const char* end);
// The first control character inside a string, or end.
const char* firstUnescapedControl(const char* begin, const char* end);

} // namespace patrolbook::json
