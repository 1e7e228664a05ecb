#pragma once

// Every record type, and the list of them for code that handles all generically.

#include "patrolbook/records/area.hpp"
#include "patrolbook/records/building.hpp"
#include "patrolbook/records/checklist.hpp"
#include "patrolbook/records/checklist_revision.hpp"
#include "patrolbook/records/complaint.hpp"
#include "patrolbook/records/follow_up.hpp"
#include "patrolbook/records/handover.hpp"
#include "patrolbook/records/inspection.hpp"
#include "patrolbook/records/inspection_item.hpp"
#include "patrolbook/records/loop_event.hpp"
#include "patrolbook/records/notice.hpp"
#include "patrolbook/records/owner.hpp"
#include "patrolbook/records/owner_visit.hpp"
#include "patrolbook/records/photo.hpp"
#include "patrolbook/records/property.hpp"
#include "patrolbook/records/renovation_check.hpp"
#include "patrolbook/records/renovation_item.hpp"
#include "patrolbook/records/repair_order.hpp"
#include "patrolbook/records/staff.hpp"
#include "patrolbook/records/unit.hpp"

namespace patrolbook {

template <class... Ts>
struct TypeList {
};

// Reference data first: an import in this order never refers to a record not yet there.
using AllRecordTypes = TypeList<Property, Building, Checklist, ChecklistRevision, Area, Staff, Unit, Owner, Inspection,
                                InspectionItem, RenovationCheck, RenovationItem, OwnerVisit, FollowUp, RepairOrder,
                                Complaint, Handover, Photo, Notice, LoopEvent>;

template <class... Ts, class F>
void forEachRecordType(TypeList<Ts...>, F&& f)
{
    (f.template operator()<Ts>(), ...);
}

} // namespace patrolbook
