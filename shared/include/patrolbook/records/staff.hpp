#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/geo_point.hpp"
#include "patrolbook/record_base.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// A member of staff: 巡检岗 patrol, 客服专员 specialist, 客服主管 manager, 客服前台 office.
struct Staff : RecordBase {
    std::string name;
    std::string username;
    StaffRole role = StaffRole::Patrol;
    std::optional<std::string> team;
    std::vector<std::string> propertyIds;
    std::optional<std::string> phone;
    std::vector<std::string> skills;
    bool active = true;

    friend bool operator==(const Staff&, const Staff&) = default;
};

template <>
struct Schema<Staff> {
    static constexpr std::string_view entity = "staff";
    static constexpr auto fields = std::make_tuple(
        field("name", &Staff::name, Required), field("username", &Staff::username, Required),
        field("role", &Staff::role), field("team", &Staff::team), field("property_ids", &Staff::propertyIds),
        field("phone", &Staff::phone), field("skills", &Staff::skills), field("active", &Staff::active));
};

} // namespace patrolbook
