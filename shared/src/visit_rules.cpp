#include "patrolbook/visit_rules.hpp"

#include <set>

namespace patrolbook {

RestHours::RestHours(std::vector<TimeRange> ranges, std::int32_t utcOffsetMin)
    : ranges_(std::move(ranges))
    , offset_(utcOffsetMin)
{
}

RestHours RestHours::forProperty(const Property& property)
{
    std::vector<TimeRange> ranges;
    for (const auto& text : property.restHours)
        if (auto r = TimeRange::parse(text))
            ranges.push_back(*r);
    return RestHours(std::move(ranges), static_cast<std::int32_t>(property.utcOffsetMin));
}

RestHours RestHours::defaults(std::int32_t utcOffsetMin)
{
    return RestHours({*TimeRange::parse("12:00-14:00"), *TimeRange::parse("21:00-08:00")}, utcOffsetMin);
}

RestHours RestHours::withinWorkingHours() const
{
    auto ranges = ranges_;
    const auto working = *TimeRange::parse(workingHours);
    // Outside working hours is one more range, from the day's end to the next start.
    ranges.push_back(TimeRange{working.endMin, working.startMin});
    return RestHours(std::move(ranges), offset_);
}

bool RestHours::contains(const Timestamp& t) const
{
    const int m = t.minuteOfDay(offset_);
    for (const auto& r : ranges_)
        if (r.contains(m))
            return true;
    return false;
}

Timestamp RestHours::nextAllowed(const Timestamp& t) const
{
    // Ranges may touch or overlap (11:00-12:30 and 12:00-14:00): step out of each in turn.
    Timestamp at = t;
    for (std::size_t guard = 0; guard <= ranges_.size() && contains(at); ++guard) {
        const int m = at.minuteOfDay(offset_);
        int wait = 0;
        for (const auto& r : ranges_)
            wait = std::max(wait, r.minutesUntilEnd(m));
        // Land on the whole minute the range ends at.
        const std::int64_t msIntoMinute = ((at.utcMs % 60'000) + 60'000) % 60'000;
        at = Timestamp{at.utcMs - msIntoMinute + wait * 60'000LL, at.offsetMin};
    }
    return at;
}

Timestamp firstContactTime(const Timestamp& t, const RestHours& rest)
{
    return rest.withinWorkingHours().nextAllowed(t).atOffset(rest.utcOffsetMin());
}

Timestamp visitDueAt(const Timestamp& serviceCompletedAt)
{
    return serviceCompletedAt.plusMinutes(visitDeadlineHours * 60);
}

std::optional<Timestamp> visitDueAt(const OwnerVisit& visit)
{
    if (!visit.serviceCompletedAt)
        return std::nullopt;
    return visitDueAt(*visit.serviceCompletedAt);
}

bool isOnTime(const OwnerVisit& visit)
{
    const auto due = visitDueAt(visit);
    if (!due)
        return true;
    return visit.visitedAt && *visit.visitedAt <= *due;
}

std::optional<std::int64_t> minutesLeft(const OwnerVisit& visit, const Timestamp& now)
{
    const auto due = visitDueAt(visit);
    if (!due)
        return std::nullopt;
    const std::int64_t ms = due->utcMs - now.utcMs;
    // Round towards minus infinity so "-0.5 min" already reads as overdue.
    return ms >= 0 ? ms / 60'000 : -((-ms + 59'999) / 60'000);
}

std::vector<Error> planningProblems(const OwnerVisit& visit, const RestHours& rest)
{
    std::vector<Error> out;
    if (visit.status == VisitStatus::Planned && visit.plannedAt && rest.contains(*visit.plannedAt)) {
        const auto next = rest.nextAllowed(*visit.plannedAt).atOffset(rest.utcOffsetMin());
        out.emplace_back(ErrorDomain::Rule, ErrorCode::InRestHours,
                         "the planned time falls in the owners' rest hours; the earliest time after it is "
                             + next.toIso(),
                         "planned_at");
    }
    return out;
}

std::vector<Error> contactWarnings(const OwnerVisit& visit, const RestHours& rest, const Timestamp& now)
{
    std::vector<Error> out;
    if (rest.contains(now))
        out.emplace_back(ErrorDomain::Rule, ErrorCode::InRestHours,
                         "it is the owners' rest hours now; avoid disturbing them unless they asked for this time",
                         "visited_at");
    if (const auto left = minutesLeft(visit, now); left && *left < 0)
        out.emplace_back(ErrorDomain::Rule, ErrorCode::PastDeadline,
                         "the three-day limit for this return visit has passed", "visited_at");
    return out;
}

std::optional<Timestamp> firstContactDueAt(const Owner& owner)
{
    if (!owner.assignedAt)
        return std::nullopt;
    return owner.assignedAt->plusMinutes(newOwnerContactDays * 24 * 60);
}

Coverage memberCoverage(const std::vector<Owner>& owners, const std::vector<OwnerVisit>& visits, const Timestamp& from,
                        const Timestamp& to, const RestHours& rest)
{
    Coverage c;
    std::set<std::string> visited;
    for (const auto& v : visits) {
        if (v.deleted || v.status != VisitStatus::Done || !v.visitedAt || *v.visitedAt < from || !(*v.visitedAt < to))
            continue;
        ++c.doneVisits;
        if (isOnTime(v))
            ++c.onTimeVisits;
        if (rest.contains(*v.visitedAt))
            ++c.visitsInRestHours;
        visited.insert(v.ownerId);
    }
    for (const auto& o : owners) {
        if (o.deleted || !o.member)
            continue;
        ++c.memberOwners;
        if (visited.count(o.id))
            ++c.visitedMembers;
        else
            c.unvisitedMemberIds.push_back(o.id);
    }
    return c;
}

} // namespace patrolbook
