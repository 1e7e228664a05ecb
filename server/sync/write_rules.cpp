#include "sync/write_rules.hpp"

#include "sync/record_from.hpp"

#include "patrolbook/entities.hpp"
#include "patrolbook/enum_names.hpp"
#include "patrolbook/follow_up_flow.hpp"
#include "patrolbook/loops/complaint_flow.hpp"
#include "patrolbook/loops/repair_flow.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/validation.hpp"

#include <algorithm>

namespace patrolbook::server {

std::optional<std::string> validationProblem(const std::string& entity, const std::string& id, const sync::Json& fields)
{
    std::optional<std::string> problem;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (Schema<T>::entity != entity)
            return;
        try {
            const auto problems = validate(fromFields<T>(id, 0, false, fields));
            if (!problems.empty())
                problem = problems.front().message();
        } catch (const Error& e) {
            problem = e.message();
        }
    });
    return problem;
}

std::string textField(const sync::Json& fields, const char* name)
{
    auto it = fields.find(name);
    return it != fields.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

std::string textField(const FieldLookup& fields, const char* name)
{
    const auto value = fields(name);
    return value.is_string() ? value.get<std::string>() : std::string{};
}

FieldLookup lookupIn(const sync::Json& fields)
{
    return [&fields](const char* name) {
        const auto it = fields.find(name);
        return it != fields.end() ? *it : sync::Json();
    };
}

bool isItem(const std::string& entity)
{
    return entity == "inspection_item" || entity == "renovation_item";
}

std::optional<EntityPlacement> placementOf(const std::string& e)
{
    // A notice is the server's (ReviewHandler); its recipient only answers it (writeRefusal).
    if (e == "inspection" || e == "renovation_check" || e == "owner_visit" || e == "follow_up" || e == "area"
        || e == "notice" || e == "repair_order" || e == "complaint" || e == "handover")
        return EntityPlacement{.deviceWritable = true, .ownProperty = true};
    // A loop's steps are recorded by the server as it accepts them (LoopEvents).
    if (e == "loop_event")
        return EntityPlacement{.ownProperty = true};
    if (e == "inspection_item")
        return EntityPlacement{.deviceWritable = true, .parentField = "inspection_id", .parentEntity = "inspection"};
    if (e == "renovation_item")
        return EntityPlacement{.deviceWritable = true, .parentField = "check_id", .parentEntity = "renovation_check"};
    if (e == "photo")
        return EntityPlacement{
            .deviceWritable = true, .parentField = "record_id", .parentEntityField = "record_entity"};
    if (e == "building" || e == "unit" || e == "owner")
        return EntityPlacement{.ownProperty = true};
    if (e == "property")
        return EntityPlacement{};
    // A published checklist revision is the server's (the admin API publishes it).
    if (e == "staff" || e == "checklist" || e == "checklist_revision")
        return EntityPlacement{}; // no property: visible to everyone signed in
    return std::nullopt;
}

std::optional<ParentRef> parentOf(const EntityPlacement& placement, const sync::Json& fields)
{
    return parentOf(placement, lookupIn(fields));
}

std::optional<ParentRef> parentOf(const EntityPlacement& placement, const FieldLookup& fields)
{
    if (!placement.parentField)
        return std::nullopt;
    return ParentRef{placement.parentEntity ? std::string{placement.parentEntity}
                                            : textField(fields, placement.parentEntityField),
                     textField(fields, placement.parentField)};
}

namespace {

// Fields that say who did the work. A new record names the caller in them (a manager may
// assign a visit to a member of the team); afterwards nobody changes them: the patrol
// stays the officer's when the manager corrects it.
struct WhoField {
    const char* entity;
    const char* field;
    bool managerAssigns;
};
constexpr WhoField whoFields[] = {
    {"inspection", "inspector_id", false},    {"renovation_check", "inspector_id", false},
    {"owner_visit", "staff_id", true},        {"follow_up", "created_by", false},
    {"repair_order", "registered_by", false}, {"complaint", "registered_by", false},
    {"handover", "handed_by", false},
};

// Fields a step stamps with who took it: when set or changed, the caller.
struct StampField {
    const char* entity;
    const char* field;
    const char* says;
};
constexpr StampField stampFields[] = {
    {"follow_up", "verified_by", "who checked the fix"},
    {"repair_order", "dispatched_by", "who dispatched the order"},
    {"complaint", "approved_by", "who approved the solution"},
    {"handover", "received_by", "who took the shift over"},
};

// What a repair order or complaint was registered with: the registrar's (and for a
// repair order its dispatcher's) or a manager's to correct; the others only take steps.
bool isIntakeField(const std::string& entity, const std::string& name)
{
    static const std::vector<std::string> repair{"property_id", "unit_id", "owner_id",      "channel", "category",
                                                 "description", "urgency", "registered_at", "team"};
    static const std::vector<std::string> complaint{"property_id", "unit_id",     "owner_id", "complainant",
                                                    "channel",     "received_at", "content",  "complaint_class",
                                                    "severity",    "escalated"};
    const auto& list = entity == "repair_order" ? repair : complaint;
    return std::find(list.begin(), list.end(), name) != list.end();
}

std::optional<std::string> whoRefusal(const Principal& who, const std::string& entity, const FieldLookup& merged,
                                      const FieldLookup& previous)
{
    for (const auto& f : whoFields) {
        if (entity != f.entity)
            continue;
        const auto now = textField(merged, f.field);
        const auto before = textField(previous, f.field);
        // Managers and the front desk assign (and reassign) visits to the team.
        const bool assigns = f.managerAssigns && (who.role == StaffRole::Manager || who.role == StaffRole::Office);
        if (before.empty()) {
            if (now != who.accountId && !assigns)
                return std::string{f.field} + " says who did this work: it must be you (" + who.accountId + ")";
        } else if (now != before && !assigns) {
            return std::string{f.field} + " says who did this work and cannot be changed";
        }
    }
    // Who took a step is whoever pushes it (who checked a fix, dispatched, approved ...).
    for (const auto& f : stampFields) {
        if (entity != f.entity)
            continue;
        const auto stamp = textField(merged, f.field);
        if (!stamp.empty() && stamp != textField(previous, f.field) && stamp != who.accountId)
            return std::string{f.field} + " says " + f.says + ": it must be you (" + who.accountId + ")";
    }
    return std::nullopt;
}

// A notice is written by the office's review; its recipient answers it (reply, when
// corrected) and nothing else: not its state, not its comment, not whose it is.
std::optional<std::string> noticeRefusal(const Principal& who, const FieldLookup& merged, const FieldLookup& previous,
                                         bool deleting)
{
    const auto recipient = textField(previous, "recipient_id");
    if (recipient.empty() || deleting)
        return "review notices come from the office; a phone only answers them";
    if (recipient != who.accountId)
        return "only the person a review notice is for answers it";
    for (const auto& name : knownFieldNames("notice"))
        if (name != "reply" && name != "corrected_at" && merged(name.c_str()) != previous(name.c_str()))
            return "only the reply and the time of the correction of a review notice are yours to write";
    return std::nullopt;
}

// A repair order or complaint is registered by those who take owners' calls; afterwards
// what it was registered with is its registrar's, its dispatcher's or a manager's to
// correct, and everyone else (its assignee, another desk colleague) only takes steps.
std::optional<std::string> loopRecordRefusal(const Principal& who, const std::string& entity, const FieldLookup& merged,
                                             const FieldLookup& previous, bool deleting)
{
    const bool desk = actsAs(LoopActor::Desk, who.role, false);
    const bool isNew = textField(previous, "status").empty();
    if (isNew)
        return desk ? std::nullopt
                    : std::optional<std::string>{"repair orders and complaints are registered by the front desk, "
                                                 "a specialist or a manager"};
    if (who.role == StaffRole::Manager)
        return std::nullopt;
    if (deleting)
        return "only a manager can delete a " + std::string{entity == "complaint" ? "complaint" : "repair order"}
        + "; close it instead";
    const bool corrects = textField(previous, "registered_by") == who.accountId
        || (entity == "repair_order" && textField(previous, "dispatched_by") == who.accountId);
    if (!corrects)
        for (const auto& name : knownFieldNames(entity))
            if (isIntakeField(entity, name) && merged(name.c_str()) != previous(name.c_str()))
                return "'" + name + "' is as it was registered: only its registrar or a manager corrects it";
    return std::nullopt;
}

// 交接班: written by the one handing over; taken over (received) by anyone else of the
// property, or by the one it names, who changes nothing but the receipt.
std::optional<std::string> handoverRefusal(const Principal& who, const FieldLookup& merged, const FieldLookup& previous,
                                           bool deleting)
{
    const auto before = textField(previous, "status");
    if (before.empty())
        return textField(merged, "status") == "handed"
            ? std::nullopt
            : std::optional<std::string>{"a handover is handed first; the next shift confirms it"};
    const auto handedBy = textField(previous, "handed_by");
    if (before == "received")
        return who.role == StaffRole::Manager
            ? std::nullopt
            : std::optional<std::string>{"this handover was taken over already and can no longer be changed"};
    if (textField(merged, "status") != "received") {
        if (who.accountId != handedBy && who.role != StaffRole::Manager)
            return "only the one who handed this shift over changes the handover";
        return std::nullopt;
    }
    if (deleting)
        return "a handover taken over is kept";
    if (who.accountId == handedBy)
        return "the next shift confirms a handover, not the one who handed it over";
    if (const auto to = textField(previous, "to_staff_id"); !to.empty() && to != who.accountId)
        return "this handover is for a named colleague: only they take it over";
    for (const auto& name : knownFieldNames("handover"))
        if (name != "status" && name != "received_by" && name != "received_at" && name != "receive_note"
            && merged(name.c_str()) != previous(name.c_str()))
            return "taking a shift over changes only its receipt; '" + name + "' is the handing-over's";
    if (textField(merged, "received_by") != who.accountId)
        return "received_by says who took the shift over: it must be you (" + who.accountId + ")";
    return std::nullopt;
}

// A loop's status moves only along its steps (loops/*_flow.hpp), by whom each allows:
// the same tables the app offers its actions from.
std::optional<std::string> loopStepRefusal(const Principal& who, const std::string& entity, const FieldLookup& merged,
                                           const FieldLookup& previous)
{
    if (entity == "follow_up")
        return FollowUpFlow::refusal(recordFrom<FollowUp>(previous), recordFrom<FollowUp>(merged), who.accountId,
                                     who.role);
    if (entity == "repair_order")
        return RepairFlow::refusal(recordFrom<RepairOrder>(previous), recordFrom<RepairOrder>(merged), who.accountId,
                                   who.role);
    if (entity == "complaint")
        return ComplaintFlow::refusal(recordFrom<Complaint>(previous), recordFrom<Complaint>(merged), who.accountId,
                                      who.role);
    return std::nullopt;
}

} // namespace

std::optional<Ownership> ownershipIn(const std::string& entity, const FieldLookup& fields)
{
    if (entity == "notice")
        return Ownership{{textField(fields, "recipient_id")}, false};
    // A handover is judged whole by handoverRefusal: the next shift is nobody's owner.
    if (entity == "handover")
        return std::nullopt;
    // A repair order or complaint is the desk's (anyone who registers and dispatches)
    // and its worker's; closed, a manager's only.
    if (entity == "repair_order" || entity == "complaint") {
        Ownership out;
        out.desk = true;
        for (const char* field : {"registered_by", entity == "complaint" ? "handler_id" : "assignee_id"})
            if (auto id = textField(fields, field); !id.empty())
                out.owners.push_back(std::move(id));
        out.closed = textField(fields, "status") == "closed";
        return out;
    }
    // Whose work it is: the field that says who did it (the same list the who-rule
    // guards), and for a follow-up also the one it is assigned to.
    const auto maker = std::find_if(std::begin(whoFields), std::end(whoFields),
                                    [&](const WhoField& f) { return entity == f.entity; });
    if (maker == std::end(whoFields))
        return std::nullopt;
    Ownership out;
    for (const char* field : {maker->field, entity == "follow_up" ? "assignee_id" : nullptr})
        if (field)
            if (auto id = textField(fields, field); !id.empty())
                out.owners.push_back(std::move(id));
    const auto status = textField(fields, "status");
    out.closed = entity == "follow_up" ? status == "closed" : status == "finished";
    return out;
}

bool mayHavePhotos(const std::string& entity)
{
    // Someone's work, or a line of it: a photo is then judged by whose work it shows.
    // (Not an area, whose photos would be nobody's and anyone's to delete.)
    return isItem(entity)
        || (entity != "handover" && std::any_of(std::begin(whoFields), std::end(whoFields), [&](const WhoField& f) {
                return entity == f.entity;
            }));
}

std::optional<std::string> accessRefusal(const Principal& who, const std::optional<std::string>& storedProperty,
                                         const std::optional<std::string>& property)
{
    // Both: nobody moves a record into, or out of, a property that is not theirs.
    for (const auto& p : {storedProperty, property})
        if (p && !p->empty() && !who.hasProperty(*p))
            return "you do not have access to this property (any more); ask your manager";
    if (property && property->empty())
        return "the record has no property_id";
    return std::nullopt;
}

std::optional<std::string> ownershipRefusal(const Principal& who, const Ownership& owned)
{
    if (who.role == StaffRole::Manager)
        return std::nullopt;
    // The front desk registers and dispatches follow-ups and visits for everyone (which
    // records it may write at all is writeRefusal's); it does not reopen closed ones.
    // A repair order or complaint is also every specialist's, who take owners' calls.
    const bool frontDesk = who.role == StaffRole::Office || (owned.desk && who.role == StaffRole::Specialist);
    if (!frontDesk && std::find(owned.owners.begin(), owned.owners.end(), who.accountId) == owned.owners.end())
        return "this is a colleague's work: only they, or a manager, can change it";
    if (owned.closed)
        return "this record is finished (or closed) and can no longer be changed; ask a manager";
    return std::nullopt;
}

std::optional<std::string> childRefusal(const Principal& who, const std::string& entity, bool isNew, Ownership parent)
{
    if (entity == "photo" && isNew)
        parent.closed = false;
    return ownershipRefusal(who, parent);
}

std::optional<std::string> writeRefusal(const Principal& who, const std::string& entity, const FieldLookup& merged,
                                        const FieldLookup& previous, bool deleting)
{
    // Deletes too: a record sent already deleted still names who made it.
    if (auto refusal = whoRefusal(who, entity, merged, previous))
        return refusal;
    if (entity == "notice") // whoever made the record it is about may answer it
        return noticeRefusal(who, merged, previous, deleting);
    // The front desk registers and dispatches: follow-ups, visits, repairs, complaints,
    // handovers, and their photos; not patrols and renovation checks.
    const auto deskEntity = [](const std::string& e) {
        return e == "follow_up" || e == "owner_visit" || e == "repair_order" || e == "complaint" || e == "handover";
    };
    if (who.role == StaffRole::Office && !deskEntity(entity) && entity != "photo")
        return "front-desk accounts record follow-ups, visits, repairs, complaints and handovers only";
    if (who.role == StaffRole::Office && entity == "photo" && !deskEntity(textField(merged, "record_entity")))
        return "front-desk accounts record follow-ups, visits, repairs, complaints and handovers only";
    // A photo record's hash is the bytes it shows (and whose upload it claims): another
    // photo is another record.
    if (entity == "photo" && !textField(previous, "sha256").empty()
        && textField(merged, "sha256") != textField(previous, "sha256"))
        return "a photo's sha256 names its picture and cannot be changed; add the new photo instead";
    if (entity == "area" && who.role != StaffRole::Manager)
        return "only a manager can change areas";
    if (entity == "follow_up" && deleting && who.role != StaffRole::Manager)
        return "only a manager can delete a follow-up; close it with a verifier instead";
    if (entity == "follow_up" && !textField(previous, "status").empty())
        return loopStepRefusal(who, entity, merged, previous);
    if (entity == "handover")
        return handoverRefusal(who, merged, previous, deleting);
    if (entity == "repair_order" || entity == "complaint") {
        if (auto refusal = loopRecordRefusal(who, entity, merged, previous, deleting))
            return refusal;
        return loopStepRefusal(who, entity, merged, previous);
    }
    return std::nullopt;
}

} // namespace patrolbook::server
