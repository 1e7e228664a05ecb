#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/record_base.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// 报修: an owner's repair call, registered on their behalf and carried to a return visit.
// Its steps are RepairFlow's (repair_flow.hpp); each step the server accepts is also a
// LoopEvent. The times of dispatch, acceptance and completion are kept so the office
// sees how long owners waited.
struct RepairOrder : RecordBase {
    std::string propertyId;
    std::optional<std::string> unitId;
    std::optional<std::string> ownerId;
    ContactChannel channel = ContactChannel::Phone;
    RepairCategory category = RepairCategory::Other;
    std::string description;
    Urgency urgency = Urgency::Normal;
    RepairStatus status = RepairStatus::Registered;
    std::string registeredBy;
    Timestamp registeredAt;
    std::optional<std::string> assigneeId;
    std::optional<std::string> team;
    std::optional<std::string> dispatchedBy;
    std::optional<Timestamp> dispatchedAt;
    std::optional<Timestamp> acceptedAt;
    std::optional<Timestamp> doneAt;
    std::vector<std::string> beforePhotoIds;
    std::vector<std::string> afterPhotoIds;
    std::optional<std::string> materials;
    std::optional<std::string> signaturePhotoId;
    std::optional<VisitOutcome> rating;
    std::optional<std::string> ratingNote;
    std::optional<Timestamp> closedAt;
    // The last step's note (a re-dispatch's or refusal's reason, what was done) and when
    // it was taken on the device; the step's LoopEvent keeps both.
    std::optional<std::string> stepNote;
    std::optional<Timestamp> stepAt;

    friend bool operator==(const RepairOrder&, const RepairOrder&) = default;
};

template <>
struct Schema<RepairOrder> {
    static constexpr std::string_view entity = "repair_order";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &RepairOrder::propertyId, Required | IdRef), field("unit_id", &RepairOrder::unitId, IdRef),
        field("owner_id", &RepairOrder::ownerId, IdRef), field("channel", &RepairOrder::channel),
        field("category", &RepairOrder::category), field("description", &RepairOrder::description, Required),
        field("urgency", &RepairOrder::urgency), field("status", &RepairOrder::status),
        field("registered_by", &RepairOrder::registeredBy, Required | IdRef),
        field("registered_at", &RepairOrder::registeredAt), field("assignee_id", &RepairOrder::assigneeId, IdRef),
        field("team", &RepairOrder::team), field("dispatched_by", &RepairOrder::dispatchedBy, IdRef),
        field("dispatched_at", &RepairOrder::dispatchedAt), field("accepted_at", &RepairOrder::acceptedAt),
        field("done_at", &RepairOrder::doneAt), field("before_photo_ids", &RepairOrder::beforePhotoIds),
        field("after_photo_ids", &RepairOrder::afterPhotoIds), field("materials", &RepairOrder::materials),
        field("signature_photo_id", &RepairOrder::signaturePhotoId, IdRef), field("rating", &RepairOrder::rating),
        field("rating_note", &RepairOrder::ratingNote), field("closed_at", &RepairOrder::closedAt),
        field("step_note", &RepairOrder::stepNote), field("step_at", &RepairOrder::stepAt));
};

} // namespace patrolbook
