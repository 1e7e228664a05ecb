#pragma once

// The authorization policy of docs/security.md as data: one row per (entity, action,
// relation), saying which roles may. The test runs every role of every row against a
// real server. Keep the two in step: a change to one is a change to the other.

#include <array>
#include <string_view>

namespace patrolbook::test {

enum class Role { Patrol, Specialist, Manager, Office };
inline constexpr std::array<Role, 4> roles{Role::Patrol, Role::Specialist, Role::Manager, Role::Office};

// How the record acted on relates to the actor. For a line or a photo: how its parent
// does (the line or photo itself is made by the parent's maker).
enum class Relation {
    Own, // made by the actor (their property); for a property or staff record: their own
    Assigned, // a colleague's follow-up assigned to the actor; a visit a manager gave them
    Colleague, // made by a colleague of the same property (reference data: of their property)
    OwnClosed, // the actor's, finished (patrol, renovation check) or closed (follow-up)
    ColleagueClosed,
    OtherProperty, // of a property the actor does not have
};

// Create: a new record with this relation (Colleague: filed in the colleague's name;
// for a line or a photo: added to such a parent). Edit: one field changed (a closed
// follow-up: reopened). Delete. Read: in the actor's pull (a photo: its bytes too).
enum class Action { Create, Edit, Delete, Read };

struct PolicyRow {
    std::string_view entity;
    Action action;
    Relation relation;
    // Patrol, specialist, manager, office: 'y' allowed, '-' refused, '.' no such cell
    // (the front desk has no patrols of its own).
    std::string_view allowed;
};

using enum Action;
using enum Relation;

// clang-format off
inline constexpr PolicyRow policy[] = {
    // Patrols and renovation checks: their inspector's until finished; a manager's always.
    {"inspection", Create, Own, "yyy-"},
    {"inspection", Create, Colleague, "----"},
    {"inspection", Create, OtherProperty, "----"},
    {"inspection", Edit, Own, "yyy."},
    {"inspection", Edit, Colleague, "--y-"},
    {"inspection", Edit, OwnClosed, "--y."},
    {"inspection", Edit, ColleagueClosed, "--y-"},
    {"inspection", Edit, OtherProperty, "----"},
    {"inspection", Delete, Own, "yyy."},
    {"inspection", Delete, Colleague, "--y-"},
    {"inspection", Delete, OwnClosed, "--y."},
    {"inspection", Delete, ColleagueClosed, "--y-"},
    {"inspection", Delete, OtherProperty, "----"},
    {"inspection", Read, Own, "yyy."},
    {"inspection", Read, Colleague, "yyyy"},
    {"inspection", Read, ColleagueClosed, "yyyy"},
    {"inspection", Read, OtherProperty, "----"},

    {"renovation_check", Create, Own, "yyy-"},
    {"renovation_check", Create, Colleague, "----"},
    {"renovation_check", Create, OtherProperty, "----"},
    {"renovation_check", Edit, Own, "yyy."},
    {"renovation_check", Edit, Colleague, "--y-"},
    {"renovation_check", Edit, OwnClosed, "--y."},
    {"renovation_check", Edit, ColleagueClosed, "--y-"},
    {"renovation_check", Edit, OtherProperty, "----"},
    {"renovation_check", Delete, Own, "yyy."},
    {"renovation_check", Delete, Colleague, "--y-"},
    {"renovation_check", Delete, OwnClosed, "--y."},
    {"renovation_check", Delete, ColleagueClosed, "--y-"},
    {"renovation_check", Delete, OtherProperty, "----"},
    {"renovation_check", Read, Own, "yyy."},
    {"renovation_check", Read, Colleague, "yyyy"},
    {"renovation_check", Read, ColleagueClosed, "yyyy"},
    {"renovation_check", Read, OtherProperty, "----"},

    // Lines go with their parent, judged by its owner.
    {"inspection_item", Create, Own, "yyy."},
    {"inspection_item", Create, Colleague, "--y-"},
    {"inspection_item", Create, OwnClosed, "--y."},
    {"inspection_item", Create, ColleagueClosed, "--y-"},
    {"inspection_item", Create, OtherProperty, "----"},
    {"inspection_item", Edit, Own, "yyy."},
    {"inspection_item", Edit, Colleague, "--y-"},
    {"inspection_item", Edit, OwnClosed, "--y."},
    {"inspection_item", Edit, ColleagueClosed, "--y-"},
    {"inspection_item", Edit, OtherProperty, "----"},
    {"inspection_item", Delete, Own, "yyy."},
    {"inspection_item", Delete, Colleague, "--y-"},
    {"inspection_item", Delete, OwnClosed, "--y."},
    {"inspection_item", Delete, ColleagueClosed, "--y-"},
    {"inspection_item", Delete, OtherProperty, "----"},
    {"inspection_item", Read, Own, "yyy."},
    {"inspection_item", Read, Colleague, "yyyy"},
    {"inspection_item", Read, ColleagueClosed, "yyyy"},
    {"inspection_item", Read, OtherProperty, "----"},

    {"renovation_item", Create, Own, "yyy."},
    {"renovation_item", Create, Colleague, "--y-"},
    {"renovation_item", Create, OwnClosed, "--y."},
    {"renovation_item", Create, ColleagueClosed, "--y-"},
    {"renovation_item", Create, OtherProperty, "----"},
    {"renovation_item", Edit, Own, "yyy."},
    {"renovation_item", Edit, Colleague, "--y-"},
    {"renovation_item", Edit, OwnClosed, "--y."},
    {"renovation_item", Edit, ColleagueClosed, "--y-"},
    {"renovation_item", Edit, OtherProperty, "----"},
    {"renovation_item", Delete, Own, "yyy."},
    {"renovation_item", Delete, Colleague, "--y-"},
    {"renovation_item", Delete, OwnClosed, "--y."},
    {"renovation_item", Delete, ColleagueClosed, "--y-"},
    {"renovation_item", Delete, OtherProperty, "----"},
    {"renovation_item", Read, Own, "yyy."},
    {"renovation_item", Read, Colleague, "yyyy"},
    {"renovation_item", Read, ColleagueClosed, "yyyy"},
    {"renovation_item", Read, OtherProperty, "----"},

    // Photos (here: of a patrol) too; a new photo may follow its own finished patrol.
    {"photo", Create, Own, "yyy."},
    {"photo", Create, Colleague, "--y-"},
    {"photo", Create, OwnClosed, "yyy."},
    {"photo", Create, ColleagueClosed, "--y-"},
    {"photo", Create, OtherProperty, "----"},
    {"photo", Edit, Own, "yyy."},
    {"photo", Edit, Colleague, "--y-"},
    {"photo", Edit, OwnClosed, "--y."},
    {"photo", Edit, ColleagueClosed, "--y-"},
    {"photo", Edit, OtherProperty, "----"},
    {"photo", Delete, Own, "yyy."},
    {"photo", Delete, Colleague, "--y-"},
    {"photo", Delete, OwnClosed, "--y."},
    {"photo", Delete, ColleagueClosed, "--y-"},
    {"photo", Delete, OtherProperty, "----"},
    {"photo", Read, Own, "yyy."},
    {"photo", Read, Colleague, "yyyy"},
    {"photo", Read, ColleagueClosed, "yyyy"},
    {"photo", Read, OtherProperty, "----"},

    // Follow-ups: their maker's and assignee's while open; the front desk's to dispatch;
    // closing, reopening and deleting are a manager's.
    {"follow_up", Create, Own, "yyyy"},
    {"follow_up", Create, Colleague, "----"},
    {"follow_up", Create, OtherProperty, "----"},
    {"follow_up", Edit, Own, "yyyy"},
    {"follow_up", Edit, Assigned, "yyyy"},
    {"follow_up", Edit, Colleague, "--yy"},
    {"follow_up", Edit, OwnClosed, "--y-"},
    {"follow_up", Edit, ColleagueClosed, "--y-"},
    {"follow_up", Edit, OtherProperty, "----"},
    {"follow_up", Delete, Own, "--y-"},
    {"follow_up", Delete, Assigned, "--y-"},
    {"follow_up", Delete, Colleague, "--y-"},
    {"follow_up", Delete, OwnClosed, "--y-"},
    {"follow_up", Delete, ColleagueClosed, "--y-"},
    {"follow_up", Delete, OtherProperty, "----"},
    {"follow_up", Read, Own, "yyyy"},
    {"follow_up", Read, Assigned, "yyyy"},
    {"follow_up", Read, Colleague, "yyyy"},
    {"follow_up", Read, ColleagueClosed, "yyyy"},
    {"follow_up", Read, OtherProperty, "----"},

    // Owner visits: their staff member's; a manager or the front desk assigns them.
    {"owner_visit", Create, Own, "yyyy"},
    {"owner_visit", Create, Colleague, "--yy"},
    {"owner_visit", Create, OtherProperty, "----"},
    {"owner_visit", Edit, Own, "yyyy"},
    {"owner_visit", Edit, Assigned, "yyyy"},
    {"owner_visit", Edit, Colleague, "--yy"},
    {"owner_visit", Edit, OtherProperty, "----"},
    {"owner_visit", Delete, Own, "yyyy"},
    {"owner_visit", Delete, Assigned, "yyyy"},
    {"owner_visit", Delete, Colleague, "--yy"},
    {"owner_visit", Delete, OtherProperty, "----"},
    {"owner_visit", Read, Own, "yyyy"},
    {"owner_visit", Read, Colleague, "yyyy"},
    {"owner_visit", Read, OtherProperty, "----"},

    // Repair orders and complaints: registered by the front desk, specialists and managers
    // (here by a manager for a colleague's); what they were registered with is their
    // registrar's or a manager's to correct; the one assigned takes steps only (the flows'
    // own tests). Deleting is a manager's.
    {"repair_order", Create, Own, "-yyy"},
    {"repair_order", Create, Colleague, "----"},
    // Another property's orders and complaints, edited or read: LoopWriteRules.* (the table's
    // fixture has no front-desk account there to register one).
    {"repair_order", Create, OtherProperty, "----"},
    {"repair_order", Edit, Own, ".yyy"},
    {"repair_order", Edit, Assigned, "--y-"},
    {"repair_order", Edit, Colleague, "--y-"},
    {"repair_order", Delete, Own, ".-y-"},
    {"repair_order", Delete, Colleague, "--y-"},
    {"repair_order", Read, Own, ".yyy"},
    {"repair_order", Read, Colleague, "yyyy"},

    {"complaint", Create, Own, "-yyy"},
    {"complaint", Create, Colleague, "----"},
    {"complaint", Create, OtherProperty, "----"},
    {"complaint", Edit, Own, ".yyy"},
    {"complaint", Edit, Assigned, "--y-"},
    {"complaint", Edit, Colleague, "--y-"},
    {"complaint", Delete, Own, ".-y-"},
    {"complaint", Delete, Colleague, "--y-"},
    {"complaint", Read, Own, ".yyy"},
    {"complaint", Read, Colleague, "yyyy"},

    // Handovers: written by the one handing over (taking one over: write_rules tests).
    {"handover", Create, Own, "yyyy"},
    {"handover", Create, Colleague, "----"},
    {"handover", Create, OtherProperty, "----"},
    {"handover", Edit, Own, "yyyy"},
    {"handover", Edit, Colleague, "--y-"},
    {"handover", Edit, OtherProperty, "----"},
    {"handover", Delete, Own, "yyyy"},
    {"handover", Delete, Colleague, "--y-"},
    {"handover", Delete, OtherProperty, "----"},
    {"handover", Read, Own, "yyyy"},
    {"handover", Read, Colleague, "yyyy"},
    {"handover", Read, OtherProperty, "----"},

    // A loop's events are the server's, written as it accepts each step.
    {"loop_event", Create, Own, "----"},
    {"loop_event", Create, OtherProperty, "----"},

    // Areas: a manager's. Reference data: the office's, read-only on devices.
    {"area", Create, Colleague, "--y-"},
    {"area", Create, OtherProperty, "----"},
    {"area", Edit, Colleague, "--y-"},
    {"area", Edit, OtherProperty, "----"},
    {"area", Delete, Colleague, "--y-"},
    {"area", Delete, OtherProperty, "----"},
    {"area", Read, Colleague, "yyyy"},
    {"area", Read, OtherProperty, "----"},
    {"owner", Create, Colleague, "----"},
    {"owner", Create, OtherProperty, "----"},
    {"owner", Edit, Colleague, "----"},
    {"owner", Delete, Colleague, "----"},
    {"owner", Read, Colleague, "yyyy"},
    {"owner", Read, OtherProperty, "----"},
    {"staff", Edit, Own, "----"},
    {"staff", Edit, Colleague, "----"},
    {"staff", Read, Own, "yyyy"},
    {"staff", Read, Colleague, "yyyy"},
    {"staff", Read, OtherProperty, "----"},
    {"property", Edit, Own, "----"},
    {"property", Read, Own, "yyyy"},
    {"property", Read, OtherProperty, "----"},
    {"checklist", Edit, Colleague, "----"},
    {"checklist", Read, Colleague, "yyyy"},
};
// clang-format on

} // namespace patrolbook::test
