#pragma once

#include "auth/principal.hpp"
#include "storage/console_repo.hpp"

#include <optional>
#include <string>

namespace patrolbook::server {

// Who may do what in the office console (docs/security.md, "The office console"), in
// one place: every console handler asks here, and tests/console/console_policy_test.cpp
// runs the table of docs/security.md against a real server. Always within the caller's
// properties (the same scoping as sync).
struct ConsolePolicy {
    // Patrol staff and specialists see only their own work: what they did, or a
    // follow-up assigned to them.
    static bool seesOnlyOwn(const Principal& who);
    // A listed record the caller may open.
    static bool mayOpen(const ConsoleRow& row, const Principal& who);
    // Managers and the front desk of its property review it; nobody their own work.
    static bool mayReview(const ConsoleRow& row, const Principal& who);
    // The office's views across the team: statistics, the list of sync conflicts.
    static bool seesTheTeam(const Principal& who);
    // A manager of the record's property decides its conflicts.
    static bool mayDecideConflict(const std::optional<std::string>& propertyId, const Principal& who);
    // A manager decides the loops waiting for one: approves a complaint's solution or
    // sends it back, verifies a fixed follow-up or reopens it (LoopStepHandler; which
    // step is allowed now is the loop's flow's to say).
    static bool mayDecideLoops(const Principal& who);
};

} // namespace patrolbook::server
