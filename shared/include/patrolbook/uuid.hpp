#pragma once

#include <string>
#include <string_view>

namespace patrolbook {

// A random (version 4) UUID, lowercase: "9b2f...-4...-a...".
std::string newUuid();
// True for a lowercase or uppercase 8-4-4-4-12 hex UUID.
bool isUuid(std::string_view text);

} // namespace patrolbook
