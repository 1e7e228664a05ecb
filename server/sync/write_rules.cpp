#include "sync/write_rules.hpp"

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
    if (e == "staff" || e == "checklist")
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
    {"inspection", "inspector_id", false},
    {"renovation_check", "inspector_id", false},
    {"owner_visit", "staff_id", true},
    {"follow_up", "created_by", false},
};

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
    // Who checked a fix is whoever closes it.
    if (entity == "follow_up") {
        const auto verifier = textField(merged, "verified_by");
        if (!verifier.empty() && verifier != textField(previous, "verified_by") && verifier != who.accountId)
            return "verified_by says who checked the fix: it must be you (" + who.accountId + ")";
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

// The record the fields describe, field by field as far as each is readable; a record
// not stored yet reads as a new one in its first status.
template <class T>
T recordFrom(const FieldLookup& fields)
{
    T r;
    for (const auto& name : knownFieldNames(Schema<T>::entity)) {
        auto value = fields(name.c_str());
        if (value.is_null())
            continue;
        try {
            applyFields(r, sync::Json{{name, std::move(value)}});
        } catch (const Error&) {
            // An unreadable field is validation's to report; the step is judged on the rest.
        }
    }
    return r;
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
    return isItem(entity) || std::any_of(std::begin(whoFields), std::end(whoFields), [&](const WhoField& f) {
               return entity == f.entity;
           });
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
    const bool frontDesk = who.role == StaffRole::Office;
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
    if (entity == "repair_order" || entity == "complaint")
        return loopStepRefusal(who, entity, merged, previous);
    return std::nullopt;
}

} // namespace patrolbook::server
