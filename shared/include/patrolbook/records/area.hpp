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

// 区域: a place patrolled against a checklist (a lobby, car park, garden...).
struct Area : RecordBase {
    std::string propertyId;
    std::optional<std::string> buildingId;
    std::string name;
    std::string code;
    AreaType areaType = AreaType::Lobby;
    std::string checklistId;
    std::optional<GeoPoint> center;
    // Beyond this distance from the center, a patrol's position is questioned.
    std::optional<double> radiusM;
    std::int64_t patrolEveryDays = 1;
    bool active = true;
    // The patrol staff this area is assigned to (empty: nobody yet); their "my areas".
    std::vector<std::string> assignedStaffIds;

    friend bool operator==(const Area&, const Area&) = default;
};

template <>
struct Schema<Area> {
    static constexpr std::string_view entity = "area";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &Area::propertyId, Required | IdRef), field("building_id", &Area::buildingId, IdRef),
        field("name", &Area::name, Required), field("code", &Area::code), field("area_type", &Area::areaType),
        field("checklist_id", &Area::checklistId, Required | IdRef), field("center", &Area::center),
        field("radius_m", &Area::radiusM), field("patrol_every_days", &Area::patrolEveryDays),
        field("active", &Area::active), field("assigned_staff_ids", &Area::assignedStaffIds, IdRef));
};

} // namespace patrolbook
