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

// 装修巡查 / 装修验收: a check of an owner's renovation works, or their acceptance.
struct RenovationCheck : RecordBase {
    std::string propertyId;
    std::string unitId;
    std::string ownerId;
    RenovationKind kind = RenovationKind::Patrol;
    std::string inspectorId;
    Timestamp startedAt;
    std::optional<Timestamp> finishedAt;
    RecordStatus status = RecordStatus::Draft;
    std::optional<std::string> contractor;
    std::optional<std::string> permitNo;
    std::optional<std::string> note;
    // The owner's signature drawn on screen, stored as a photo: required on a finished acceptance.
    std::optional<std::string> signaturePhotoId;
    std::optional<GeoPoint> position;
    // A re-check (复查) names the check whose failures it looks at again.
    std::optional<std::string> rechecksId;
    // The standard (a checklist template) and its revision the check was started on.
    std::optional<std::string> checklistId;
    std::int64_t checklistRevision = 0;

    friend bool operator==(const RenovationCheck&, const RenovationCheck&) = default;
};

template <>
struct Schema<RenovationCheck> {
    static constexpr std::string_view entity = "renovation_check";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &RenovationCheck::propertyId, Required | IdRef),
        field("unit_id", &RenovationCheck::unitId, Required | IdRef),
        field("owner_id", &RenovationCheck::ownerId, Required | IdRef), field("kind", &RenovationCheck::kind),
        field("inspector_id", &RenovationCheck::inspectorId, Required | IdRef),
        field("started_at", &RenovationCheck::startedAt), field("finished_at", &RenovationCheck::finishedAt),
        field("status", &RenovationCheck::status), field("contractor", &RenovationCheck::contractor),
        field("permit_no", &RenovationCheck::permitNo), field("note", &RenovationCheck::note),
        field("signature_photo_id", &RenovationCheck::signaturePhotoId, IdRef),
        field("position", &RenovationCheck::position), field("rechecks_id", &RenovationCheck::rechecksId, IdRef),
        field("checklist_id", &RenovationCheck::checklistId, IdRef),
        field("checklist_revision", &RenovationCheck::checklistRevision));
};

} // namespace patrolbook
