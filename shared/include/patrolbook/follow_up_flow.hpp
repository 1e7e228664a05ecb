#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/records/follow_up.hpp"
#include "patrolbook/timestamp.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace patrolbook {

// The follow-up loop (整改跟进) as data: who moves a follow-up from which status to which,
// and what the move needs. The app asks it which actions to offer and applies them; the
// server asks it whether a status change a device sends is allowed. Neither restates it.
enum class FollowUpAction {
    Take, // open -> in progress: the assignee starts on it
    Release, // in progress -> open: the assignee gives it back
    MarkFixed, // open or in progress -> fixed: with what was done (resolution)
    Verify, // any open state -> closed: a manager checked the fix
    Reopen, // fixed or closed -> open: a manager found it not fixed, with the reason
};

// Who may take a step: the one it is assigned to (or, while nobody is, the one who
// raised it), and managers.
enum class FollowUpActor { Worker, Manager };

struct FollowUpStep {
    FollowUpAction action;
    std::vector<FollowUpStatus> from;
    FollowUpStatus to;
    std::vector<FollowUpActor> who;
    bool needsResolution = false; // a note of what was done (MarkFixed) or why (Reopen)
};

class FollowUpFlow {
public:
    static std::span<const FollowUpStep> steps();

    // Whether this user works on it: its assignee, or its maker while it has none.
    static bool isWorker(const FollowUp& f, const std::string& userId);
    // The actions this user may take now, in the order a screen offers them.
    static std::vector<FollowUpAction> allowed(const FollowUp& f, const std::string& userId, StaffRole role);
    // The follow-up as the action leaves it (status; verifier and time; the note as its
    // resolution). Throws Error: Rule/Forbidden for an action not allowed, Validation/
    // Required for a missing note.
    static FollowUp apply(FollowUp f, FollowUpAction action, const std::string& userId, StaffRole role,
                          const Timestamp& now, const std::optional<std::string>& note = std::nullopt);
    // The server's check of a status change a device sent, in words; nullopt when some
    // step allows it (or nothing changes).
    static std::optional<std::string> refusal(const FollowUp& before, const FollowUp& after, const std::string& userId,
                                              StaffRole role);
};

} // namespace patrolbook
