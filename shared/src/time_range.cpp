#include "patrolbook/time_range.hpp"

namespace patrolbook {

namespace {

std::optional<int> parseClock(std::string_view s)
{
    if (s.size() != 5 || s[2] != ':')
        return std::nullopt;
    for (std::size_t i : {0u, 1u, 3u, 4u})
        if (s[i] < '0' || s[i] > '9')
            return std::nullopt;
    const int h = (s[0] - '0') * 10 + (s[1] - '0');
    const int m = (s[3] - '0') * 10 + (s[4] - '0');
    if (h > 24 || m > 59 || (h == 24 && m != 0))
        return std::nullopt;
    return (h * 60 + m) % 1440; // "24:00" is midnight
}

} // namespace

std::optional<TimeRange> TimeRange::parse(std::string_view text)
{
    const auto dash = text.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    const auto start = parseClock(text.substr(0, dash));
    const auto end = parseClock(text.substr(dash + 1));
    if (!start || !end || *start == *end)
        return std::nullopt;
    return TimeRange{*start, *end};
}

bool TimeRange::contains(int m) const
{
    if (startMin < endMin)
        return m >= startMin && m < endMin;
    return m >= startMin || m < endMin; // crosses midnight
}

int TimeRange::minutesUntilEnd(int m) const
{
    if (!contains(m))
        return 0;
    return (endMin - m + 1440) % 1440;
}

std::string TimeRange::toString() const
{
    auto clock = [](int m) {
        const char text[] = {static_cast<char>('0' + m / 600), static_cast<char>('0' + m / 60 % 10), ':',
                             static_cast<char>('0' + m % 60 / 10), static_cast<char>('0' + m % 10)};
        return std::string{text, sizeof text};
    };
    return clock(startMin) + "-" + clock(endMin);
}

} // namespace patrolbook
