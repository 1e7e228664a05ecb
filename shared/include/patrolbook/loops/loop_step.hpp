#pragma once

#include "patrolbook/enums.hpp"

#include <string_view>
#include <vector>

namespace patrolbook {

// Who may take a loop's step, by role and by relation to the record:
//  - Worker: the one it is assigned to (a follow-up's assignee, or its maker while it has
//    none; a repair order's assignee; a complaint's handler, or its registrar while none);
//  - Desk: those who register and dispatch: the front desk, specialists and managers;
//  - Manager: the supervisor, who approves and verifies.
enum class LoopActor { Worker, Desk, Manager };

// One step of a loop, as data: the statuses it starts from, the one it leaves, who may
// take it and what the record must carry once it is taken. A step that keeps the status
// (a re-dispatch, a reassignment) is known by the field it changes (`marks`).
template <class Status>
struct LoopStep {
    std::string_view action;
    std::vector<Status> from;
    Status to;
    std::vector<LoopActor> who;
    std::vector<std::string_view> needs = {}; // fields set after the step (photos, signature ...)
    bool needsNote = false; // the step's note (step_note) says why or what was done
    std::string_view marks = {}; // for a step that keeps the status: the field it changes
};

inline bool actsAs(LoopActor actor, StaffRole role, bool isWorker)
{
    switch (actor) {
    case LoopActor::Worker:
        return isWorker;
    case LoopActor::Desk:
        return role == StaffRole::Office || role == StaffRole::Specialist || role == StaffRole::Manager;
    case LoopActor::Manager:
        return role == StaffRole::Manager;
    }
    return false;
}

} // namespace patrolbook
