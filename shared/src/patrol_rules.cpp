#include "patrolbook/patrol_rules.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/uuid.hpp"

namespace patrolbook {

PatrolRules::NewPatrol PatrolRules::startPatrol(const Area& area, const Checklist& checklist,
                                                const std::string& inspectorId, const std::string& deviceId)
{
    NewPatrol patrol;
    auto& inspection = patrol.inspection;
    inspection.id = newUuid();
    inspection.propertyId = area.propertyId;
    inspection.areaId = area.id;
    inspection.checklistId = checklist.id;
    inspection.inspectorId = inspectorId;
    inspection.deviceId = deviceId;
    inspection.status = RecordStatus::Draft;
    for (const auto& line : checklist.items) {
        InspectionItem item;
        item.id = newUuid();
        item.inspectionId = inspection.id;
        item.itemCode = line.code;
        item.category = line.category;
        item.title = line.titleZh.empty() ? line.titleEn : line.titleZh;
        patrol.items.push_back(std::move(item));
    }
    return patrol;
}

std::optional<FollowUp> PatrolRules::followUpOf(Store& store, const std::string& itemId)
{
    const auto id = DeviceQueries(store.database()).followUpOfLine(itemId);
    return id ? store.records().get<FollowUp>(*id) : std::nullopt;
}

std::string PatrolRules::faultText(const InspectionItem& item)
{
    std::string text = "\u2717 " + item.title;
    if (item.note && !item.note->empty())
        text += " \u2014 " + *item.note;
    return text;
}

FollowUp PatrolRules::followUpFor(const InspectionItem& item, const Inspection& of, const std::string& userId,
                                  std::int32_t offsetMin)
{
    FollowUp fu;
    fu.id = newUuid();
    fu.propertyId = of.propertyId;
    fu.sourceEntity = FollowUpSource::InspectionItem;
    fu.sourceId = item.id;
    fu.areaId = of.areaId;
    fu.description = faultText(item);
    const auto now = Timestamp::now(offsetMin);
    fu.dueAt = now.plusMinutes(24 * 60);
    fu.createdBy = userId;
    fu.createdAt = now;
    return fu;
}

FollowUp PatrolRules::followUpFor(const RenovationItem& item, const RenovationCheck& of, const std::string& userId,
                                  std::int32_t offsetMin)
{
    FollowUp fu;
    fu.id = newUuid();
    fu.propertyId = of.propertyId;
    fu.sourceEntity = FollowUpSource::RenovationItem;
    fu.sourceId = item.id;
    fu.unitId = of.unitId;
    fu.description = "\u2717 " + item.title + (item.note && !item.note->empty() ? " \u2014 " + *item.note : "");
    const auto now = Timestamp::now(offsetMin);
    fu.dueAt = item.rectifyBy ? *item.rectifyBy : now.plusMinutes(7 * 24 * 60);
    fu.createdBy = userId;
    fu.createdAt = now;
    return fu;
}

void PatrolRules::keepRenovationFollowUp(Store& store, const RenovationItem& item, const std::string& userId,
                                         std::int32_t offsetMin)
{
    auto existing = followUpOf(store, item.id);
    if (item.result == ItemResult::Fail && !existing) {
        const auto check = store.records().get<RenovationCheck>(item.checkId);
        if (!check)
            throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such renovation check");
        store.records().insert(followUpFor(item, *check, userId, offsetMin));
    } else if (item.result != ItemResult::Fail && existing && existing->version == 0) {
        store.records().remove<FollowUp>(existing->id);
    } else if (item.result == ItemResult::Fail && existing && item.rectifyBy && existing->dueAt != item.rectifyBy
               && (existing->status == FollowUpStatus::Open || existing->status == FollowUpStatus::InProgress)) {
        existing->dueAt = item.rectifyBy;
        store.records().update(*existing);
    }
}

std::string PatrolRules::unresolvedFollowUpSql(const std::string& alias)
{
    return "(" + alias + ".status IN ('open', 'in_progress') AND NOT EXISTS (SELECT 1 FROM inspection_item i "
        + "JOIN inspection n ON n.id = i.inspection_id WHERE i.id = " + alias + ".source_id AND n.status = 'draft') "
        + "AND NOT EXISTS (SELECT 1 FROM renovation_item r JOIN renovation_check c ON c.id = r.check_id WHERE r.id = "
        + alias + ".source_id AND c.status = 'draft'))";
}

} // namespace patrolbook
