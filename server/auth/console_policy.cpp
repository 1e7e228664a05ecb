#include "auth/console_policy.hpp"

namespace patrolbook::server {

bool ConsolePolicy::seesOnlyOwn(const Principal& who)
{
    return who.role == StaffRole::Patrol || who.role == StaffRole::Specialist;
}

bool ConsolePolicy::mayOpen(const ConsoleRow& row, const Principal& who)
{
    if (!who.hasProperty(row.propertyId))
        return false;
    if (!seesOnlyOwn(who))
        return true;
    return row.staffId == who.accountId || row.assigneeId == who.accountId;
}

bool ConsolePolicy::mayReview(const ConsoleRow& row, const Principal& who)
{
    return who.hasProperty(row.propertyId) && !seesOnlyOwn(who) && row.staffId != who.accountId;
}

bool ConsolePolicy::seesTheTeam(const Principal& who)
{
    return who.role == StaffRole::Manager || who.role == StaffRole::Office;
}

bool ConsolePolicy::mayDecideConflict(const std::optional<std::string>& propertyId, const Principal& who)
{
    return propertyId && who.hasProperty(*propertyId) && who.role == StaffRole::Manager;
}

bool ConsolePolicy::mayDecideLoops(const Principal& who)
{
    return who.role == StaffRole::Manager;
}

} // namespace patrolbook::server
