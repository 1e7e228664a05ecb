#pragma once

// The company's owner-visit rules ("one avoid, three musts"): never disturb owners in
// their rest hours; every member owner gets a return visit; every visit is recorded
// completely; the visit happens within three days of the service it follows.

#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/time_range.hpp"
#include "patrolbook/timestamp.hpp"

#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

inline constexpr std::int64_t visitDeadlineHours = 72;
inline constexpr std::int64_t newOwnerContactDays = 7;
// When staff call or call on owners, in the property's local time: the server plans the
// visits it makes inside these hours and outside the owners' rest hours.
inline constexpr std::string_view workingHours = "09:00-18:00";

// A property's rest hours, evaluated in the property's local time (not the device's:
// a phone set to another zone must not move the owners' lunch break).
class RestHours {
public:
    RestHours(std::vector<TimeRange> ranges, std::int32_t utcOffsetMin);
    // The property's configured hours; invalid entries are skipped (validation reports them).
    static RestHours forProperty(const Property& property);
    // 12:00-14:00 and 21:00-08:00 at the given offset.
    static RestHours defaults(std::int32_t utcOffsetMin = 480);
    // The same hours, and also every moment outside the office's working hours
    // (workingHours): when the server plans a visit, nobody is called at 07:00 either.
    RestHours withinWorkingHours() const;

    bool contains(const Timestamp& t) const;
    // The first moment at or after t outside rest hours.
    Timestamp nextAllowed(const Timestamp& t) const;
    const std::vector<TimeRange>& ranges() const { return ranges_; }
    std::int32_t utcOffsetMin() const { return offset_; }

private:
    std::vector<TimeRange> ranges_;
    std::int32_t offset_;
};

// The first moment at or after t that is outside the rest hours and inside working
// hours: when a visit the server makes is planned for.
Timestamp firstContactTime(const Timestamp& t, const RestHours& rest);

// Three days (72 h) after the service was completed; exactly 72 h is still on time.
Timestamp visitDueAt(const Timestamp& serviceCompletedAt);
std::optional<Timestamp> visitDueAt(const OwnerVisit& visit);
// Done on or before the due time (true when the visit follows no dated service).
bool isOnTime(const OwnerVisit& visit);
// Whole minutes left until the visit is due at `now` (negative once overdue).
std::optional<std::int64_t> minutesLeft(const OwnerVisit& visit, const Timestamp& now);

// Problems that refuse a plan: a planned time inside rest hours (Rule/InRestHours, with
// the next allowed time in the message).
std::vector<Error> planningProblems(const OwnerVisit& visit, const RestHours& rest);
// Problems to warn about when recording or contacting now: now inside rest hours, the
// three-day limit passed.
std::vector<Error> contactWarnings(const OwnerVisit& visit, const RestHours& rest, const Timestamp& now);

// A newly assigned owner is to be contacted within a week of assignment.
std::optional<Timestamp> firstContactDueAt(const Owner& owner);

// Coverage of member owners over [from, to): who had a done visit, who did not, how many
// visits were on time, how many fell in rest hours (should be none).
struct Coverage {
    int memberOwners = 0;
    int visitedMembers = 0;
    std::vector<std::string> unvisitedMemberIds;
    int doneVisits = 0;
    int onTimeVisits = 0;
    int visitsInRestHours = 0;
    double share() const { return memberOwners == 0 ? 1.0 : double(visitedMembers) / memberOwners; }
};

Coverage memberCoverage(const std::vector<Owner>& owners, const std::vector<OwnerVisit>& visits, const Timestamp& from,
                        const Timestamp& to, const RestHours& rest);

} // namespace patrolbook
