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

// 回访 / 走访: a return visit to an owner, planned or done.
struct OwnerVisit : RecordBase {
    std::string propertyId;
    std::string ownerId;
    std::optional<std::string> unitId;
    std::string staffId;
    ContactChannel channel = ContactChannel::Phone;
    VisitPurpose purpose = VisitPurpose::Satisfaction;
    VisitStatus status = VisitStatus::Planned;
    std::optional<Timestamp> plannedAt;
    std::optional<Timestamp> visitedAt;
    // The service this visit follows up; the three-day limit counts from its completion.
    std::optional<ServiceKind> serviceKind;
    std::optional<std::string> serviceRef;
    std::optional<Timestamp> serviceCompletedAt;
    std::optional<VisitOutcome> outcome;
    std::optional<std::string> note;
    std::optional<std::string> suggestions;
    std::optional<std::int64_t> durationMin;
    // Why it exists: planned by hand, or by one of the server's rules (visit_rules.hpp).
    VisitRule rule = VisitRule::Manual;
    // Set by the server when a visit done falls in the property's rest hours: kept, and
    // shown, never silently accepted.
    bool inRestHours = false;

    friend bool operator==(const OwnerVisit&, const OwnerVisit&) = default;
};

template <>
struct Schema<OwnerVisit> {
    static constexpr std::string_view entity = "owner_visit";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &OwnerVisit::propertyId, Required | IdRef),
        field("owner_id", &OwnerVisit::ownerId, Required | IdRef), field("unit_id", &OwnerVisit::unitId, IdRef),
        field("staff_id", &OwnerVisit::staffId, Required | IdRef), field("channel", &OwnerVisit::channel),
        field("purpose", &OwnerVisit::purpose), field("status", &OwnerVisit::status),
        field("planned_at", &OwnerVisit::plannedAt), field("visited_at", &OwnerVisit::visitedAt),
        field("service_kind", &OwnerVisit::serviceKind), field("service_ref", &OwnerVisit::serviceRef),
        field("service_completed_at", &OwnerVisit::serviceCompletedAt), field("outcome", &OwnerVisit::outcome),
        field("note", &OwnerVisit::note), field("suggestions", &OwnerVisit::suggestions),
        field("duration_min", &OwnerVisit::durationMin), field("rule", &OwnerVisit::rule),
        field("in_rest_hours", &OwnerVisit::inRestHours));
};

} // namespace patrolbook
