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

// One line of a renovation check; a failed line is a problem to rectify by a date.
struct RenovationItem : RecordBase {
    std::string checkId;
    std::string itemCode;
    std::string title;
    std::optional<ItemResult> result;
    std::optional<std::string> note;
    std::vector<std::string> photoIds;
    std::optional<Timestamp> rectifyBy;

    friend bool operator==(const RenovationItem&, const RenovationItem&) = default;
};

template <>
struct Schema<RenovationItem> {
    static constexpr std::string_view entity = "renovation_item";
    static constexpr auto fields = std::make_tuple(
        field("check_id", &RenovationItem::checkId, Required | IdRef),
        field("item_code", &RenovationItem::itemCode, Required), field("title", &RenovationItem::title),
        field("result", &RenovationItem::result), field("note", &RenovationItem::note),
        field("photo_ids", &RenovationItem::photoIds), field("rectify_by", &RenovationItem::rectifyBy));
};

} // namespace patrolbook
