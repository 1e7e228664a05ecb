#pragma once

#include <string>
#include <string_view>

namespace patrolbook {

// A new lowercase UUID, version 7 (time-ordered, 74 random bits): "019ad6c4-....-7...-a...".
std::string newUuid();
// True for a lowercase or uppercase 8-4-4-4-12 hex UUID.
bool isUuid(std::string_view text);
// True for 64 lowercase hex digits: how photos are named, on the device and the server.
bool isSha256Hex(std::string_view text);

} // namespace patrolbook
