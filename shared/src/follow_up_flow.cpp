#include "patrolbook/follow_up_flow.hpp"

#include "patrolbook/enum_names.hpp"
#include "patrolbook/error.hpp"

namespace patrolbook {

namespace {

using enum FollowUpStatus;
using enum LoopActor;

constexpr std::string_view names[] = {"take", "release", "mark_fixed", "verify", "reopen", "reassign"};
constexpr FollowUpAction actions[] = {FollowUpAction::Take,   FollowUpAction::Release, FollowUpAction::MarkFixed,
                                      FollowUpAction::Verify, FollowUpAction::Reopen,  FollowUpAction::Reassign};

} // namespace

// Made on first use (a static initialised before main could throw where nobody catches).
const std::vector<LoopStep<FollowUpStatus>>& LoopSpec<FollowUp>::steps()
{
    static const std::vector<LoopStep<FollowUpStatus>> table{
        {"take", {Open}, InProgress, {Worker, Manager}},
        {"release", {InProgress}, Open, {Worker, Manager}},
        {"mark_fixed", {Open, InProgress}, Fixed, {Worker, Manager}, {"resolution", "after_photo_ids"}},
        {"verify", {Open, InProgress, Fixed}, Closed, {Manager}},
        {"reopen", {Fixed, Closed}, Open, {Manager}, {}, true},
        // The front desk dispatches follow-ups as it dispatches repairs.
        {"reassign", {Open, InProgress}, Open, {Desk}, {"assignee_id"}, false, "assignee_id"},
    };
    return table;
}

bool LoopSpec<FollowUp>::isWorker(const FollowUp& f, const std::string& userId)
{
    return f.assigneeId ? *f.assigneeId == userId : f.createdBy == userId;
}

void LoopSpec<FollowUp>::onStep(FollowUp& f, const LoopStep<Status>& step, const std::string& userId,
                                const Timestamp& now)
{
    if (step.to == Closed) {
        f.verifiedBy = userId;
        f.verifiedAt = now;
    } else {
        f.verifiedBy.reset();
        f.verifiedAt.reset();
    }
}

std::optional<Error> LoopSpec<FollowUp>::check(const FollowUp&, const LoopStep<Status>&)
{
    return std::nullopt;
}

std::string_view FollowUpFlow::actionName(FollowUpAction action)
{
    return names[static_cast<std::size_t>(action)];
}

bool FollowUpFlow::isWorker(const FollowUp& f, const std::string& userId)
{
    return LoopSpec<FollowUp>::isWorker(f, userId);
}

std::vector<FollowUpAction> FollowUpFlow::allowed(const FollowUp& f, const std::string& userId, StaffRole role)
{
    std::vector<FollowUpAction> out;
    for (const auto action : actions) {
        const auto* step = LoopFlow<FollowUp>::step(actionName(action));
        // Reassigning is offered where a new assignee can be chosen, not as a button.
        if (step && action != FollowUpAction::Reassign && LoopFlow<FollowUp>::mayTake(*step, f, userId, role))
            out.push_back(action);
    }
    return out;
}

FollowUp FollowUpFlow::apply(FollowUp f, FollowUpAction action, const std::string& userId, StaffRole role,
                             const Timestamp& now, const std::optional<std::string>& note)
{
    if (action == FollowUpAction::MarkFixed && note)
        f.resolution = *note;
    return LoopFlow<FollowUp>::apply(std::move(f), actionName(action), userId, role, now, note);
}

std::optional<std::string> FollowUpFlow::refusal(const FollowUp& before, const FollowUp& after,
                                                 const std::string& userId, StaffRole role)
{
    if (LoopFlow<FollowUp>::isStep(before, after)
        && LoopFlow<FollowUp>::pathBetween(before, after, userId, role).empty()) {
        if (before.status == Closed)
            return "this follow-up is closed: only a manager reopens it";
        if (after.status == Closed)
            return "only a manager can close a follow-up, after checking the fix";
    }
    return LoopFlow<FollowUp>::refusal(before, after, userId, role);
}

} // namespace patrolbook
