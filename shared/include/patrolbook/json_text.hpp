#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace patrolbook {

// Appends `value` as compact JSON text, the same text as value.dump(). Sync writes every
// record it pushes, stores or pulls this way, and dump() checks each string's UTF-8 byte
// by byte; these strings came from nlohmann's parser or from our own records, so they are
// valid already and only need escaping.
void appendJson(std::string& out, const nlohmann::json& value);
std::string jsonText(const nlohmann::json& value);
// Appends `text` as a JSON string (quoted and escaped).
void appendJsonString(std::string& out, std::string_view text);

} // namespace patrolbook
