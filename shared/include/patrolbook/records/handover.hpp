#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/record_base.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// 交接班: what one shift at a post hands to the next — what happened, and the open items
// carried over ("follow_up:<id>", "repair_order:<id>", "complaint:<id>") — confirmed by
// the person who takes over. Unconfirmed handovers are the manager's to chase.
struct Handover : RecordBase {
    std::string propertyId;
    std::string post; // 岗位: 前台, 岗亭, 监控室 ...
    Shift shift = Shift::Day;
    Timestamp shiftStart;
    std::string summary;
    std::vector<std::string> openItems;
    std::string handedBy;
    Timestamp handedAt;
    std::optional<std::string> toStaffId; // the next person, when known
    HandoverStatus status = HandoverStatus::Handed;
    std::optional<std::string> receivedBy;
    std::optional<Timestamp> receivedAt;
    std::optional<std::string> receiveNote;

    friend bool operator==(const Handover&, const Handover&) = default;
};

template <>
struct Schema<Handover> {
    static constexpr std::string_view entity = "handover";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &Handover::propertyId, Required | IdRef), field("post", &Handover::post, Required),
        field("shift", &Handover::shift), field("shift_start", &Handover::shiftStart),
        field("summary", &Handover::summary, Required), field("open_items", &Handover::openItems),
        field("handed_by", &Handover::handedBy, Required | IdRef), field("handed_at", &Handover::handedAt),
        field("to_staff_id", &Handover::toStaffId, IdRef), field("status", &Handover::status),
        field("received_by", &Handover::receivedBy, IdRef), field("received_at", &Handover::receivedAt),
        field("receive_note", &Handover::receiveNote));
};

} // namespace patrolbook
