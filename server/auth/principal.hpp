#pragma once

#include "patrolbook/enums.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace patrolbook::server {

// Who is calling: the signed-in staff member, with what they may see and do.
struct Principal {
    std::string accountId; // the staff record's id
    std::string username;
    std::string name;
    StaffRole role = StaffRole::Patrol;
    std::vector<std::string> propertyIds;
    std::string deviceId; // the device the token was given to; "console" for a browser

    bool hasProperty(const std::string& id) const
    {
        return std::find(propertyIds.begin(), propertyIds.end(), id) != propertyIds.end();
    }
};

} // namespace patrolbook::server
