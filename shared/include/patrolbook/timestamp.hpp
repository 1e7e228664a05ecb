#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace patrolbook {

// An instant in UTC plus the UTC offset of the device that recorded it. Ordering and
// arithmetic use only the instant; the offset is kept so a report can show the local
// wall-clock time the staff member saw ("10:05 in Shanghai").
struct Timestamp {
    std::int64_t utcMs = 0;
    std::int32_t offsetMin = 0;

    static Timestamp fromUtcMs(std::int64_t utcMs, std::int32_t offsetMin = 0) { return {utcMs, offsetMin}; }
    // Civil local time at the given offset, e.g. (2026, 11, 27, 10, 0, 0, 480).
    static Timestamp fromLocal(int year, unsigned month, unsigned day, unsigned hour, unsigned minute, unsigned second,
                               std::int32_t offsetMin);
    static Timestamp now(std::int32_t offsetMin = 0);
    // ISO 8601 with a zone designator: "2026-11-27T10:00:00+08:00", fractional seconds
    // optional, "Z" for UTC. Anything else is std::nullopt.
    static std::optional<Timestamp> parse(std::string_view text);

    // "2026-11-27T10:00:00.000+08:00"
    std::string toIso() const;
    // The same text, appended to `out`.
    void appendIso(std::string& out) const;
    // The same instant seen at another offset.
    Timestamp atOffset(std::int32_t offset) const { return {utcMs, offset}; }
    // Minutes since local midnight at the given offset (0..1439).
    int minuteOfDay(std::int32_t offset) const;
    int minuteOfDay() const { return minuteOfDay(offsetMin); }
    Timestamp plusMinutes(std::int64_t minutes) const { return {utcMs + minutes * 60'000, offsetMin}; }

    friend bool operator==(const Timestamp& a, const Timestamp& b) = default;
    // Instants order by UTC only; equal instants at different offsets are equivalent.
    friend std::weak_ordering operator<=>(const Timestamp& a, const Timestamp& b) { return a.utcMs <=> b.utcMs; }
};

} // namespace patrolbook
