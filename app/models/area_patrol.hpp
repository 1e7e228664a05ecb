#pragma once

#include "patrolbook/records/area.hpp"
#include "patrolbook/timestamp.hpp"

#include <optional>
#include <vector>

namespace patrolbook {
class Store;
}
class UserScope;

// Where an area's patrols stand today, in its property's local day (the same day for
// every phone of the team, whatever zone a phone is set to).
struct AreaPatrol {
    patrolbook::Area area;
    // Due at the start of today: no finished patrol in the patrol_every_days - 1 days
    // before today (an area patrolled every day is due every day).
    bool dueToday = false;
    // A finished patrol started today.
    bool doneToday = false;
    // The user has a patrol of it in progress.
    bool hasDraft = false;
    // When the latest finished patrol finished (its start if it has no finish time).
    std::optional<patrolbook::Timestamp> lastPatrol;
};

// The active areas of the user's properties, with their patrol state at `now`.
std::vector<AreaPatrol> loadAreaPatrols(patrolbook::Store& store, const UserScope& scope, patrolbook::Timestamp now);
