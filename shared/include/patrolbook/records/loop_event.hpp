#pragma once

#include "patrolbook/record_base.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// One step of a loop (follow-up, repair order, complaint) as the server accepted it: who
// took it, when on their device and when it reached the server, from which status to
// which, with the step's note and photos. Written by the server only, in the push that
// carried the step, and pulled like any record, so a loop's history reads the same on
// the phone, the tablet and in the console.
struct LoopEvent : RecordBase {
    std::string propertyId;
    std::string loopEntity; // follow_up, repair_order, complaint
    std::string loopId;
    std::string action; // the flow's step: "accept", "approve", ...
    std::optional<std::string> fromStatus; // none for the step that created the loop
    std::string toStatus;
    std::string actorId;
    Timestamp at; // on the device
    Timestamp receivedAt; // at the server
    std::optional<std::string> note;
    std::vector<std::string> photoIds;
    std::int64_t loopVersion = 0;

    friend bool operator==(const LoopEvent&, const LoopEvent&) = default;
};

template <>
struct Schema<LoopEvent> {
    static constexpr std::string_view entity = "loop_event";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &LoopEvent::propertyId, Required | IdRef),
        field("loop_entity", &LoopEvent::loopEntity, Required), field("loop_id", &LoopEvent::loopId, Required | IdRef),
        field("action", &LoopEvent::action, Required), field("from_status", &LoopEvent::fromStatus),
        field("to_status", &LoopEvent::toStatus, Required), field("actor_id", &LoopEvent::actorId, Required | IdRef),
        field("at", &LoopEvent::at), field("received_at", &LoopEvent::receivedAt), field("note", &LoopEvent::note),
        field("photo_ids", &LoopEvent::photoIds), field("loop_version", &LoopEvent::loopVersion));
};

} // namespace patrolbook
