#include "handlers/content_range.hpp"

#include <charconv>

namespace patrolbook::server {

namespace {

// A run of decimal digits up to `stop` (or the end when stop is '\0'), nothing else.
bool number(std::string_view& text, char stop, std::int64_t& out)
{
    const auto length = stop == '\0' ? text.size() : text.find(stop);
    if (length == 0 || length == std::string_view::npos)
        return false;
    const char* first = text.data();
    const char* last = first + length;
    for (const char* p = first; p != last; ++p)
        if (*p < '0' || *p > '9')
            return false; // from_chars would take a '-' too
    const auto r = std::from_chars(first, last, out);
    if (r.ec != std::errc{} || r.ptr != last)
        return false; // out of range
    text.remove_prefix(stop == '\0' ? length : length + 1);
    return true;
}

} // namespace

std::optional<UploadRange> uploadRange(std::string_view header, std::int64_t bodySize)
{
    if (header.empty())
        return UploadRange{0, bodySize - 1, bodySize};
    constexpr std::string_view unit = "bytes ";
    if (!header.starts_with(unit))
        return std::nullopt;
    header.remove_prefix(unit.size());
    UploadRange r;
    if (!number(header, '-', r.start) || !number(header, '/', r.end) || !number(header, '\0', r.total))
        return std::nullopt;
    // All three are 0 or more, so none of these can overflow.
    if (r.end < r.start - 1 || r.end - r.start != bodySize - 1 || r.total <= r.end)
        return std::nullopt;
    return r;
}

} // namespace patrolbook::server
