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

// 整改跟进: a problem found, who fixes it by when, closed only once someone checked it.
struct FollowUp : RecordBase {
    std::string propertyId;
    FollowUpSource sourceEntity = FollowUpSource::Manual;
    std::optional<std::string> sourceId;
    std::optional<std::string> areaId;
    std::optional<std::string> unitId;
    std::string description;
    std::optional<std::string> assigneeId;
    std::optional<Timestamp> dueAt;
    FollowUpStatus status = FollowUpStatus::Open;
    std::string createdBy;
    Timestamp createdAt;
    std::optional<std::string> verifiedBy;
    std::optional<Timestamp> verifiedAt;
    std::optional<std::string> resolution;
    // The fix as it looks now; marking a follow-up fixed needs at least one.
    std::vector<std::string> afterPhotoIds;
    // The last step's note (a reopening's reason, a reassignment's) and when it was
    // taken on the device; the step's LoopEvent keeps both.
    std::optional<std::string> stepNote;
    std::optional<Timestamp> stepAt;

    friend bool operator==(const FollowUp&, const FollowUp&) = default;
};

template <>
struct Schema<FollowUp> {
    static constexpr std::string_view entity = "follow_up";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &FollowUp::propertyId, Required | IdRef), field("source_entity", &FollowUp::sourceEntity),
        field("source_id", &FollowUp::sourceId, IdRef), field("area_id", &FollowUp::areaId, IdRef),
        field("unit_id", &FollowUp::unitId, IdRef), field("description", &FollowUp::description, Required),
        field("assignee_id", &FollowUp::assigneeId, IdRef), field("due_at", &FollowUp::dueAt),
        field("status", &FollowUp::status), field("created_by", &FollowUp::createdBy, Required | IdRef),
        field("created_at", &FollowUp::createdAt), field("verified_by", &FollowUp::verifiedBy, IdRef),
        field("verified_at", &FollowUp::verifiedAt), field("resolution", &FollowUp::resolution),
        field("after_photo_ids", &FollowUp::afterPhotoIds), field("step_note", &FollowUp::stepNote),
        field("step_at", &FollowUp::stepAt));
};

} // namespace patrolbook
