#include "export/record_csv.hpp"

#include "patrolbook/timestamp.hpp"
#include "storage/console_repo.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

using nlohmann::json;

namespace {

std::string text(const json& fields, const char* key)
{
    const auto it = fields.find(key);
    return it != fields.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

// "2026-12-02 09:26": the instant on the property's clock, as a spreadsheet sorts it.
std::string localTime(std::int64_t utcMs, std::int32_t offsetMin)
{
    auto iso = Timestamp::fromUtcMs(utcMs, offsetMin).toIso(); // 2026-12-02T09:26:00.000+08:00
    iso.resize(16);
    iso[10] = ' ';
    return iso;
}

} // namespace

RecordCsv::RecordCsv(ConsoleRepo& repo, const std::vector<std::string>& propertyIds, ExportWords words)
    : words_(words)
{
    for (const auto& p : repo.reference("property", propertyIds)) {
        const auto f = json::parse(p.fields);
        properties_[p.id] = text(f, "name");
        offsets_[p.id] = f.value("utc_offset_min", 480);
    }
    for (const auto& s : repo.reference("staff", propertyIds))
        staff_[s.id] = text(json::parse(s.fields), "name");
    for (const auto& a : repo.reference("area", propertyIds))
        areas_[a.id] = text(json::parse(a.fields), "name");
    std::map<std::string, std::string> buildings;
    for (const auto& b : repo.reference("building", propertyIds))
        buildings[b.id] = text(json::parse(b.fields), "name");
    for (const auto& u : repo.reference("unit", propertyIds)) {
        const auto f = json::parse(u.fields);
        const auto building = buildings.find(text(f, "building_id"));
        units_[u.id] = (building == buildings.end() ? std::string{} : building->second + " ") + text(f, "number");
    }
}

std::string RecordCsv::name(const std::map<std::string, std::string>& names, const std::string& id) const
{
    const auto it = names.find(id);
    return it == names.end() ? id : it->second;
}

std::int32_t RecordCsv::offsetOf(const std::string& propertyId) const
{
    const auto it = offsets_.find(propertyId);
    return it == offsets_.end() ? 480 : it->second;
}

std::vector<std::string> RecordCsv::row(const ConsoleRow& r) const
{
    const auto f = json::parse(r.fields);
    const bool visit = r.entity == "owner_visit";
    const bool followUp = r.entity == "follow_up";
    const auto area = text(f, "area_id");
    const auto unit = text(f, "unit_id");
    const std::string place = !area.empty() ? name(areas_, area) : !unit.empty() ? name(units_, unit) : std::string{};
    const bool checked = r.entity == "inspection" || r.entity == "renovation_check";
    return {words_.label(r.entity),
            name(properties_, r.propertyId),
            localTime(r.atMs, offsetOf(r.propertyId)),
            r.staffId ? name(staff_, *r.staffId) : std::string{},
            place,
            r.status ? words_.label(*r.status) : std::string{},
            words_.label(r.review),
            checked ? std::to_string(r.failedLines) : std::string{},
            visit ? words_.label(text(f, "outcome")) : std::string{},
            followUp ? text(f, "description") : text(f, "note"),
            visit          ? text(f, "suggestions")
                : followUp ? text(f, "resolution")
                           : std::string{},
            r.id};
}

} // namespace patrolbook::server
