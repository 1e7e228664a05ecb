#pragma once

#include <span>
#include <string_view>

namespace patrolbook::server {

// A collection of the administration API (docs/admin-api.md): its name in the path and
// the entity its records are.
struct AdminCollection {
    std::string_view name; // "owners"
    std::string_view entity; // "owner"
    // Retired by `active: false` (staff, areas: they stay on devices, greyed, and come back
    // by setting it again); the others become tombstones, deleted on every device.
    bool retiresByActive = false;
};

std::span<const AdminCollection> adminCollections();
// nullptr for a name that is not a collection.
const AdminCollection* adminCollection(std::string_view name);

} // namespace patrolbook::server
