#include "vocabulary.hpp"
#include "form_support.hpp"

#include "patrolbook/records.hpp"

#include <type_traits>

using namespace patrolbook;

namespace {

QString wireText(std::string_view s)
{
    return form::qstr(s);
}

} // namespace

Vocabulary::Vocabulary(QObject* parent)
    : QObject(parent)
{
}

QString Vocabulary::label(AreaType v)
{
    switch (v) {
    case AreaType::Lobby:
        return tr("Lobby");
    case AreaType::CarPark:
        return tr("Car park");
    case AreaType::Stairwell:
        return tr("Stairwell");
    case AreaType::Garden:
        return tr("Garden");
    case AreaType::SalesHall:
        return tr("Sales hall");
    case AreaType::Corridor:
        return tr("Corridor");
    case AreaType::Lift:
        return tr("Lift");
    case AreaType::Entrance:
        return tr("Entrance");
    case AreaType::Playground:
        return tr("Playground");
    case AreaType::Clubhouse:
        return tr("Clubhouse");
    case AreaType::EquipmentRoom:
        return tr("Equipment room");
    case AreaType::Perimeter:
        return tr("Perimeter");
    }
    return {};
}

QString Vocabulary::label(ChecklistCategory v)
{
    switch (v) {
    case ChecklistCategory::Details:
        return tr("Details");
    case ChecklistCategory::Cleanliness:
        return tr("Cleanliness");
    case ChecklistCategory::Facilities:
        return tr("Facilities and equipment");
    case ChecklistCategory::Paving:
        return tr("Hard paving");
    case ChecklistCategory::Greenery:
        return tr("Greenery");
    case ChecklistCategory::Special:
        return tr("Special");
    }
    return {};
}

QString Vocabulary::label(StaffRole v)
{
    switch (v) {
    case StaffRole::Patrol:
        return tr("Patrol staff");
    case StaffRole::Specialist:
        return tr("Customer-service specialist");
    case StaffRole::Manager:
        return tr("Supervisor");
    case StaffRole::Office:
        return tr("Front desk");
    case StaffRole::Admin:
        return tr("Administrator");
    }
    return {};
}

QString Vocabulary::label(Gender v)
{
    switch (v) {
    case Gender::Male:
        return tr("Male");
    case Gender::Female:
        return tr("Female");
    }
    return {};
}

QString Vocabulary::label(ContactChannel v)
{
    switch (v) {
    case ContactChannel::Phone:
        return tr("Phone");
    case ContactChannel::Email:
        return tr("E-mail");
    case ContactChannel::Sms:
        return tr("SMS");
    case ContactChannel::InPerson:
        return tr("In person");
    }
    return {};
}

QString Vocabulary::label(ItemResult v)
{
    switch (v) {
    case ItemResult::Pass:
        return tr("Pass");
    case ItemResult::Fail:
        return tr("Fail");
    case ItemResult::NotApplicable:
        return tr("N/A");
    }
    return {};
}

QString Vocabulary::label(RecordStatus v)
{
    switch (v) {
    case RecordStatus::Draft:
        return tr("In progress");
    case RecordStatus::Finished:
        return tr("Finished");
    }
    return {};
}

QString Vocabulary::label(RenovationKind v)
{
    switch (v) {
    case RenovationKind::Patrol:
        return tr("Renovation patrol");
    case RenovationKind::Acceptance:
        return tr("Renovation acceptance");
    }
    return {};
}

QString Vocabulary::label(VisitPurpose v)
{
    switch (v) {
    case VisitPurpose::AfterRepair:
        return tr("After a repair");
    case VisitPurpose::AfterComplaint:
        return tr("After a complaint");
    case VisitPurpose::Satisfaction:
        return tr("Satisfaction survey");
    case VisitPurpose::Holiday:
        return tr("Holiday or occasion");
    case VisitPurpose::Renewal:
        return tr("Membership renewal");
    case VisitPurpose::NewOwner:
        return tr("New owner");
    }
    return {};
}

QString Vocabulary::label(VisitStatus v)
{
    switch (v) {
    case VisitStatus::Planned:
        return tr("Planned");
    case VisitStatus::Done:
        return tr("Done");
    case VisitStatus::Unreachable:
        return tr("Not reached");
    case VisitStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Vocabulary::label(VisitOutcome v)
{
    switch (v) {
    case VisitOutcome::Satisfied:
        return tr("Satisfied");
    case VisitOutcome::Average:
        return tr("Average");
    case VisitOutcome::Unsatisfied:
        return tr("Unsatisfied");
    }
    return {};
}

QString Vocabulary::label(ServiceKind v)
{
    switch (v) {
    case ServiceKind::Repair:
        return tr("Repair");
    case ServiceKind::Complaint:
        return tr("Complaint");
    case ServiceKind::Renovation:
        return tr("Renovation");
    case ServiceKind::MoveIn:
        return tr("Moving in");
    case ServiceKind::Other:
        return tr("Other service");
    }
    return {};
}

QString Vocabulary::label(FollowUpStatus v)
{
    switch (v) {
    case FollowUpStatus::Open:
        return tr("Open");
    case FollowUpStatus::InProgress:
        return tr("Being fixed");
    case FollowUpStatus::Fixed:
        return tr("Fixed, to check");
    case FollowUpStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString Vocabulary::label(FollowUpSource v)
{
    switch (v) {
    case FollowUpSource::InspectionItem:
        return tr("From an area patrol");
    case FollowUpSource::RenovationItem:
        return tr("From a renovation check");
    case FollowUpSource::OwnerVisit:
        return tr("From an owner visit");
    case FollowUpSource::Manual:
        return tr("Entered by hand");
    }
    return {};
}

QString Vocabulary::label(PropertyKind v)
{
    switch (v) {
    case PropertyKind::Residential:
        return tr("Residential");
    case PropertyKind::Office:
        return tr("Office building");
    case PropertyKind::SalesCentre:
        return tr("Sales centre");
    case PropertyKind::Commercial:
        return tr("Commercial");
    }
    return {};
}

QString Vocabulary::statusLabel(std::string_view wire)
{
    if (const auto v = enumFromString<RecordStatus>(wire))
        return label(*v);
    if (const auto v = enumFromString<VisitStatus>(wire))
        return label(*v);
    if (const auto v = enumFromString<FollowUpStatus>(wire))
        return label(*v);
    if (wire == "unresolved")
        return tr("Open or being fixed");
    return wireText(wire);
}

namespace {

// A record type's name, by type: a record type added to shared/ without its words here
// does not compile.
template <class T>
QString recordTypeLabel()
{
    using namespace patrolbook;
    if constexpr (std::is_same_v<T, Property>)
        return Vocabulary::tr("Property");
    else if constexpr (std::is_same_v<T, Building>)
        return Vocabulary::tr("Building");
    else if constexpr (std::is_same_v<T, Checklist>)
        return Vocabulary::tr("Checklist");
    else if constexpr (std::is_same_v<T, Area>)
        return Vocabulary::tr("Area");
    else if constexpr (std::is_same_v<T, Staff>)
        return Vocabulary::tr("Staff member");
    else if constexpr (std::is_same_v<T, Unit>)
        return Vocabulary::tr("Unit");
    else if constexpr (std::is_same_v<T, Owner>)
        return Vocabulary::tr("Owner");
    else if constexpr (std::is_same_v<T, Inspection>)
        return Vocabulary::tr("Area patrol");
    else if constexpr (std::is_same_v<T, InspectionItem>)
        return Vocabulary::tr("Patrol line");
    else if constexpr (std::is_same_v<T, RenovationCheck>)
        return Vocabulary::tr("Renovation check");
    else if constexpr (std::is_same_v<T, RenovationItem>)
        return Vocabulary::tr("Renovation line");
    else if constexpr (std::is_same_v<T, OwnerVisit>)
        return Vocabulary::tr("Owner visit");
    else if constexpr (std::is_same_v<T, FollowUp>)
        return Vocabulary::tr("Follow-up");
    else if constexpr (std::is_same_v<T, Photo>)
        return Vocabulary::tr("Photo");
    else if constexpr (std::is_same_v<T, Notice>)
        return Vocabulary::tr("Review notice");
    else if constexpr (std::is_same_v<T, RepairOrder>)
        return Vocabulary::tr("Repair order");
    else if constexpr (std::is_same_v<T, Complaint>)
        return Vocabulary::tr("Complaint");
    else if constexpr (std::is_same_v<T, Handover>)
        return Vocabulary::tr("Shift handover");
    else if constexpr (std::is_same_v<T, ChecklistRevision>)
        return Vocabulary::tr("Checklist revision");
    else if constexpr (std::is_same_v<T, LoopEvent>)
        return Vocabulary::tr("Step");
    else
        static_assert(sizeof(T) == 0,
                      "a record type without its name in the user's language"); // dependent: fires only here
}

} // namespace

QString Vocabulary::entityLabel(std::string_view e)
{
    QString out;
    patrolbook::forEachRecordType(patrolbook::AllRecordTypes{}, [&]<class T>() {
        if (patrolbook::Schema<T>::entity == e)
            out = recordTypeLabel<T>();
    });
    return out.isEmpty() ? wireText(e) : out;
}

QString Vocabulary::label(Values::SyncState v)
{
    switch (v) {
    case Values::SyncState::Synced:
        return tr("Sent");
    case Values::SyncState::Pending:
        return tr("Waiting to send");
    case Values::SyncState::Rejected:
        return tr("Refused by the server");
    case Values::SyncState::Conflict:
        return tr("Changed by someone else");
    }
    return {};
}
