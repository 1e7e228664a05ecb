#include "storage/record_import.hpp"

#include "patrolbook/record_json.hpp"
#include "storage/record_repo.hpp"
#include "sync/write_rules.hpp"

#include <stdexcept>

namespace patrolbook::server {

namespace {

template <Record T>
void importAll(RecordRepo& repo, std::int64_t& version, const std::vector<T>& records)
{
    const std::string entity{Schema<T>::entity};
    const auto placement = placementOf(entity);
    for (const auto& r : records) {
        StoredRecord s;
        s.state.exists = true;
        s.state.version = version;
        s.state.deleted = r.deleted;
        s.state.fields = fieldsToJson(r);
        for (auto it = s.state.fields.begin(); it != s.state.fields.end(); ++it)
            s.state.fieldVersions[it.key()] = version;
        if (entity == "property") {
            s.propertyId = r.id;
        } else if (placement && placement->ownProperty) {
            s.propertyId = textField(s.state.fields, "property_id");
        } else if (const auto parent = placement ? parentOf(*placement, s.state.fields) : std::nullopt) {
            // A child takes its parent's property; without one it would be visible to
            // everyone, so an estate that lists a child before its parent is refused.
            const auto stored = repo.load(parent->entity, parent->id);
            if (!stored || !stored->propertyId)
                throw std::runtime_error(entity + " " + r.id + " names a " + parent->entity
                                         + " that is not imported before it");
            s.parentId = parent->id;
            s.propertyId = stored->propertyId;
        }
        repo.write(entity, r.id, s, false);
        ++version;
    }
}

} // namespace

void importEstate(sqlite::Database& db, const DemoEstate& e)
{
    RecordRepo repo(db);
    std::int64_t version = repo.maxVersion() + 1;
    importAll(repo, version, e.properties);
    importAll(repo, version, e.buildings);
    importAll(repo, version, e.checklists);
    importAll(repo, version, e.areas);
    importAll(repo, version, e.staff);
    importAll(repo, version, e.units);
    importAll(repo, version, e.owners);
    importAll(repo, version, e.inspections);
    importAll(repo, version, e.inspectionItems);
    importAll(repo, version, e.visits);
    importAll(repo, version, e.followUps);
    importAll(repo, version, e.repairOrders);
    importAll(repo, version, e.complaints);
    importAll(repo, version, e.handovers);
    importAll(repo, version, e.loopEvents);
}

void importStaff(sqlite::Database& db, const Staff& staff)
{
    RecordRepo repo(db);
    std::int64_t version = repo.maxVersion() + 1;
    importAll(repo, version, std::vector<Staff>{staff});
}

} // namespace patrolbook::server
