#pragma once

#include "patrolbook/enum_names.hpp"

// The domain's closed vocabularies (see docs/domain.md for the Chinese terms).
namespace patrolbook {

#define PATROLBOOK_ENUM_NAMES(E, ...)                                                                                  \
    template <>                                                                                                        \
    struct EnumNames<E> {                                                                                              \
        static constexpr std::array names{__VA_ARGS__};                                                                \
    }

using namespace std::string_view_literals;

enum class PropertyKind { Residential, Office, SalesCentre, Commercial };
PATROLBOOK_ENUM_NAMES(PropertyKind, "residential"sv, "office"sv, "sales_centre"sv, "commercial"sv);

enum class AreaType {
    Lobby,
    CarPark,
    Stairwell,
    Garden,
    SalesHall,
    Corridor,
    Lift,
    Entrance,
    Playground,
    Clubhouse,
    EquipmentRoom,
    Perimeter,
};
PATROLBOOK_ENUM_NAMES(AreaType, "lobby"sv, "car_park"sv, "stairwell"sv, "garden"sv, "sales_hall"sv, "corridor"sv,
                      "lift"sv, "entrance"sv, "playground"sv, "clubhouse"sv, "equipment_room"sv, "perimeter"sv);

// 细节, 清洁卫生, 设施设备, 硬质铺装, 绿植, plus items an area type adds of its own.
enum class ChecklistCategory { Details, Cleanliness, Facilities, Paving, Greenery, Special };
PATROLBOOK_ENUM_NAMES(ChecklistCategory, "details"sv, "cleanliness"sv, "facilities"sv, "paving"sv, "greenery"sv,
                      "special"sv);

// Admin: the company's administrator (系统管理员), who runs every property's registry
// (docs/admin-api.md) without being one property's staff. Last, so stored numbers keep.
enum class StaffRole { Patrol, Specialist, Manager, Office, Admin };
PATROLBOOK_ENUM_NAMES(StaffRole, "patrol"sv, "specialist"sv, "manager"sv, "office"sv, "admin"sv);

enum class Gender { Male, Female };
PATROLBOOK_ENUM_NAMES(Gender, "male"sv, "female"sv);

enum class ContactChannel { Phone, Email, Sms, InPerson };
PATROLBOOK_ENUM_NAMES(ContactChannel, "phone"sv, "email"sv, "sms"sv, "in_person"sv);

enum class ItemResult { Pass, Fail, NotApplicable };
PATROLBOOK_ENUM_NAMES(ItemResult, "pass"sv, "fail"sv, "na"sv);

enum class RecordStatus { Draft, Finished };
PATROLBOOK_ENUM_NAMES(RecordStatus, "draft"sv, "finished"sv);

// 装修巡查 (while works run) / 装修验收 (acceptance when they end).
enum class RenovationKind { Patrol, Acceptance };
PATROLBOOK_ENUM_NAMES(RenovationKind, "patrol"sv, "acceptance"sv);

enum class VisitPurpose { AfterRepair, AfterComplaint, Satisfaction, Holiday, Renewal, NewOwner };
PATROLBOOK_ENUM_NAMES(VisitPurpose, "after_repair"sv, "after_complaint"sv, "satisfaction"sv, "holiday"sv, "renewal"sv,
                      "new_owner"sv);

enum class VisitStatus { Planned, Done, Unreachable, Cancelled };
PATROLBOOK_ENUM_NAMES(VisitStatus, "planned"sv, "done"sv, "unreachable"sv, "cancelled"sv);

enum class VisitOutcome { Satisfied, Average, Unsatisfied };
PATROLBOOK_ENUM_NAMES(VisitOutcome, "satisfied"sv, "average"sv, "unsatisfied"sv);

// The service a return visit follows up.
enum class ServiceKind { Repair, Complaint, Renovation, MoveIn, Other };
PATROLBOOK_ENUM_NAMES(ServiceKind, "repair"sv, "complaint"sv, "renovation"sv, "move_in"sv, "other"sv);

enum class FollowUpStatus { Open, InProgress, Fixed, Closed };
PATROLBOOK_ENUM_NAMES(FollowUpStatus, "open"sv, "in_progress"sv, "fixed"sv, "closed"sv);

enum class FollowUpSource { InspectionItem, RenovationItem, OwnerVisit, Manual };
PATROLBOOK_ENUM_NAMES(FollowUpSource, "inspection_item"sv, "renovation_item"sv, "owner_visit"sv, "manual"sv);

// The office's review of a synced record (the console): received until someone reviews
// it; "has issues" goes back to its author, "rejected" keeps it out of the statistics.
enum class ReviewState { Received, Approved, HasIssues, Rejected };
PATROLBOOK_ENUM_NAMES(ReviewState, "received"sv, "approved"sv, "has_issues"sv, "rejected"sv);

// The return visits the server plans by rule (docs/domain.md, "Return visits"): after a
// repair or complaint, a new owner's first contact, a member not yet visited this period.
enum class VisitRule { Manual, AfterService, NewOwner, Coverage };
PATROLBOOK_ENUM_NAMES(VisitRule, "manual"sv, "after_service"sv, "new_owner"sv, "coverage"sv);

// 报修: registered for the owner -> dispatched (转单 re-dispatches, 退单 refuses back) ->
// accepted -> done (photos, materials, signature) -> rated -> return-visited -> closed.
enum class RepairStatus { Registered, Dispatched, Accepted, Done, Rated, Visited, Closed };
PATROLBOOK_ENUM_NAMES(RepairStatus, "registered"sv, "dispatched"sv, "accepted"sv, "done"sv, "rated"sv, "visited"sv,
                      "closed"sv);
enum class RepairCategory { Plumbing, Electrical, DoorsWindows, WallsFloors, Appliances, PublicFacilities, Other };
PATROLBOOK_ENUM_NAMES(RepairCategory, "plumbing"sv, "electrical"sv, "doors_windows"sv, "walls_floors"sv, "appliances"sv,
                      "public_facilities"sv, "other"sv);
enum class Urgency { Normal, Urgent, Emergency };
PATROLBOOK_ENUM_NAMES(Urgency, "normal"sv, "urgent"sv, "emergency"sv);

// 投诉, the six steps: intake (received) -> judged valid (or explained and closed) ->
// investigated -> solution proposed -> approved by the supervisor (or sent back) ->
// carried out with the owner's confirmation -> return-visited -> closed with a summary.
enum class ComplaintStatus { Received, Judged, Investigated, Proposed, Approved, CarriedOut, Visited, Closed };
PATROLBOOK_ENUM_NAMES(ComplaintStatus, "received"sv, "judged"sv, "investigated"sv, "proposed"sv, "approved"sv,
                      "carried_out"sv, "visited"sv, "closed"sv);
enum class ComplaintSeverity { Normal, Major, Emergency };
PATROLBOOK_ENUM_NAMES(ComplaintSeverity, "normal"sv, "major"sv, "emergency"sv);
enum class ComplaintJudgement { Valid, Explained };
PATROLBOOK_ENUM_NAMES(ComplaintJudgement, "valid"sv, "explained"sv);
// How the owner confirmed the outcome: a signature, or consent given by word of mouth
// and recorded by the staff member.
enum class OwnerConsent { Signature, Verbal };
PATROLBOOK_ENUM_NAMES(OwnerConsent, "signature"sv, "verbal"sv);

// 交接班: handed over by one person, confirmed by the next.
enum class HandoverStatus { Handed, Received };
PATROLBOOK_ENUM_NAMES(HandoverStatus, "handed"sv, "received"sv);
enum class Shift { Day, Night };
PATROLBOOK_ENUM_NAMES(Shift, "day"sv, "night"sv);

#undef PATROLBOOK_ENUM_NAMES

} // namespace patrolbook
