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

// 物业项目: an estate, office tower or sales centre the company manages.
struct Property : RecordBase {
    std::string name;
    std::string code;
    PropertyKind kind = PropertyKind::Residential;
    std::optional<std::string> address;
    // Local time of the property, as a fixed offset (China has no daylight saving time).
    std::int64_t utcOffsetMin = 480;
    // Owners' rest hours, local time, "HH:MM-HH:MM"; an interval may cross midnight.
    std::vector<std::string> restHours{"12:00-14:00", "21:00-08:00"};

    friend bool operator==(const Property&, const Property&) = default;
};

template <>
struct Schema<Property> {
    static constexpr std::string_view entity = "property";
    static constexpr auto fields
        = std::make_tuple(field("name", &Property::name, Required), field("code", &Property::code, Required),
                          field("kind", &Property::kind), field("address", &Property::address),
                          field("utc_offset_min", &Property::utcOffsetMin), field("rest_hours", &Property::restHours));
};

} // namespace patrolbook
