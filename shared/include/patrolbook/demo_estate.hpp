#pragma once

#include "patrolbook/records.hpp"
#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <vector>

namespace patrolbook {

class RecordStore;

// A realistic estate for demos, tests and benchmarks: two properties, a few buildings,
// 40 areas of different kinds with their checklists, 200 units and owners with Chinese
// names, staff in every role (usernames patrol, specialist, manager, office among them),
// and a week of history before `now` (patrols, visits, follow-ups). With `historyDays`
// over 7, older days follow (four patrols and about two visits a day, their follow-ups
// mostly closed): what a demo of the office's statistics wants. The same seed, `now` and
// `historyDays` give the same records, ids included; the week's records are the same
// whatever `historyDays`.
struct DemoEstate {
    std::vector<Property> properties;
    std::vector<Building> buildings;
    std::vector<Checklist> checklists;
    std::vector<Area> areas;
    std::vector<Staff> staff;
    std::vector<Unit> units;
    std::vector<Owner> owners;
    std::vector<Inspection> inspections;
    std::vector<InspectionItem> inspectionItems;
    std::vector<OwnerVisit> visits;
    std::vector<FollowUp> followUps;
    // The closed loops (demo_loops.cpp), each state reached through the shared flows.
    std::vector<RepairOrder> repairOrders;
    std::vector<Complaint> complaints;
    std::vector<Handover> handovers;
    std::vector<LoopEvent> loopEvents;
};

DemoEstate makeDemoEstate(Timestamp now, std::uint64_t seed = 2026, int historyDays = 7);

// Writes the estate as server state (no outbox entries), in one transaction.
void loadDemoEstate(RecordStore& store, const DemoEstate& estate);

} // namespace patrolbook
