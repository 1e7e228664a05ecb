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

// 楼栋: a building of a property.
struct Building : RecordBase {
    std::string propertyId;
    std::string name;
    std::string code;
    std::int64_t floors = 0;

    friend bool operator==(const Building&, const Building&) = default;
};

template <>
struct Schema<Building> {
    static constexpr std::string_view entity = "building";
    static constexpr auto fields = std::make_tuple(field("property_id", &Building::propertyId, Required | IdRef),
                                                   field("name", &Building::name, Required),
                                                   field("code", &Building::code), field("floors", &Building::floors));
};

} // namespace patrolbook
