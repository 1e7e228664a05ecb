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

// One answered (or not yet answered) line of an inspection.
struct InspectionItem : RecordBase {
    std::string inspectionId;
    std::string itemCode;
    ChecklistCategory category = ChecklistCategory::Details;
    std::string title;
    std::optional<ItemResult> result; // empty while unanswered
    std::optional<std::string> note;
    std::vector<std::string> photoIds;
    std::optional<Timestamp> answeredAt;

    friend bool operator==(const InspectionItem&, const InspectionItem&) = default;
};

template <>
struct Schema<InspectionItem> {
    static constexpr std::string_view entity = "inspection_item";
    static constexpr auto fields = std::make_tuple(
        field("inspection_id", &InspectionItem::inspectionId, Required | IdRef),
        field("item_code", &InspectionItem::itemCode, Required), field("category", &InspectionItem::category),
        field("title", &InspectionItem::title), field("result", &InspectionItem::result),
        field("note", &InspectionItem::note), field("photo_ids", &InspectionItem::photoIds),
        field("answered_at", &InspectionItem::answeredAt));
};

} // namespace patrolbook
