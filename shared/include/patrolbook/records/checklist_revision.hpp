#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/record_base.hpp"
#include "patrolbook/records/checklist.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// One published revision of a checklist template, as it was published: never changed
// afterwards, and written only by the server. An inspection or renovation check started
// on it shows its lines from here, so a newer revision arriving at a sync leaves a patrol
// in progress as it began.
struct ChecklistRevision : RecordBase {
    std::string checklistId;
    std::int64_t revision = 1;
    std::string name;
    AreaType areaType = AreaType::Lobby;
    std::optional<RenovationKind> renovationKind;
    std::vector<ChecklistItem> items;
    Timestamp publishedAt;
    std::optional<std::string> publishedBy;

    friend bool operator==(const ChecklistRevision&, const ChecklistRevision&) = default;
};

template <>
struct Schema<ChecklistRevision> {
    static constexpr std::string_view entity = "checklist_revision";
    static constexpr auto fields = std::make_tuple(
        field("checklist_id", &ChecklistRevision::checklistId, Required | IdRef),
        field("revision", &ChecklistRevision::revision), field("name", &ChecklistRevision::name, Required),
        field("area_type", &ChecklistRevision::areaType), field("renovation_kind", &ChecklistRevision::renovationKind),
        field("items", &ChecklistRevision::items, Required), field("published_at", &ChecklistRevision::publishedAt),
        field("published_by", &ChecklistRevision::publishedBy, IdRef));
};

} // namespace patrolbook
