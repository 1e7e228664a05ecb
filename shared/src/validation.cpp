#include "patrolbook/validation.hpp"

#include "patrolbook/json_parse.hpp"
#include "patrolbook/time_range.hpp"
#include "patrolbook/uuid.hpp"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace patrolbook {

namespace {

constexpr std::int32_t maxOffsetMin = 14 * 60;

// Records are validated on every save, so the message is only put together on failure.
template <class... Parts>
void need(std::vector<Error>& out, bool ok, ErrorCode code, std::string_view field, const Parts&... parts)
{
    if (ok)
        return;
    std::string message;
    (message.append(std::string_view{parts}), ...);
    out.emplace_back(ErrorDomain::Validation, code, std::move(message), std::string{field});
}

// ---- checks every field of a given type gets, whatever record it is in ----

// Types with nothing to check (enums, booleans, counts).
template <class V>
void checkValue(std::vector<Error>&, std::string_view, unsigned, const V&)
{
}

void checkValue(std::vector<Error>& out, std::string_view name, unsigned flags, const std::string& v)
{
    need(out, !(flags & Required) || !v.empty(), ErrorCode::Required, name, "'", name, "' is required");
    need(out, !(flags & IdRef) || v.empty() || isUuid(v), ErrorCode::InvalidId, name, "'", name,
         "' must be a record id (UUID)");
}

void checkValue(std::vector<Error>& out, std::string_view name, unsigned, const Timestamp& t)
{
    need(out, t.offsetMin >= -maxOffsetMin && t.offsetMin <= maxOffsetMin, ErrorCode::OutOfRange, name, "'", name,
         "' has a UTC offset beyond +/-14:00");
}

void checkValue(std::vector<Error>& out, std::string_view name, unsigned, const GeoPoint& p)
{
    need(out, std::isfinite(p.lat) && p.lat >= -90 && p.lat <= 90, ErrorCode::OutOfRange, name, "'", name,
         "': latitude must be between -90 and 90");
    need(out, std::isfinite(p.lon) && p.lon >= -180 && p.lon <= 180, ErrorCode::OutOfRange, name, "'", name,
         "': longitude must be between -180 and 180");
    need(out, !p.accuracyM || (std::isfinite(*p.accuracyM) && *p.accuracyM >= 0), ErrorCode::OutOfRange, name, "'",
         name, "': accuracy must be a distance of 0 m or more");
}

void checkValue(std::vector<Error>& out, std::string_view name, unsigned, double v)
{
    need(out, std::isfinite(v), ErrorCode::OutOfRange, name, "'", name, "' must be a finite number");
}

template <class V>
void checkValue(std::vector<Error>& out, std::string_view name, unsigned flags, const std::optional<V>& v)
{
    need(out, !(flags & Required) || v.has_value(), ErrorCode::Required, name, "'", name, "' is required");
    if (v)
        checkValue(out, name, flags & ~unsigned{Required}, *v);
}

template <class V>
void checkValue(std::vector<Error>& out, std::string_view name, unsigned flags, const std::vector<V>& v)
{
    need(out, !(flags & Required) || !v.empty(), ErrorCode::Required, name, "'", name, "' must not be empty");
}

template <Record T>
std::vector<Error> validateCommon(const T& r)
{
    std::vector<Error> out;
    need(out, isUuid(r.id), ErrorCode::InvalidId, "id", "the record id must be a UUID");
    need(out, r.version >= 0, ErrorCode::OutOfRange, "version", "version must not be negative");
    forEachField<T>([&](const auto& f) { checkValue(out, f.name, f.flags, r.*(f.member)); });
    return out;
}

void checkHours(std::vector<Error>& out, std::string_view name, const std::vector<std::string>& ranges)
{
    for (const auto& text : ranges)
        need(out, TimeRange::parse(text).has_value(), ErrorCode::InvalidValue, name, "'", name, "': '", text,
             "' is not a time range like 12:00-14:00");
}

void checkFinished(std::vector<Error>& out, RecordStatus status, const Timestamp& started,
                   const std::optional<Timestamp>& finished)
{
    if (status == RecordStatus::Finished)
        need(out, finished.has_value(), ErrorCode::Required, "finished_at", "a finished record needs its finish time");
    need(out, !finished || *finished >= started, ErrorCode::OutOfRange, "finished_at",
         "the finish time is before the start time");
}

template <class Item>
void checkAnswered(std::vector<Error>& out, RecordStatus status, const std::vector<Item>& items)
{
    if (status != RecordStatus::Finished)
        return;
    std::size_t unanswered = 0;
    for (const auto& item : items)
        if (!item.deleted && !item.result)
            ++unanswered;
    need(out, unanswered == 0, ErrorCode::Incomplete, "items", std::to_string(unanswered),
         " checklist item(s) not answered yet; answer every item before finishing");
    need(out, !items.empty(), ErrorCode::Incomplete, "items", "a finished check needs its checklist items");
}

// A calendar date "YYYY-MM-DD" (a move-in date: a day, not a moment).
bool isDate(const nlohmann::json& v)
{
    if (!v.is_string())
        return false;
    const auto& t = v.get_ref<const std::string&>();
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return false;
    for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U})
        if (t[i] < '0' || t[i] > '9')
            return false;
    const int year = std::stoi(t.substr(0, 4));
    const int month = std::stoi(t.substr(5, 2));
    const int day = std::stoi(t.substr(8, 2));
    constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1] && (month != 2 || day < 29 || leap);
}

// The owner's details kept in `extra` (ownerExtraFields), when given: null clears one.
void checkOwnerExtra(std::vector<Error>& out, const std::string& extra)
{
    if (extra.empty())
        return;
    const auto j = parseJson(extra);
    const auto get = [&j](const char* name) {
        const auto it = j.find(name);
        return it == j.end() ? nlohmann::json() : *it;
    };
    for (const char* name : {"title", "notes"})
        need(out, get(name).is_null() || get(name).is_string(), ErrorCode::InvalidValue, name, "'", name,
             "' must be text");
    const auto plates = get("car_plates");
    bool platesOk = plates.is_null() || plates.is_array();
    if (plates.is_array())
        for (const auto& p : plates)
            platesOk = platesOk && p.is_string() && !p.get_ref<const std::string&>().empty();
    need(out, platesOk, ErrorCode::InvalidValue, "car_plates", "'car_plates' must be a list of plate numbers");
    const auto moveIn = get("move_in_date");
    need(out, moveIn.is_null() || isDate(moveIn), ErrorCode::InvalidValue, "move_in_date",
         "'move_in_date' must be a date like 2024-05-01");
}

} // namespace

template <>
std::vector<Error> validate(const Property& r)
{
    auto out = validateCommon(r);
    need(out, r.utcOffsetMin >= -maxOffsetMin && r.utcOffsetMin <= maxOffsetMin, ErrorCode::OutOfRange,
         "utc_offset_min", "the property's UTC offset must be within +/-14:00");
    checkHours(out, "rest_hours", r.restHours);
    return out;
}

template <>
std::vector<Error> validate(const Building& r)
{
    auto out = validateCommon(r);
    need(out, r.floors >= 0, ErrorCode::OutOfRange, "floors", "floors must not be negative");
    return out;
}

namespace {

void checkItems(std::vector<Error>& out, const std::vector<ChecklistItem>& items)
{
    std::set<std::string> codes;
    for (const auto& item : items) {
        need(out, !item.code.empty(), ErrorCode::Required, "items", "every checklist item needs a code");
        need(out, codes.insert(item.code).second, ErrorCode::InvalidValue, "items", "checklist item code '", item.code,
             "' appears twice");
        need(out, !item.titleZh.empty() || !item.titleEn.empty(), ErrorCode::Required, "items", "checklist item '",
             item.code, "' needs a title");
    }
}

} // namespace

template <>
std::vector<Error> validate(const Checklist& r)
{
    auto out = validateCommon(r);
    checkItems(out, r.items);
    need(out, r.revision >= 0, ErrorCode::OutOfRange, "revision", "a checklist's revision must not be negative");
    return out;
}

template <>
std::vector<Error> validate(const ChecklistRevision& r)
{
    auto out = validateCommon(r);
    checkItems(out, r.items);
    need(out, r.revision >= 1, ErrorCode::OutOfRange, "revision", "a published revision is numbered from 1");
    return out;
}

template <>
std::vector<Error> validate(const Area& r)
{
    auto out = validateCommon(r);
    need(out, !r.radiusM || *r.radiusM >= 0, ErrorCode::OutOfRange, "radius_m", "the radius must not be negative");
    need(out, r.patrolEveryDays >= 1, ErrorCode::OutOfRange, "patrol_every_days",
         "an area is patrolled at least every 1 day");
    return out;
}

template <>
std::vector<Error> validate(const Staff& r)
{
    auto out = validateCommon(r);
    for (const auto& p : r.propertyIds)
        need(out, isUuid(p), ErrorCode::InvalidId, "property_ids", "'property_ids' must hold record ids (UUID)");
    return out;
}

template <>
std::vector<Error> validate(const Unit& r)
{
    return validateCommon(r);
}

template <>
std::vector<Error> validate(const Owner& r)
{
    auto out = validateCommon(r);
    need(out, !r.email || r.email->find('@') != std::string::npos, ErrorCode::InvalidValue, "email",
         "the e-mail address needs an @");
    checkHours(out, "preferred_hours", r.preferredHours);
    checkOwnerExtra(out, r.extra);
    return out;
}

template <>
std::vector<Error> validate(const Inspection& r)
{
    auto out = validateCommon(r);
    checkFinished(out, r.status, r.startedAt, r.finishedAt);
    return out;
}

template <>
std::vector<Error> validate(const InspectionItem& r)
{
    return validateCommon(r);
}

template <>
std::vector<Error> validate(const RenovationCheck& r)
{
    auto out = validateCommon(r);
    checkFinished(out, r.status, r.startedAt, r.finishedAt);
    if (r.kind == RenovationKind::Acceptance && r.status == RecordStatus::Finished)
        need(out, r.signaturePhotoId.has_value(), ErrorCode::SignatureRequired, "signature_photo_id",
             "a finished acceptance needs the owner's signature");
    return out;
}

template <>
std::vector<Error> validate(const RenovationItem& r)
{
    return validateCommon(r);
}

template <>
std::vector<Error> validate(const OwnerVisit& r)
{
    auto out = validateCommon(r);
    if (r.status == VisitStatus::Planned)
        need(out, r.plannedAt.has_value(), ErrorCode::Required, "planned_at", "a planned visit needs its time");
    if (r.status == VisitStatus::Done) {
        need(out, r.visitedAt.has_value(), ErrorCode::Required, "visited_at", "a done visit needs its time");
        need(out, r.outcome.has_value(), ErrorCode::Required, "outcome",
             "a done visit needs its outcome: satisfied, average or unsatisfied");
    }
    // Only once the visit is done: while it is being recorded, the outcome is often
    // chosen before the note is typed, and each is saved as it is given.
    if (r.status == VisitStatus::Done && r.outcome && *r.outcome != VisitOutcome::Satisfied) {
        const bool hasNote = r.note && r.note->find_first_not_of(" \t\r\n") != std::string::npos;
        need(out, hasNote, ErrorCode::NoteRequired, "note",
             "an owner who is not satisfied needs a note saying what to improve");
    }
    need(out, !r.durationMin || *r.durationMin >= 0, ErrorCode::OutOfRange, "duration_min",
         "the duration must not be negative");
    return out;
}

template <>
std::vector<Error> validate(const FollowUp& r)
{
    auto out = validateCommon(r);
    if (r.status == FollowUpStatus::Closed) {
        need(out, r.verifiedBy.has_value(), ErrorCode::VerifierRequired, "verified_by",
             "a follow-up is closed only once someone has checked the fix: set who verified it");
        need(out, r.verifiedAt.has_value(), ErrorCode::VerifierRequired, "verified_at",
             "a closed follow-up needs the time it was verified");
    }
    return out;
}

template <>
std::vector<Error> validate(const Photo& r)
{
    auto out = validateCommon(r);
    need(out, isSha256Hex(r.sha256), ErrorCode::InvalidValue, "sha256", "sha256 must be 64 lowercase hex digits");
    need(out, r.sizeBytes > 0, ErrorCode::OutOfRange, "size_bytes", "a photo has at least one byte");
    need(out, r.width >= 0 && r.height >= 0, ErrorCode::OutOfRange, "width", "photo dimensions must not be negative");
    return out;
}

template <>
std::vector<Error> validate(const Notice& r)
{
    auto out = validateCommon(r);
    need(out, r.recordVersion >= 0, ErrorCode::OutOfRange, "record_version", "record_version must not be negative");
    need(out, r.state != ReviewState::HasIssues || (r.comment && !r.comment->empty()), ErrorCode::Required, "comment",
         "a record that has issues comes with a comment saying what to put right");
    return out;
}

// The loops' status rules beyond their steps' needs (loops/*_flow.hpp): what a record in
// a status must carry whoever wrote it.
template <>
std::vector<Error> validate(const RepairOrder& r)
{
    auto out = validateCommon(r);
    const bool dispatched = r.status != RepairStatus::Registered;
    need(out, !dispatched || r.assigneeId.has_value() || r.team.has_value(), ErrorCode::Required, "assignee_id",
         "a dispatched repair order names who carries it out");
    const bool done = r.status == RepairStatus::Done || r.status == RepairStatus::Rated
        || r.status == RepairStatus::Visited || r.status == RepairStatus::Closed;
    need(out, !done || r.doneAt.has_value(), ErrorCode::Required, "done_at",
         "a done repair needs the time it was done");
    return out;
}

template <>
std::vector<Error> validate(const Complaint& r)
{
    auto out = validateCommon(r);
    need(out, r.severity == ComplaintSeverity::Normal || r.escalated, ErrorCode::InvalidValue, "escalated",
         "a major complaint or an emergency goes to the manager at once");
    need(out, r.status != ComplaintStatus::Closed || r.judgement.has_value(), ErrorCode::Required, "judgement",
         "a closed complaint was judged valid or explained");
    return out;
}

template <>
std::vector<Error> validate(const Handover& r)
{
    auto out = validateCommon(r);
    if (r.status == HandoverStatus::Received) {
        need(out, r.receivedBy.has_value(), ErrorCode::Required, "received_by",
             "a received handover names who took it over");
        need(out, r.receivedAt.has_value(), ErrorCode::Required, "received_at",
             "a received handover needs the time it was taken over");
    }
    for (const auto& item : r.openItems)
        need(out, item.find(':') != std::string::npos, ErrorCode::InvalidValue, "open_items",
             "an open item is written entity:id");
    return out;
}

template <>
std::vector<Error> validate(const LoopEvent& r)
{
    return validateCommon(r);
}

std::vector<Error> validateCompletion(const Inspection& inspection, const std::vector<InspectionItem>& items)
{
    std::vector<Error> out;
    checkAnswered(out, inspection.status, items);
    return out;
}

std::vector<Error> validateCompletion(const RenovationCheck& check, const std::vector<RenovationItem>& items)
{
    std::vector<Error> out;
    checkAnswered(out, check.status, items);
    return out;
}

} // namespace patrolbook
