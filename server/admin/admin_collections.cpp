#include "admin/admin_collections.hpp"

#include <algorithm>
#include <array>

namespace patrolbook::server {

namespace {

constexpr std::array<AdminCollection, 7> collections{{
    {"properties", "property", false},
    {"buildings", "building", false},
    {"units", "unit", false},
    {"owners", "owner", false},
    {"staff", "staff", true},
    {"areas", "area", true},
    {"checklists", "checklist", false},
}};

} // namespace

std::span<const AdminCollection> adminCollections()
{
    return collections;
}

const AdminCollection* adminCollection(std::string_view name)
{
    const auto* it = std::find_if(collections.begin(), collections.end(),
                                  [&](const AdminCollection& c) { return c.name == name; });
    return it == collections.end() ? nullptr : &*it;
}

} // namespace patrolbook::server
