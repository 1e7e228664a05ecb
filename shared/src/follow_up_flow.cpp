#include "patrolbook/follow_up_flow.hpp"

#include "patrolbook/enum_names.hpp"
#include "patrolbook/error.hpp"

#include <algorithm>

namespace patrolbook {

namespace {

using enum FollowUpStatus;
using enum FollowUpActor;

// Made on first use (a static initialised before main could throw where nobody catches).
const std::vector<FollowUpStep>& table()
{
    static const std::vector<FollowUpStep> steps{
        {FollowUpAction::Take, {Open}, InProgress, {Worker, Manager}},
        {FollowUpAction::Release, {InProgress}, Open, {Worker, Manager}},
        {FollowUpAction::MarkFixed, {Open, InProgress}, Fixed, {Worker, Manager}, true},
        {FollowUpAction::Verify, {Open, InProgress, Fixed}, Closed, {Manager}},
        {FollowUpAction::Reopen, {Fixed, Closed}, Open, {Manager}, true},
    };
    return steps;
}

template <class T>
bool among(const std::vector<T>& list, T value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool mayAct(const FollowUpStep& step, const FollowUp& f, const std::string& userId, StaffRole role)
{
    return (role == StaffRole::Manager && among(step.who, Manager))
        || (FollowUpFlow::isWorker(f, userId) && among(step.who, Worker));
}

const FollowUpStep& stepOf(FollowUpAction action)
{
    return *std::find_if(table().begin(), table().end(), [&](const FollowUpStep& s) { return s.action == action; });
}

} // namespace

std::span<const FollowUpStep> FollowUpFlow::steps()
{
    return table();
}

bool FollowUpFlow::isWorker(const FollowUp& f, const std::string& userId)
{
    return f.assigneeId ? *f.assigneeId == userId : f.createdBy == userId;
}

std::vector<FollowUpAction> FollowUpFlow::allowed(const FollowUp& f, const std::string& userId, StaffRole role)
{
    std::vector<FollowUpAction> out;
    for (const auto& step : table())
        if (among(step.from, f.status) && mayAct(step, f, userId, role))
            out.push_back(step.action);
    return out;
}

FollowUp FollowUpFlow::apply(FollowUp f, FollowUpAction action, const std::string& userId, StaffRole role,
                             const Timestamp& now, const std::optional<std::string>& note)
{
    const auto& step = stepOf(action);
    if (!among(step.from, f.status) || !mayAct(step, f, userId, role))
        throw Error(ErrorDomain::Rule, ErrorCode::Forbidden,
                    "this follow-up is " + std::string{toString(f.status)} + ": that step is not yours to take now");
    const bool hasNote = note && note->find_first_not_of(" \t\r\n") != std::string::npos;
    if (step.needsResolution && !hasNote)
        throw Error(ErrorDomain::Validation, ErrorCode::Required,
                    action == FollowUpAction::Reopen ? "say why it is reopened" : "say what was done", "resolution");
    f.status = step.to;
    if (hasNote)
        f.resolution = *note;
    if (step.to == Closed) {
        f.verifiedBy = userId;
        f.verifiedAt = now;
    } else {
        f.verifiedBy.reset();
        f.verifiedAt.reset();
    }
    return f;
}

std::optional<std::string> FollowUpFlow::refusal(const FollowUp& before, const FollowUp& after,
                                                 const std::string& userId, StaffRole role)
{
    if (before.status == after.status)
        return std::nullopt;
    for (const auto& step : table())
        if (among(step.from, before.status) && step.to == after.status && mayAct(step, before, userId, role)) {
            // What was done is the fix's record. A reopening's reason is the app's to ask:
            // a manager's reopening from an older app, without one, is still taken.
            if (step.action == FollowUpAction::MarkFixed && (!after.resolution || after.resolution->empty()))
                return "a follow-up marked fixed needs its resolution: what was done";
            return std::nullopt;
        }
    if (before.status == Closed)
        return "this follow-up is closed: only a manager reopens it";
    if (after.status == Closed)
        return "only a manager can close a follow-up, after checking the fix";
    return "a follow-up does not go from " + std::string{toString(before.status)} + " to "
        + std::string{toString(after.status)} + " in your hands; ask its assignee or a manager";
}

} // namespace patrolbook
