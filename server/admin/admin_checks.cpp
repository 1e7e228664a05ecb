#include "admin/admin_checks.hpp"

#include "api/validation_failure.hpp"
#include "auth/auth_service.hpp"
#include "patrolbook/entities.hpp"
#include "patrolbook/enum_names.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/validation.hpp"
#include "storage/account_repo.hpp"
#include "storage/admin_repo.hpp"
#include "storage/record_repo.hpp"
#include "sync/field_caps.hpp"

#include <algorithm>

namespace patrolbook::server {

using nlohmann::json;

namespace {

Error problem(ErrorCode code, const std::string& field, std::string message)
{
    return {ErrorDomain::Validation, code, std::move(message), field};
}

// An id field and the entity it names; `sameProperty`: the named record must be of the
// naming record's property.
struct Reference {
    std::string_view entity;
    const char* field;
    std::string_view names;
    bool sameProperty;
};

constexpr Reference references[] = {
    {"building", "property_id", "property", true},
    {"unit", "property_id", "property", true},
    {"unit", "building_id", "building", true},
    {"owner", "property_id", "property", true},
    {"owner", "unit_id", "unit", true},
    {"area", "property_id", "property", true},
    {"area", "building_id", "building", true},
    {"area", "checklist_id", "checklist", false},
    {"owner", "assigned_staff_id", "staff", false},
};

std::string text(const json& fields, const char* name)
{
    const auto it = fields.find(name);
    return it != fields.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

std::vector<std::string> texts(const json& fields, const char* name)
{
    std::vector<std::string> out;
    if (const auto it = fields.find(name); it != fields.end() && it->is_array())
        for (const auto& v : *it)
            if (v.is_string())
                out.push_back(v.get<std::string>());
    return out;
}

bool holds(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

json AdminChecks::merge(const std::string& entity, json fields, const json& body)
{
    if (!fields.is_object())
        fields = json::object();
    const auto& known = knownFieldNames(entity);
    std::vector<Error> problems;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const auto& key = it.key();
        if (isReservedKey(key))
            continue;
        const bool extra = entity == "owner" && holds({ownerExtraFields.begin(), ownerExtraFields.end()}, key);
        if (!holds(known, key) && !extra) {
            problems.push_back(
                problem(ErrorCode::InvalidValue, key,
                        std::string{"a "}.append(entity).append(" has no field '").append(key).append("'")));
            continue;
        }
        if (it.value().is_null())
            fields.erase(key);
        else
            fields[key] = it.value();
    }
    if (!problems.empty())
        throw ValidationFailure(std::move(problems));
    return fields;
}

void AdminChecks::validate(const std::string& entity, const std::string& id, const json& fields)
{
    std::vector<Error> problems;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (Schema<T>::entity != entity)
            return;
        try {
            problems = patrolbook::validate(fromFields<T>(id, 0, false, fields));
        } catch (const Error& e) { // a value of the wrong type: the field's problem too
            problems.push_back(problem(e.code(), e.field(), e.message()));
        }
    });
    // The sizes a device's push is held to (field_caps.hpp): what the registry holds,
    // every phone pulls.
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto check = [&](const json& v) {
            if (!v.is_string())
                return;
            if (auto why = textTooLong(it.key(), v.get_ref<const std::string&>().size()))
                problems.push_back(problem(ErrorCode::OutOfRange, it.key(), std::move(*why)));
        };
        check(it.value());
        if (it.value().is_array())
            for (const auto& each : it.value())
                check(each);
    }
    if (entity == "staff" && text(fields, "username").size() > AuthService::maxUsernameBytes)
        problems.push_back(problem(ErrorCode::OutOfRange, "username",
                                   "a username has at most " + std::to_string(AuthService::maxUsernameBytes)
                                       + " bytes: a longer one could never sign in"));
    if (problems.empty())
        if (auto why = sizeRefusal(entity, fields, jsonText(fields).size()))
            problems.push_back(problem(ErrorCode::OutOfRange, "", std::move(*why)));
    if (!problems.empty())
        throw ValidationFailure(std::move(problems));
}

void AdminChecks::consistent(sqlite::Database& db, const std::string& entity, const std::string& id, const json& fields)
{
    RecordRepo records(db);
    std::vector<Error> problems;
    const auto property = entity == "property" ? id : text(fields, "property_id");
    auto live = [&](std::string_view named, const std::string& namedId) {
        auto stored = records.load(std::string{named}, namedId);
        return stored && !stored->state.deleted ? std::move(stored) : std::nullopt;
    };
    for (const auto& ref : references) {
        const auto value = ref.entity == entity ? text(fields, ref.field) : std::string{};
        if (value.empty())
            continue;
        const auto named = live(ref.names, value);
        if (!named)
            problems.push_back(problem(ErrorCode::NotFound, ref.field,
                                       "'" + std::string{ref.field} + "' names no " + std::string{ref.names}));
        else if (ref.sameProperty && named->propertyId.value_or("") != property)
            problems.push_back(
                problem(ErrorCode::InvalidValue, ref.field,
                        "'" + std::string{ref.field} + "' names a " + std::string{ref.names} + " of another property"));
        else if (ref.names == "staff" && !holds(texts(named->state.fields, "property_ids"), property))
            problems.push_back(problem(ErrorCode::InvalidValue, ref.field,
                                       "'" + std::string{ref.field} + "' names a staff member of another property"));
    }
    if (entity == "staff")
        for (const auto& p : texts(fields, "property_ids"))
            if (!live("property", p))
                problems.push_back(
                    problem(ErrorCode::NotFound, "property_ids", "'property_ids' names no property " + p));
    AdminRepo admin(db);
    if (entity == "property" && admin.otherWith("property", "code", text(fields, "code"), id))
        problems.push_back(
            problem(ErrorCode::AlreadyExists, "code", "another property has the code '" + text(fields, "code") + "'"));
    if (entity == "staff") {
        const auto username = text(fields, "username");
        const auto account = AccountRepo(db).byUsername(username);
        if (admin.otherWith("staff", "username", username, id) || (account && account->id != id))
            problems.push_back(
                problem(ErrorCode::AlreadyExists, "username", "the username '" + username + "' is taken"));
    }
    if (!problems.empty())
        throw ValidationFailure(std::move(problems));
}

std::optional<std::string> AdminChecks::stillUsed(sqlite::Database& db, const std::string& entity,
                                                  const std::string& id)
{
    AdminRepo admin(db);
    std::int64_t users = 0;
    std::string what;
    if (entity == "property") {
        users = admin.recordsOfProperty(id);
        what = "records (buildings, units, owners, areas, work) still belong to this property";
    } else if (entity == "building") {
        users = admin.referencing("unit", "building_id", id) + admin.referencing("area", "building_id", id);
        what = "units or areas are still in this building";
    } else if (entity == "unit") {
        users = admin.referencing("owner", "unit_id", id);
        what = "owners are still registered in this unit";
    } else if (entity == "checklist") {
        users = admin.referencing("area", "checklist_id", id);
        what = "areas still use this checklist";
    }
    if (users == 0)
        return std::nullopt;
    return std::to_string(users) + " " + what + ": retire or move them first";
}

AdminTarget AdminChecks::target(sqlite::Database& db, const std::string& entity, const std::string& id,
                                const json& fields)
{
    AdminTarget t{entity, {}, std::nullopt};
    if (entity == "property")
        t.properties = {id};
    else if (entity == "staff") {
        t.properties = texts(fields, "property_ids");
        t.role = enumFromString<StaffRole>(text(fields, "role"));
    } else if (entity == "checklist")
        t.properties = AdminRepo(db).propertiesUsingChecklist(id);
    else if (auto p = text(fields, "property_id"); !p.empty())
        t.properties = {std::move(p)};
    return t;
}

} // namespace patrolbook::server
