#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/geo_point.hpp"
#include "patrolbook/record_base.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// One line of a checklist standard, e.g. 清洁卫生 / "floor free of litter and stains".
struct ChecklistItem {
    std::string code;
    ChecklistCategory category = ChecklistCategory::Details;
    std::string titleZh;
    std::string titleEn;
    std::string hint;

    friend bool operator==(const ChecklistItem&, const ChecklistItem&) = default;
};

void to_json(nlohmann::json& j, const ChecklistItem& item);
void from_json(const nlohmann::json& j, ChecklistItem& item);

// The patrol standard for one area type: the five standard categories plus the items
// that type carries of its own (a car park's barrier gate, a garden's irrigation...).
struct Checklist : RecordBase {
    AreaType areaType = AreaType::Lobby;
    std::string name;
    // The latest published revision (a ChecklistRevision); items are the template as
    // edited, published as revision + 1.
    std::int64_t revision = 1;
    std::vector<ChecklistItem> items;
    // Set: this template is the renovation standard for that kind of check.
    std::optional<RenovationKind> renovationKind;
    std::optional<Timestamp> publishedAt;

    friend bool operator==(const Checklist&, const Checklist&) = default;
};

template <>
struct Schema<Checklist> {
    static constexpr std::string_view entity = "checklist";
    static constexpr auto fields = std::make_tuple(
        field("area_type", &Checklist::areaType), field("name", &Checklist::name, Required),
        field("revision", &Checklist::revision), field("items", &Checklist::items, Required),
        field("renovation_kind", &Checklist::renovationKind), field("published_at", &Checklist::publishedAt));
};

} // namespace patrolbook
