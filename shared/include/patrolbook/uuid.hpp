#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace patrolbook {

// A new lowercase UUID, version 7 (time-ordered, 74 random bits): "019ad6c4-....-7...-a...".
std::string newUuid();
// Ids made close together in time (a push's, a batch's) lie together in a key index, so
// one range scan from the first to the last finds them. The scan may pass this many rows
// for `keys` sought ids before the range counts as crowded (ids of others made in the same
// span) and the ids are looked up by key instead.
constexpr std::size_t crowdedRangeAfter(std::size_t keys)
{
    return 4 * keys + 16;
}
// True for a lowercase or uppercase 8-4-4-4-12 hex UUID.
bool isUuid(std::string_view text);
// True for 64 lowercase hex digits: how photos are named, on the device and the server.
bool isSha256Hex(std::string_view text);

} // namespace patrolbook
