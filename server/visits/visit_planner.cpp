#include "visits/visit_planner.hpp"

#include "auth/password.hpp"
#include "patrolbook/json_parse.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/validation.hpp"
#include "patrolbook/visit_rules.hpp"
#include "storage/history_repo.hpp"
#include "storage/record_repo.hpp"
#include "storage/visit_repo.hpp"

#include <set>
#include <stdexcept>

namespace patrolbook::server {

namespace {

// An owner is new, and gets a first contact, within the week of being assigned without
// any visit (the timer runs hourly, so none is missed); one assigned long ago and never
// visited is coverage's, not a welcome call.
constexpr std::int64_t newOwnerWindowDays = newOwnerContactDays;

// Who the server's own changes are by, in a record's history.
constexpr const char* systemAccount = "system";
constexpr const char* systemDevice = "server";

template <Record T>
std::optional<T> typed(const std::string& id, const sync::Json& fields)
{
    try {
        return fromFields<T>(id, 0, false, fields);
    } catch (const std::exception&) {
        return std::nullopt; // a record the rules cannot read is left to the office
    }
}

template <Record T>
std::optional<T> loaded(RecordRepo& repo, const std::string& id)
{
    const auto stored = repo.load(std::string{Schema<T>::entity}, id);
    if (!stored || stored->state.deleted)
        return std::nullopt;
    return typed<T>(id, stored->state.fields);
}

// "2026-12" of a time in the property's zone: the coverage period it falls in.
std::string monthOf(const Timestamp& t, std::int32_t offsetMin)
{
    return t.atOffset(offsetMin).toIso().substr(0, 7);
}

} // namespace

VisitPlanner::VisitPlanner(sqlite::Database& db)
    : db_(db)
{
}

std::string VisitPlanner::generatedId(std::string_view name)
{
    // RFC 9562 version 8 with SHA-256 (its appendix B.2): the namespace keeps these ids
    // apart from any other name-based ids.
    auto hex = sha256Hex("patrolbook/owner_visit:" + std::string{name}).substr(0, 32);
    hex[12] = '8';
    hex[16] = "89ab"[std::stoi(hex.substr(16, 1), nullptr, 16) & 3];
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-"
        + hex.substr(20, 12);
}

std::optional<Property> VisitPlanner::property(const std::string& id)
{
    if (const auto it = properties_.find(id); it != properties_.end())
        return it->second;
    RecordRepo repo(db_);
    return properties_[id] = loaded<Property>(repo, id);
}

std::optional<Owner> VisitPlanner::owner(const std::string& id)
{
    if (const auto it = owners_.find(id); it != owners_.end())
        return it->second;
    RecordRepo repo(db_);
    return owners_[id] = loaded<Owner>(repo, id);
}

bool VisitPlanner::write(const std::string& name, OwnerVisit visit, const Timestamp& now)
{
    visit.id = generatedId(name);
    if (const auto problems = validate(visit); !problems.empty())
        throw std::logic_error("a visit the server planned is not valid: " + problems.front().message());
    const auto version = RecordRepo(db_).maxVersion() + 1;
    return VisitRepo(db_).insertIfAbsent(visit.id, version, visit.propertyId, jsonText(fieldsToJson(visit)), now.utcMs);
}

bool VisitPlanner::afterService(ServiceKind kind, const std::string& loopId, const std::optional<std::string>& ownerId,
                                const std::optional<std::string>& unitId, const std::string& fallbackStaff,
                                const Timestamp& doneAt, const Timestamp& now)
{
    // A return visit is to an owner: a loop for nobody in particular (a public facility)
    // has none.
    const auto who = ownerId ? owner(*ownerId) : std::nullopt;
    const auto where = who ? property(who->propertyId) : std::nullopt;
    if (!who || !where)
        return false;
    const auto rest = RestHours::forProperty(*where);
    OwnerVisit v;
    v.propertyId = who->propertyId;
    v.ownerId = who->id;
    v.unitId = unitId ? unitId : std::optional<std::string>{who->unitId};
    v.staffId = who->assignedStaffId.value_or(fallbackStaff);
    v.channel = who->channels.empty() ? ContactChannel::Phone : who->channels.front();
    v.purpose = kind == ServiceKind::Repair ? VisitPurpose::AfterRepair : VisitPurpose::AfterComplaint;
    v.rule = VisitRule::AfterService;
    v.serviceKind = kind;
    v.serviceRef = loopId;
    v.serviceCompletedAt = doneAt;
    v.plannedAt = firstContactTime(doneAt, rest);
    return write("after_service:" + loopId, std::move(v), now);
}

bool VisitPlanner::afterRepair(const RepairOrder& r, const Timestamp& now)
{
    if (r.status != RepairStatus::Done && r.status != RepairStatus::Rated)
        return false;
    const auto doneAt = r.doneAt ? *r.doneAt : r.stepAt.value_or(now);
    return afterService(ServiceKind::Repair, r.id, r.ownerId, r.unitId, r.dispatchedBy.value_or(r.registeredBy), doneAt,
                        now);
}

bool VisitPlanner::afterComplaint(const Complaint& c, const Timestamp& now)
{
    if (c.status != ComplaintStatus::CarriedOut)
        return false;
    // The step's time is the carrying out's while the complaint stays carried out.
    return afterService(ServiceKind::Complaint, c.id, c.ownerId, c.unitId, c.registeredBy, c.stepAt.value_or(now), now);
}

bool VisitPlanner::flagRestHours(const std::string& visitId, const Timestamp& now)
{
    RecordRepo repo(db_);
    auto stored = repo.load("owner_visit", visitId);
    if (!stored || stored->state.deleted)
        return false;
    const auto visit = typed<OwnerVisit>(visitId, stored->state.fields);
    const auto where = visit ? property(visit->propertyId) : std::nullopt;
    if (!visit || !where)
        return false;
    // The server's word, whatever a device sent: done inside the property's rest hours.
    const bool inRest = visit->status == VisitStatus::Done && visit->visitedAt
        && RestHours::forProperty(*where).contains(*visit->visitedAt);
    if (inRest == visit->inRestHours)
        return false;
    const auto version = repo.maxVersion() + 1;
    auto& fields = stored->state.fields;
    const sync::Json before = fields.value("in_rest_hours", sync::Json(false));
    fields["in_rest_hours"] = inRest;
    stored->state.fieldVersions["in_rest_hours"] = version;
    stored->state.version = version;
    repo.write("owner_visit", visitId, *stored, false);
    HistoryRepo(db_).add({"owner_visit", visitId, version, "edited",
                          jsonText(sync::Json{{"in_rest_hours", sync::Json::array({before, inRest})}}), std::nullopt,
                          systemAccount, systemDevice, now.utcMs});
    return true;
}

VisitPlan VisitPlanner::afterPush(const std::vector<std::pair<std::string, std::string>>& touched, const Timestamp& now)
{
    VisitPlan plan;
    RecordRepo repo(db_);
    for (const auto& [entity, id] : touched) {
        if (entity == "repair_order") {
            if (const auto r = loaded<RepairOrder>(repo, id))
                plan.afterService += afterRepair(*r, now) ? 1 : 0;
        } else if (entity == "complaint") {
            if (const auto c = loaded<Complaint>(repo, id))
                plan.afterService += afterComplaint(*c, now) ? 1 : 0;
        } else if (entity == "owner_visit") {
            plan.flagged += flagRestHours(id, now) ? 1 : 0;
        }
    }
    return plan;
}

VisitPlan VisitPlanner::planAll(const Timestamp& now)
{
    VisitPlan plan;
    VisitRepo visits(db_);
    for (const auto& s : visits.live("repair_order"))
        if (const auto r = typed<RepairOrder>(s.id, parseJson(s.fields)))
            plan.afterService += afterRepair(*r, now) ? 1 : 0;
    for (const auto& s : visits.live("complaint"))
        if (const auto c = typed<Complaint>(s.id, parseJson(s.fields)))
            plan.afterService += afterComplaint(*c, now) ? 1 : 0;
    for (const auto& s : visits.live("owner_visit"))
        plan.flagged += flagRestHours(s.id, now) ? 1 : 0;

    // Which owners have any visit, and which were visited (or have one planned) in which
    // month of their property's zone.
    std::set<std::string> visited;
    std::set<std::pair<std::string, std::string>> visitedIn; // owner, month
    std::vector<Owner> owners;
    for (const auto& s : visits.live("owner"))
        if (auto o = typed<Owner>(s.id, parseJson(s.fields))) {
            owners_[o->id] = o;
            owners.push_back(std::move(*o));
        }
    for (const auto& m : visits.visitMarks()) {
        if (m.status == "cancelled")
            continue;
        visited.insert(m.ownerId);
        const auto who = owner(m.ownerId);
        const auto where = who ? property(who->propertyId) : std::nullopt;
        const auto at = Timestamp::parse(m.status == "done" ? m.visitedAt : m.plannedAt);
        if (where && at)
            visitedIn.emplace(m.ownerId, monthOf(*at, static_cast<std::int32_t>(where->utcOffsetMin)));
    }
    for (const auto& o : owners) {
        const auto where = property(o.propertyId);
        if (!where)
            continue;
        const auto rest = RestHours::forProperty(*where);
        OwnerVisit v;
        v.propertyId = o.propertyId;
        v.ownerId = o.id;
        v.unitId = o.unitId;
        v.channel = o.channels.empty() ? ContactChannel::Phone : o.channels.front();
        if (o.assignedAt && o.assignedStaffId && !visited.contains(o.id)
            && now < o.assignedAt->plusMinutes(newOwnerWindowDays * 24 * 60)) {
            v.staffId = *o.assignedStaffId;
            v.purpose = VisitPurpose::NewOwner;
            v.rule = VisitRule::NewOwner;
            v.plannedAt = firstContactTime(std::max(now, *o.assignedAt), rest);
            plan.newOwner += write("new_owner:" + o.id, v, now) ? 1 : 0;
            continue;
        }
        const auto month = monthOf(now, static_cast<std::int32_t>(where->utcOffsetMin));
        if (!o.member || visitedIn.contains({o.id, month}))
            continue;
        if (!o.assignedStaffId) {
            ++plan.unassigned;
            continue;
        }
        v.staffId = *o.assignedStaffId;
        v.purpose = VisitPurpose::Satisfaction;
        v.rule = VisitRule::Coverage;
        v.plannedAt = firstContactTime(now, rest);
        plan.coverage += write("coverage:" + o.id + ":" + month, v, now) ? 1 : 0;
    }
    return plan;
}

} // namespace patrolbook::server
