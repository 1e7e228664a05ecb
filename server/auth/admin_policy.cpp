#include "auth/admin_policy.hpp"

#include <algorithm>

namespace patrolbook::server {

namespace {

bool allTheirs(const Principal& who, const std::vector<std::string>& properties)
{
    return std::all_of(properties.begin(), properties.end(), [&](const std::string& p) { return who.hasProperty(p); });
}

bool anyTheirs(const Principal& who, const std::vector<std::string>& properties)
{
    return std::any_of(properties.begin(), properties.end(), [&](const std::string& p) { return who.hasProperty(p); });
}

constexpr const char* notYourProperty = "this belongs to a property you do not manage";

} // namespace

bool AdminPolicy::mayAdminister(const Principal& who)
{
    return who.role == StaffRole::Admin || who.role == StaffRole::Manager;
}

std::optional<std::vector<std::string>> AdminPolicy::listScope(const Principal& who)
{
    if (who.role == StaffRole::Admin)
        return std::nullopt;
    return who.propertyIds;
}

std::optional<std::string> AdminPolicy::refusal(const Principal& who, AdminAct act, const AdminTarget& target)
{
    if (!mayAdminister(who))
        return "administration is for the managers of a property and the company's administrators";
    if (who.role == StaffRole::Admin)
        return std::nullopt;
    // A manager, from here on.
    const auto& entity = target.entity;
    if (entity == "property") {
        if (act == AdminAct::Create || act == AdminAct::Retire)
            return "a property is created and retired by an administrator";
        return allTheirs(who, target.properties) ? std::nullopt : std::optional<std::string>{notYourProperty};
    }
    if (entity == "staff") {
        // Colleagues are seen by any shared property (as a device pulls them), changed
        // only when every property of theirs is the manager's: a role or a disabled
        // account counts at each of them.
        if (act == AdminAct::Read)
            return anyTheirs(who, target.properties) ? std::nullopt : std::optional<std::string>{notYourProperty};
        if (target.role == StaffRole::Admin)
            return "administrators' accounts are an administrator's to change";
        if (target.properties.empty())
            return "a manager's staff work at one of the manager's properties: give property_ids";
        if (!allTheirs(who, target.properties))
            return "this staff member also works at a property you do not manage; ask an administrator";
        return std::nullopt;
    }
    if (entity == "checklist") {
        // Company-wide: read by all; a new one touches nobody; a change reaches every
        // area that uses it.
        if (act == AdminAct::Read || act == AdminAct::Create || allTheirs(who, target.properties))
            return std::nullopt;
        return "areas of a property you do not manage use this checklist; ask an administrator";
    }
    if (target.properties.empty() || !allTheirs(who, target.properties))
        return std::string{notYourProperty};
    return std::nullopt;
}

} // namespace patrolbook::server
