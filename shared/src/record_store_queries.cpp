// RecordStore's named queries (the device's records by area, status, owner, ...) and the
// purge of records outside the user's properties. The store's writes, reads by id and
// their outbox bookkeeping are in record_store.cpp.
#include "patrolbook/record_store.hpp"

#include "patrolbook/entities.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/record_table.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/write_scope.hpp"
#include "patrolbook/validation.hpp"

#include <algorithm>

namespace patrolbook {

std::int64_t RecordStore::purgeOutsideScope(const std::vector<std::string>& propertyIds)
{
    sqlite::WriteScope scope(db_);
    const std::string ids = Json(propertyIds).dump();
    const std::string inScope = " IN (SELECT value FROM json_each(?))";
    std::int64_t dropped = 0;
    auto run = [&](const std::string& sql, bool bindIds) {
        auto st = db_.cached(sql);
        if (bindIds)
            st.bindRef(1, ids);
        st.run();
        dropped += db_.changes();
    };
    run("DELETE FROM property WHERE pending_change IS NULL AND id NOT" + inScope, true);
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        bool hasProperty = false;
        forEachField<T>([&](const auto& f) { hasProperty = hasProperty || f.name == "property_id"; });
        if (hasProperty)
            run("DELETE FROM " + RecordTable<T>::table() + " WHERE pending_change IS NULL AND property_id NOT"
                    + inScope,
                true);
    });
    run("DELETE FROM inspection_item WHERE pending_change IS NULL AND inspection_id NOT IN (SELECT id FROM inspection)",
        false);
    // Photos belong to whatever record they illustrate: they go when it went.
    std::string allIds;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (Schema<T>::entity != std::string_view{"photo"})
            allIds += (allIds.empty() ? "SELECT id FROM " : " UNION ALL SELECT id FROM ") + RecordTable<T>::table();
    });
    run("DELETE FROM photo WHERE pending_change IS NULL AND record_id NOT IN (" + allIds + ")", false);
    run("DELETE FROM renovation_item WHERE pending_change IS NULL AND check_id NOT IN (SELECT id FROM "
        "renovation_check)",
        false);
    scope.commit();
    return dropped;
}

std::vector<Inspection> RecordStore::inspectionsForArea(std::string_view areaId, Timestamp from, Timestamp to)
{
    return select<Inspection>(
        "WHERE area_id = ? AND started_at >= ? AND started_at < ? AND deleted = 0 ORDER BY started_at",
        {areaId, from.utcMs, to.utcMs});
}

std::vector<Inspection> RecordStore::inspectionsBetween(Timestamp from, Timestamp to)
{
    return select<Inspection>("WHERE started_at >= ? AND started_at < ? AND deleted = 0 ORDER BY started_at",
                              {from.utcMs, to.utcMs});
}

std::vector<Inspection> RecordStore::inspectionsByStatus(RecordStatus status)
{
    return select<Inspection>("WHERE status = ? AND deleted = 0 ORDER BY started_at", {toString(status)});
}

std::vector<InspectionItem> RecordStore::itemsOfInspection(std::string_view inspectionId)
{
    return select<InspectionItem>("WHERE inspection_id = ? AND deleted = 0 ORDER BY item_code", {inspectionId});
}

std::vector<RenovationCheck> RecordStore::renovationChecksForUnit(std::string_view unitId)
{
    return select<RenovationCheck>("WHERE unit_id = ? AND deleted = 0 ORDER BY started_at", {unitId});
}

std::vector<RenovationItem> RecordStore::itemsOfRenovationCheck(std::string_view checkId)
{
    return select<RenovationItem>("WHERE check_id = ? AND deleted = 0 ORDER BY item_code", {checkId});
}

std::vector<OwnerVisit> RecordStore::visitsForOwner(std::string_view ownerId)
{
    return select<OwnerVisit>("WHERE owner_id = ? AND deleted = 0 ORDER BY coalesce(visited_at, planned_at)",
                              {ownerId});
}

std::vector<OwnerVisit> RecordStore::visitsByStatus(VisitStatus status)
{
    return select<OwnerVisit>("WHERE status = ? AND deleted = 0 ORDER BY planned_at", {toString(status)});
}

std::vector<FollowUp> RecordStore::followUpsByStatus(FollowUpStatus status)
{
    return select<FollowUp>("WHERE status = ? AND deleted = 0 ORDER BY due_at IS NULL, due_at", {toString(status)});
}

std::vector<Notice> RecordStore::openNotices(std::string_view recipientId, std::string_view recordId)
{
    auto notices = recordId.empty()
        ? select<Notice>("WHERE recipient_id = ? AND state = 'has_issues' AND corrected_at IS NULL AND deleted = 0 "
                         "ORDER BY reviewed_at DESC",
                         {recipientId})
        : select<Notice>("WHERE recipient_id = ? AND record_id = ? AND state = 'has_issues' AND corrected_at IS NULL "
                         "AND deleted = 0",
                         {recipientId, recordId});
    std::erase_if(notices, [&](const Notice& n) {
        bool rewritten = true; // a record the device does not hold has nothing to correct here
        forEachRecordType(AllRecordTypes{}, [&]<class T>() {
            if (Schema<T>::entity == n.recordEntity)
                if (const auto r = get<T>(n.recordId))
                    rewritten = r->deleted || r->version > n.recordVersion;
        });
        return rewritten;
    });
    return notices;
}

std::vector<Area> RecordStore::areasOfProperty(std::string_view propertyId)
{
    return select<Area>("WHERE property_id = ? AND deleted = 0 ORDER BY code, name", {propertyId});
}

std::vector<Owner> RecordStore::ownersOfProperty(std::string_view propertyId)
{
    return select<Owner>("WHERE property_id = ? AND deleted = 0 ORDER BY name", {propertyId});
}

} // namespace patrolbook
