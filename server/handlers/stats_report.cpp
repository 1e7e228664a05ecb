#include "handlers/stats_report.hpp"

#include "patrolbook/json_parse.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/visit_rules.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace patrolbook::server {

using nlohmann::json;

namespace {

constexpr std::int64_t msPerDay = 86'400'000;
constexpr std::int64_t msPerHour = 3'600'000;

const char* const categories[] = {"details", "cleanliness", "facilities", "paving", "greenery", "special"};

// The filter's values merged into the period's own (property, from, to).
json with(const json& base, const json& more)
{
    json out = base;
    for (const auto& [k, v] : more.items())
        out[k] = v;
    return out;
}

double roundTo1(double x)
{
    return std::round(x * 10.0) / 10.0;
}

} // namespace

StatsReport::StatsReport(StatsRepo& repo, StatsPeriod period, std::int64_t nowMs)
    : repo_(repo)
    , period_(std::move(period))
    , nowMs_(nowMs)
{
}

json StatsReport::number(std::int64_t value, const json& filter) const
{
    json n{{"value", value}};
    if (!filter.is_null())
        n["filter"] = with({{"property", period_.propertyId},
                            {"from", Timestamp::fromUtcMs(period_.fromMs, offsetMin_).toIso()},
                            {"to", Timestamp::fromUtcMs(period_.toMs, offsetMin_).toIso()}},
                           filter);
    return n;
}

json StatsReport::build()
{
    Property property;
    property.id = period_.propertyId;
    if (const auto fields = repo_.propertyFields(period_.propertyId))
        property = fromFields<Property>(period_.propertyId, 0, false, parseJson(*fields));
    offsetMin_ = static_cast<std::int32_t>(property.utcOffsetMin);
    property_ = {{"id", property.id},
                 {"name", property.name},
                 {"utc_offset_min", property.utcOffsetMin},
                 {"rest_hours", property.restHours}};
    json out{{"property", property_},
             {"period",
              {{"from", Timestamp::fromUtcMs(period_.fromMs, offsetMin_).toIso()},
               {"to", Timestamp::fromUtcMs(period_.toMs, offsetMin_).toIso()}}},
             {"now", Timestamp::fromUtcMs(nowMs_, offsetMin_).toIso()}};
    out["visits"] = visits();
    out["patrols"] = patrols();
    out["follow_ups"] = followUps();
    out["renovation_checks"] = renovationChecks();
    return out;
}

json StatsReport::visits()
{
    Property property;
    property.utcOffsetMin = offsetMin_;
    property.restHours = property_["rest_hours"].get<std::vector<std::string>>();
    const auto rest = RestHours::forProperty(property);

    const auto members = repo_.memberOwners(period_.propertyId);
    std::vector<Owner> owners;
    owners.reserve(members.size());
    for (const auto& m : members) {
        Owner o;
        o.id = m.id;
        o.member = true;
        owners.push_back(std::move(o));
    }
    const auto rows = repo_.doneVisits(period_);
    std::vector<OwnerVisit> visits;
    visits.reserve(rows.size());
    for (const auto& r : rows)
        visits.push_back(fromFields<OwnerVisit>(r.id, 0, false, parseJson(r.fields)));

    // The company's rules, as the app and the day's summary apply them.
    const auto coverage = memberCoverage(owners, visits, Timestamp::fromUtcMs(period_.fromMs),
                                         Timestamp::fromUtcMs(period_.toMs), rest);

    json unvisited = json::array();
    const std::set<std::string> missing(coverage.unvisitedMemberIds.begin(), coverage.unvisitedMemberIds.end());
    for (const auto& m : members)
        if (missing.count(m.id))
            unvisited.push_back({{"id", m.id},
                                 {"name", m.name},
                                 {"unit_id", m.unitId},
                                 {"unit", m.unitNumber},
                                 {"building", m.buildingName}});

    int followingService = 0;
    int onTime = 0;
    json late = json::array();
    json inRest = json::array();
    std::map<std::string, int> outcomes{{"satisfied", 0}, {"average", 0}, {"unsatisfied", 0}};
    json suggestions = json::array();
    int lateCount = 0;
    for (std::size_t i = 0; i < visits.size(); ++i) {
        const auto& v = visits[i];
        if (!v.visitedAt)
            continue; // done without a time: memberCoverage leaves it out as well
        const auto at = v.visitedAt->atOffset(offsetMin_).toIso();
        const json row{{"id", v.id},
                       {"owner_id", v.ownerId},
                       {"owner_name", rows[i].ownerName},
                       {"staff_id", v.staffId},
                       {"visited_at", at}};
        if (const auto due = visitDueAt(v)) {
            ++followingService;
            if (isOnTime(v)) {
                ++onTime;
            } else {
                ++lateCount;
                if (late.size() < maxListed) {
                    json l = row;
                    l["service_completed_at"] = v.serviceCompletedAt->atOffset(offsetMin_).toIso();
                    l["hours_after_service"]
                        = roundTo1(double(v.visitedAt->utcMs - v.serviceCompletedAt->utcMs) / msPerHour);
                    late.push_back(std::move(l));
                }
            }
        }
        if (rest.contains(*v.visitedAt) && inRest.size() < maxListed)
            inRest.push_back(row);
        if (v.outcome)
            ++outcomes[std::string{toString(*v.outcome)}];
        // Newest first (the repository's order): the latest suggestions.
        if (v.suggestions && !v.suggestions->empty() && suggestions.size() < maxSuggestions) {
            json s = row;
            s["outcome"] = v.outcome ? json(std::string{toString(*v.outcome)}) : json(nullptr);
            s["text"] = *v.suggestions;
            suggestions.push_back(std::move(s));
        }
    }

    json outcomeNumbers = json::object();
    for (const auto& [k, n] : outcomes)
        outcomeNumbers[k] = number(n);
    json share = coverage.memberOwners == 0 ? json(nullptr) : json(roundTo1(coverage.share() * 100.0));
    json onTimeShare = followingService == 0 ? json(nullptr) : json(roundTo1(100.0 * onTime / followingService));
    return {{"member_owners", number(coverage.memberOwners)},
            {"members_visited", number(coverage.visitedMembers)},
            {"coverage_percent", share},
            {"unvisited_members", unvisited},
            {"done", number(coverage.doneVisits, {{"kind", "owner_visit"}, {"status", "done"}})},
            {"following_service", number(followingService)},
            {"on_time", number(onTime)},
            {"on_time_percent", onTimeShare},
            {"late", with(number(lateCount), {{"records", late}})},
            {"in_rest_hours", with(number(coverage.visitsInRestHours), {{"records", inRest}})},
            {"outcomes", outcomeNumbers},
            {"suggestions", suggestions}};
}

json StatsReport::patrols()
{
    const json finishedFilter{{"kind", "inspection"}, {"status", "finished"}};
    const auto patrols = repo_.finishedPatrols(period_);
    // An area every N days is due once per whole N days of the period, counted from its
    // start, for the windows begun by now (a month still running is not yet due in full);
    // it was done in such a window when a finished patrol started in it.
    const std::int64_t days = (period_.toMs - period_.fromMs + msPerDay - 1) / msPerDay;
    std::map<std::string, std::vector<std::int64_t>> byArea;
    std::map<std::string, int> byStaff;
    for (const auto& p : patrols) {
        byArea[p.areaId].push_back(p.atMs);
        ++byStaff[p.staffId];
    }
    std::map<std::string, int> failedByArea;
    std::map<std::string, int> failedByCategory;
    int failedTotal = 0;
    for (const auto& f : repo_.failedLines(period_)) {
        failedByArea[f.areaId] += f.lines;
        failedByCategory[f.category] += f.lines;
        failedTotal += f.lines;
    }
    const json failedFilter = with(finishedFilter, {{"failed", "1"}});

    json areas = json::array();
    std::int64_t dueTotal = 0;
    std::int64_t doneTotal = 0;
    for (const auto& a : repo_.areas(period_.propertyId)) {
        const auto& times = byArea[a.id];
        const std::int64_t every = std::max<std::int64_t>(a.patrolEveryDays, 1);
        std::int64_t due = 0;
        std::int64_t done = 0;
        for (std::int64_t w = 0; a.active && w < days / every; ++w) {
            const std::int64_t start = period_.fromMs + w * every * msPerDay;
            const std::int64_t end = start + every * msPerDay;
            if (start >= nowMs_)
                break;
            ++due;
            done += std::any_of(times.begin(), times.end(), [&](std::int64_t t) { return t >= start && t < end; });
        }
        if (due == 0 && times.empty())
            continue;
        dueTotal += due;
        doneTotal += done;
        const json area{{"area", a.id}};
        areas.push_back({{"area_id", a.id},
                         {"name", a.name},
                         {"every_days", every},
                         {"due", number(due)},
                         {"done", number(done)},
                         {"finished", number(static_cast<std::int64_t>(times.size()), with(finishedFilter, area))},
                         {"failed_lines", number(failedByArea[a.id], with(failedFilter, area))}});
    }
    json staff = json::array();
    for (const auto& [id, n] : byStaff)
        staff.push_back({{"staff_id", id}, {"finished", number(n, with(finishedFilter, {{"staff", id}}))}});
    json byCategory = json::array();
    for (const char* c : categories)
        byCategory.push_back({{"category", c}, {"failed_lines", number(failedByCategory[c], failedFilter)}});
    return {
        {"days", days},
        {"finished", number(static_cast<std::int64_t>(patrols.size()), finishedFilter)},
        {"due", number(dueTotal)},
        {"done", number(doneTotal)},
        {"done_percent", dueTotal == 0 ? json(nullptr) : json(roundTo1(100.0 * double(doneTotal) / double(dueTotal)))},
        {"failed_lines", number(failedTotal, failedFilter)},
        {"areas", areas},
        {"staff", staff},
        {"failed_by_category", byCategory}};
}

json StatsReport::followUps()
{
    const auto rows = repo_.followUps(period_);
    std::map<std::string, int> byStatus{{"open", 0}, {"in_progress", 0}, {"fixed", 0}, {"closed", 0}};
    json overdue = json::array();
    int overdueCount = 0;
    double closeHours = 0;
    int closedTimed = 0;
    for (const auto& f : rows) {
        ++byStatus[f.status];
        // Still to be dealt with (open or being fixed, as PatrolRules counts them) and
        // past its due time now.
        // The due time as a plain number: GCC's -O2 flow analysis takes the optional's
        // value for maybe-uninitialized through the conditional expression.
        std::int64_t dueMs = nowMs_;
        if (f.dueAt)
            if (const auto due = Timestamp::parse(*f.dueAt))
                dueMs = due->utcMs;
        if ((f.status == "open" || f.status == "in_progress") && dueMs < nowMs_) {
            ++overdueCount;
            if (overdue.size() < maxListed)
                overdue.push_back({{"id", f.id},
                                   {"description", f.description},
                                   {"status", f.status},
                                   {"area_id", f.areaId ? json(*f.areaId) : json(nullptr)},
                                   {"due_at", Timestamp::fromUtcMs(dueMs).atOffset(offsetMin_).toIso()}});
        }
        if (f.status == "closed" && f.verifiedAt)
            if (const auto verified = Timestamp::parse(*f.verifiedAt); verified && verified->utcMs >= f.createdMs) {
                closeHours += double(verified->utcMs - f.createdMs) / msPerHour;
                ++closedTimed;
            }
    }
    const json kind{{"kind", "follow_up"}};
    json out{{"raised", number(static_cast<std::int64_t>(rows.size()), kind)},
             {"overdue", with(number(overdueCount), {{"records", overdue}})},
             {"mean_hours_to_close", closedTimed == 0 ? json(nullptr) : json(roundTo1(closeHours / closedTimed))}};
    for (const auto& [status, n] : byStatus)
        out[status] = number(n, with(kind, {{"status", status}}));
    return out;
}

json StatsReport::renovationChecks()
{
    const json finished{{"kind", "renovation_check"}, {"status", "finished"}};
    int total = 0;
    int failed = 0;
    json out{{"patrol", number(0)}, {"acceptance", number(0)}};
    for (const auto& r : repo_.renovationChecks(period_)) {
        out[r.kind] = number(r.checks);
        total += r.checks;
        failed += r.withFailures;
    }
    out["finished"] = number(total, finished);
    out["with_failures"] = number(failed, with(finished, {{"failed", "1"}}));
    return out;
}

} // namespace patrolbook::server
