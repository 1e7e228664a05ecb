#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace patrolbook {

// A daily interval of local wall-clock time, [start, end), that may cross midnight:
// "21:00-08:00" holds 21:00..23:59 and 00:00..07:59.
struct TimeRange {
    int startMin = 0; // minutes since midnight, 0..1439
    int endMin = 0;

    // "HH:MM-HH:MM"; start and end must differ (an empty or whole-day range is a typo).
    static std::optional<TimeRange> parse(std::string_view text);
    bool contains(int minuteOfDay) const;
    // Minutes from minuteOfDay until the range ends (0 if not inside).
    int minutesUntilEnd(int minuteOfDay) const;
    std::string toString() const;
};

} // namespace patrolbook
