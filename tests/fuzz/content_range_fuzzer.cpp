// The photo upload's Content-Range header (uploadRange). An input is the body's size in
// decimal, a line feed, then the header: the size must vary with the header for the
// fuzzer to reach the ranges that are accepted.

#include "fuzz_check.hpp"
#include "handlers/content_range.hpp"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string_view>

using patrolbook::server::uploadRange;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    if (newline == std::string_view::npos)
        return 0;
    std::int64_t bodySize = 0;
    const auto sized = std::from_chars(input.data(), input.data() + newline, bodySize);
    // A body is held in memory: never more than the server takes, never negative.
    if (sized.ec != std::errc{} || bodySize < 0 || bodySize > (std::int64_t{1} << 32))
        return 0;
    const auto header = input.substr(newline + 1);
    const auto range = uploadRange(header, bodySize);
    if (!range)
        return 0;
    FUZZ_CHECK(range->start >= 0 && range->end >= range->start - 1);
    FUZZ_CHECK(range->end - range->start == bodySize - 1); // exactly the body; both are 0 or more
    FUZZ_CHECK(range->total > range->end);
    if (header.empty())
        FUZZ_CHECK(range->start == 0 && range->total == bodySize);
    return 0;
}
