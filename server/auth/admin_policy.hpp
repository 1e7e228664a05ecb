#pragma once

#include "auth/principal.hpp"
#include "patrolbook/enums.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook::server {

enum class AdminAct { Read, Create, Edit, Retire };

// What the policy needs to know of a record the administration acts on (as stored, and
// again as it would be after an edit).
struct AdminTarget {
    std::string_view entity;
    // The properties it belongs to: a property itself; a building, unit, owner or area
    // its property_id; a staff member their property_ids; a checklist the properties of
    // the areas that use it (none while unused).
    std::vector<std::string> properties;
    std::optional<StaffRole> role; // a staff record's
};

// Who may administer what (docs/security.md, "Administration"; docs/admin-api.md), in
// one place: every admin handler and `patrolbook-server admin` go through AdminService,
// which asks here before it reads or writes, and
// AdminApi.EveryEndpointAnswersEachRoleAsTheTableSays runs the table on a real server.
// An administrator administers everything. A manager administers the registry of the
// properties they manage: never another property's record, never an administrator's
// account, and a staff member or a checklist only when everything it touches is theirs
// (a colleague who also works elsewhere is the administrator's to change). Patrol
// staff, specialists and the front desk administer nothing.
struct AdminPolicy {
    static bool mayAdminister(const Principal& who);
    // Why `who` may not do `act` to `target`; nullopt when they may. An edit asks for the
    // record as stored and as it would be.
    static std::optional<std::string> refusal(const Principal& who, AdminAct act, const AdminTarget& target);
    // The properties whose records `who` may list; nullopt: every one.
    static std::optional<std::vector<std::string>> listScope(const Principal& who);
};

} // namespace patrolbook::server
