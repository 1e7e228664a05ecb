#include "patrolbook/loops/repair_flow.hpp"

namespace patrolbook {

namespace {

using enum RepairStatus;
using enum LoopActor;

} // namespace

// Made on first use (a static initialised before main could throw where nobody catches).
const std::vector<LoopStep<RepairStatus>>& LoopSpec<RepairOrder>::steps()
{
    static const std::vector<LoopStep<RepairStatus>> table{
        {"dispatch", {Registered}, Dispatched, {Desk}, {"assignee_id"}},
        // 转单: to someone else, with the reason; also taking back an accepted order.
        {"redispatch", {Dispatched, Accepted}, Dispatched, {Desk}, {"assignee_id"}, true, "assignee_id"},
        // 退单: the assignee gives it back to the dispatcher, with the reason.
        {"refuse", {Dispatched}, Registered, {Worker}, {}, true},
        {"accept", {Dispatched}, Accepted, {Worker}},
        {"finish", {Accepted}, Done, {Worker}, {"after_photo_ids", "signature_photo_id"}},
        {"rate", {Done}, Rated, {Desk, Worker}, {"rating"}},
        // Normally the server's, when the return visit it planned is done.
        {"visit", {Done, Rated}, Visited, {Desk}},
        {"close", {Visited}, Closed, {Desk}},
    };
    return table;
}

bool LoopSpec<RepairOrder>::isWorker(const RepairOrder& r, const std::string& userId)
{
    return r.assigneeId && *r.assigneeId == userId;
}

void LoopSpec<RepairOrder>::onStep(RepairOrder& r, const LoopStep<Status>& step, const std::string& userId,
                                   const Timestamp& now)
{
    if (step.action == "dispatch" || step.action == "redispatch") {
        r.dispatchedBy = userId;
        r.dispatchedAt = now;
        r.acceptedAt.reset();
    } else if (step.action == "refuse") {
        r.assigneeId.reset();
        r.dispatchedAt.reset();
    } else if (step.action == "accept") {
        r.acceptedAt = now;
    } else if (step.action == "finish") {
        r.doneAt = now;
    } else if (step.action == "close") {
        r.closedAt = now;
    }
}

std::optional<Error> LoopSpec<RepairOrder>::check(const RepairOrder&, const LoopStep<Status>&)
{
    return std::nullopt;
}

} // namespace patrolbook
