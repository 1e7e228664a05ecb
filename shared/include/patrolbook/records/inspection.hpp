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

// 日常巡视记录: one patrol of one area against its checklist. Its answers are
// InspectionItem records, so two people's edits to different items never conflict.
struct Inspection : RecordBase {
    std::string propertyId;
    std::string areaId;
    std::string checklistId;
    std::string inspectorId;
    Timestamp startedAt;
    std::optional<Timestamp> finishedAt;
    RecordStatus status = RecordStatus::Draft;
    std::optional<GeoPoint> position;
    std::optional<std::string> note;
    std::optional<std::string> deviceId;
    // The checklist revision the patrol was started on: its lines stay that revision's
    // when a newer one arrives (0: started before revisions were stamped).
    std::int64_t checklistRevision = 0;

    friend bool operator==(const Inspection&, const Inspection&) = default;
};

template <>
struct Schema<Inspection> {
    static constexpr std::string_view entity = "inspection";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &Inspection::propertyId, Required | IdRef),
        field("area_id", &Inspection::areaId, Required | IdRef),
        field("checklist_id", &Inspection::checklistId, Required | IdRef),
        field("inspector_id", &Inspection::inspectorId, Required | IdRef), field("started_at", &Inspection::startedAt),
        field("finished_at", &Inspection::finishedAt), field("status", &Inspection::status),
        field("position", &Inspection::position), field("note", &Inspection::note),
        field("device_id", &Inspection::deviceId), field("checklist_revision", &Inspection::checklistRevision));
};

} // namespace patrolbook
