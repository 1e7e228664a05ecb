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

// 房号: an owner's unit, e.g. building 3, room 1502.
struct Unit : RecordBase {
    std::string propertyId;
    std::string buildingId;
    std::string number;
    std::int64_t floor = 0;
    std::optional<double> areaSqm;

    friend bool operator==(const Unit&, const Unit&) = default;
};

template <>
struct Schema<Unit> {
    static constexpr std::string_view entity = "unit";
    static constexpr auto fields = std::make_tuple(field("property_id", &Unit::propertyId, Required | IdRef),
                                                   field("building_id", &Unit::buildingId, Required | IdRef),
                                                   field("number", &Unit::number, Required),
                                                   field("floor", &Unit::floor), field("area_sqm", &Unit::areaSqm));
};

} // namespace patrolbook
