#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/loops/loop_flow.hpp"
#include "patrolbook/records/follow_up.hpp"
#include "patrolbook/timestamp.hpp"

#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// The follow-up loop (整改跟进) as data (the table is in follow_up_flow.cpp): take it,
// give it back, mark it fixed with what was done and an after-photo; a manager closes it
// as verified, reopens it with the reason, or gives it to someone else.
template <>
struct LoopSpec<FollowUp> {
    using Status = FollowUpStatus;
    static constexpr std::string_view noun = "follow-up";
    static const std::vector<LoopStep<Status>>& steps();
    // Its assignee, or its maker while it has none.
    static bool isWorker(const FollowUp& f, const std::string& userId);
    static void onStep(FollowUp& f, const LoopStep<Status>& step, const std::string& userId, const Timestamp& now);
    static std::optional<Error> check(const FollowUp& f, const LoopStep<Status>& step);
};

enum class FollowUpAction {
    Take, // open -> in progress: the assignee starts on it
    Release, // in progress -> open: the assignee gives it back
    MarkFixed, // open or in progress -> fixed: what was done (resolution) and an after-photo
    Verify, // any open state -> closed: a manager checked the fix
    Reopen, // fixed or closed -> open: a manager found it not fixed, with the reason
    Reassign, // open or in progress -> open, to someone else: the front desk or a manager
};

// The typed face of LoopFlow<FollowUp> the app's screens use.
class FollowUpFlow {
public:
    static std::string_view actionName(FollowUpAction action);
    static bool isWorker(const FollowUp& f, const std::string& userId);
    // The actions this user may take now, in the order a screen offers them.
    static std::vector<FollowUpAction> allowed(const FollowUp& f, const std::string& userId, StaffRole role);
    // The follow-up as the action leaves it. The note is what was done (MarkFixed: also
    // the resolution) or why (Reopen, Reassign). Throws Error: Rule/Forbidden for an
    // action not allowed, Validation/Required for a missing note or after-photo.
    static FollowUp apply(FollowUp f, FollowUpAction action, const std::string& userId, StaffRole role,
                          const Timestamp& now, const std::optional<std::string>& note = std::nullopt);
    // The server's check of a change a device sent, in words; nullopt when it is no
    // step, or a step this user may take with what it needs.
    static std::optional<std::string> refusal(const FollowUp& before, const FollowUp& after, const std::string& userId,
                                              StaffRole role);
};

} // namespace patrolbook
