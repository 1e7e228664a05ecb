#include "admin/admin_service.hpp"

#include "admin/admin_checks.hpp"
#include "admin/admin_collections.hpp"
#include "admin/staff_accounts.hpp"
#include "api/api_error.hpp"
#include "api/validation_failure.hpp"
#include "auth/admin_policy.hpp"
#include "auth/auth_service.hpp"
#include "auth/password.hpp"
#include "patrolbook/json_parse.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "storage/admin_repo.hpp"
#include "storage/db_pool.hpp"
#include "storage/history_repo.hpp"
#include "storage/record_repo.hpp"

namespace patrolbook::server {

using nlohmann::json;

namespace {

const AdminCollection& collectionOf(const std::string& name)
{
    if (const auto* c = adminCollection(name))
        return *c;
    std::string names;
    for (const auto& c : adminCollections())
        names.append(names.empty() ? "" : ", ").append(c.name);
    throw ApiError::notFound("there is no collection '" + name + "'; the collections are " + names);
}

void need(const Principal& who, AdminAct act, const AdminTarget& target)
{
    if (auto why = AdminPolicy::refusal(who, act, target))
        throw ApiError::forbidden(*why);
}

void needAdministrator(const Principal& who)
{
    if (!AdminPolicy::mayAdminister(who))
        throw ApiError::forbidden(*AdminPolicy::refusal(who, AdminAct::Read, {}));
}

void needObject(const json& body)
{
    if (!body.is_object())
        throw ApiError::badRequest("the body must be a JSON object of the record's fields");
}

json recordJson(const std::string& id, std::int64_t version, bool deleted, const json& fields)
{
    json out = fields.is_object() ? fields : json::object();
    out["id"] = id;
    out["version"] = version;
    out["deleted"] = deleted;
    return out;
}

// A password as sign-in takes it: 8 characters at least, no longer than a login reads.
std::string hashedPassword(const json& value)
{
    const bool fits = value.is_string() && value.get_ref<const std::string&>().size() >= AdminService::minPassword
        && value.get_ref<const std::string&>().size() <= AuthService::maxPasswordBytes;
    if (!fits)
        throw ValidationFailure({Error(ErrorDomain::Validation, ErrorCode::InvalidValue,
                                       "'password' must be text of 8 to 1024 bytes", "password")});
    return hashPassword(value.get<std::string>());
}

// What changed, as record_history keeps it: {"field": [old, new]}, absent as null.
json changes(const json& before, const json& after)
{
    json out = json::object();
    for (auto it = after.begin(); it != after.end(); ++it)
        if (const auto old = before.value(it.key(), json()); old != it.value())
            out[it.key()] = json::array({old, it.value()});
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            out[it.key()] = json::array({it.value(), nullptr});
    return out;
}

// Writes the record at a new version, as the server writes its own records (a review
// notice, a restored conflict value): every field that changed at that version, so a
// device's later edit of another field merges, and one of the same field conflicts.
std::int64_t write(sqlite::Database& db, const Principal& who, const std::string& entity, const std::string& id,
                   const std::optional<StoredRecord>& before, const json& fields, bool deleted, const char* action)
{
    RecordRepo records(db);
    const auto version = records.maxVersion() + 1;
    std::optional<std::string> property;
    if (entity == "property")
        property = id;
    else if (const auto p = fields.find("property_id"); p != fields.end() && p->is_string())
        property = p->get<std::string>();
    if (!before) {
        // Who and when: in the row, as a device's new record is remembered.
        const std::string creation = newUuid();
        const std::string text = jsonText(fields);
        const std::optional<std::string> noParent;
        records.write(RecordRepo::Row{.entity = entity,
                                      .id = id,
                                      .version = version,
                                      .propertyId = property,
                                      .parentId = noParent,
                                      .deleted = deleted,
                                      .fields = text,
                                      .fieldVersions = "",
                                      .createdBy = &creation,
                                      .createdAccount = &who.accountId});
        return version;
    }
    StoredRecord next = *before;
    const auto changed = changes(before->state.fields, fields);
    for (auto it = changed.begin(); it != changed.end(); ++it)
        next.state.fieldVersions[it.key()] = version;
    next.state.fields = fields;
    next.state.version = version;
    next.state.deleted = deleted;
    next.propertyId = property;
    records.write(entity, id, next, false);
    HistoryRepo(db).add({entity, id, version, action, jsonText(changed), std::nullopt, who.accountId, who.deviceId,
                         Timestamp::now(0).utcMs});
    return version;
}

json historyJson(sqlite::Database& db, const std::string& entity, const std::string& id)
{
    HistoryRepo history(db);
    json out = json::array();
    if (const auto made = history.creation(entity, id))
        out.push_back({{"kind", "created"},
                       {"by", made->accountId},
                       {"at", Timestamp::fromUtcMs(made->atMs).toIso()},
                       {"version", made->version}});
    for (const auto& e : history.of(entity, id)) {
        json fields = json::array();
        const auto changed = parseJson(e.changes);
        for (auto it = changed.begin(); it != changed.end(); ++it)
            fields.push_back({{"field", it.key()}, {"old", it.value().at(0)}, {"new", it.value().at(1)}});
        out.push_back({{"kind", e.action},
                       {"by", e.accountId},
                       {"device", e.deviceId},
                       {"at", Timestamp::fromUtcMs(e.atMs).toIso()},
                       {"version", e.version},
                       {"changes", fields}});
    }
    return out;
}

StoredRecord loadOr404(sqlite::Database& db, const std::string& entity, const std::string& id)
{
    auto stored = RecordRepo(db).load(entity, id);
    if (!stored)
        throw ApiError::notFound("there is no " + entity + " " + id);
    return std::move(*stored);
}

} // namespace

AdminService::AdminService(DbPool& pool)
    : pool_(pool)
{
}

json AdminService::list(const Principal& who, const std::string& collection, const AdminListQuery& query)
{
    const std::string entity{collectionOf(collection).entity};
    needAdministrator(who);
    AdminFilter filter{AdminPolicy::listScope(who), query.withRetired, query.after};
    if (query.property && entity != "checklist") {
        need(who, AdminAct::Read, {"property", {*query.property}, std::nullopt});
        filter.properties = std::vector<std::string>{*query.property};
    }
    auto& db = pool_.db();
    auto rows = AdminRepo(db).list(entity, filter, query.limit + 1);
    json out{{"records", json::array()}, {"next", nullptr}};
    const bool more = rows.size() > query.limit;
    if (more)
        rows.resize(query.limit);
    for (const auto& row : rows) {
        auto r = recordJson(row.id, row.version, row.deleted, parseJson(row.fields));
        if (entity == "staff")
            r["account"] = StaffAccounts(db).describe(row.id);
        out["records"].push_back(std::move(r));
    }
    if (more)
        out["next"] = rows.back().id;
    return out;
}

json AdminService::get(const Principal& who, const std::string& collection, const std::string& id)
{
    const std::string entity{collectionOf(collection).entity};
    needAdministrator(who);
    auto& db = pool_.db();
    const auto stored = loadOr404(db, entity, id);
    need(who, AdminAct::Read, AdminChecks::target(db, entity, id, stored.state.fields));
    auto out = recordJson(id, stored.state.version, stored.state.deleted, stored.state.fields);
    if (entity == "staff")
        out["account"] = StaffAccounts(db).describe(id);
    out["history"] = historyJson(db, entity, id);
    return out;
}

json AdminService::create(const Principal& who, const std::string& collection, const json& body)
{
    const std::string entity{collectionOf(collection).entity};
    needAdministrator(who);
    needObject(body);
    std::string id = newUuid();
    if (const auto given = body.find("id"); given != body.end()) {
        if (!given->is_string() || !isUuid(given->get_ref<const std::string&>()))
            throw ValidationFailure({Error(ErrorDomain::Validation, ErrorCode::InvalidId,
                                           "'id', when given, must be a UUID the client made", "id")});
        id = given->get<std::string>();
    }
    json given = body;
    std::optional<std::string> hash;
    if (entity == "staff") {
        // Hashed before the write turn: Argon2id takes its time, other writers need not.
        hash = hashedPassword(body.value("password", json()));
        given.erase("password");
    }
    const auto fields = AdminChecks::merge(entity, json::object(), given);
    AdminChecks::validate(entity, id, fields);

    auto& db = pool_.db();
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    need(who, AdminAct::Create, AdminChecks::target(db, entity, id, fields));
    if (RecordRepo(db).load(entity, id))
        throw ApiError::conflict("a " + entity + " with the id " + id + " exists already");
    AdminChecks::consistent(db, entity, id, fields);
    const auto version = write(db, who, entity, id, std::nullopt, fields, false, "created");
    if (entity == "staff")
        StaffAccounts(db).follow(id, fields, hash);
    auto out = recordJson(id, version, false, fields);
    if (entity == "staff")
        out["account"] = StaffAccounts(db).describe(id);
    tx.commit();
    return out;
}

json AdminService::update(const Principal& who, const std::string& collection, const std::string& id, const json& body)
{
    const std::string entity{collectionOf(collection).entity};
    needAdministrator(who);
    needObject(body);
    if (body.contains("password"))
        throw ApiError::badRequest("a password is changed with POST /api/v1/admin/staff/{id}/password");
    if (const auto given = body.find("id"); given != body.end() && *given != id)
        throw ApiError::badRequest("a record's id does not change");
    const auto deletedIt = body.find("deleted");
    if (deletedIt != body.end() && *deletedIt != false)
        throw ApiError::badRequest("\"deleted\" takes only false here (bringing a record back); retire with DELETE");

    auto& db = pool_.db();
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    const auto stored = loadOr404(db, entity, id);
    if (const auto seen = body.find("version"); seen != body.end() && *seen != stored.state.version)
        throw ApiError::conflict("the " + entity + " changed since you read it (version "
                                 + std::to_string(stored.state.version) + " now); read it again");
    const bool restoring = stored.state.deleted && deletedIt != body.end();
    if (stored.state.deleted && !restoring)
        throw ApiError::conflict("this " + entity + " is retired; send \"deleted\": false to bring it back");
    const auto& before = stored.state.fields;
    need(who, AdminAct::Edit, AdminChecks::target(db, entity, id, before));
    const auto fields = AdminChecks::merge(entity, before, body);
    if (fields.value("property_id", json()) != before.value("property_id", json()))
        throw ValidationFailure(
            {Error(ErrorDomain::Validation, ErrorCode::InvalidValue,
                   "a record stays in its property; retire it and create it in the other one", "property_id")});
    AdminChecks::validate(entity, id, fields);
    need(who, AdminAct::Edit, AdminChecks::target(db, entity, id, fields));
    AdminChecks::consistent(db, entity, id, fields);
    auto version = stored.state.version;
    if (fields != before || restoring) {
        version = write(db, who, entity, id, stored, fields, false, restoring ? "restored" : "edited");
        if (entity == "staff")
            StaffAccounts(db).follow(id, fields, std::nullopt);
    }
    auto out = recordJson(id, version, false, fields);
    if (entity == "staff")
        out["account"] = StaffAccounts(db).describe(id);
    tx.commit();
    return out;
}

json AdminService::retire(const Principal& who, const std::string& collection, const std::string& id)
{
    const auto& c = collectionOf(collection);
    const std::string entity{c.entity};
    needAdministrator(who);
    auto& db = pool_.db();
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    const auto stored = loadOr404(db, entity, id);
    need(who, AdminAct::Retire, AdminChecks::target(db, entity, id, stored.state.fields));
    auto fields = stored.state.fields;
    auto version = stored.state.version;
    bool deleted = stored.state.deleted;
    if (c.retiresByActive && fields.value("active", true)) {
        fields["active"] = false;
        version = write(db, who, entity, id, stored, fields, deleted, "edited");
        if (entity == "staff") // signed out everywhere, sign-in refused
            StaffAccounts(db).follow(id, fields, std::nullopt);
    } else if (!c.retiresByActive && !deleted) {
        if (auto why = AdminChecks::stillUsed(db, entity, id))
            throw ApiError::conflict(*why);
        deleted = true;
        version = write(db, who, entity, id, stored, fields, true, "deleted");
    }
    auto out = recordJson(id, version, deleted, fields);
    if (entity == "staff")
        out["account"] = StaffAccounts(db).describe(id);
    tx.commit();
    return out;
}

json AdminService::resetPassword(const Principal& who, const std::string& staffId, const std::string& password)
{
    needAdministrator(who);
    const auto hash = hashedPassword(json(password));
    auto& db = pool_.db();
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    const auto stored = loadOr404(db, "staff", staffId);
    need(who, AdminAct::Edit, AdminChecks::target(db, "staff", staffId, stored.state.fields));
    if (stored.state.deleted)
        throw ApiError::conflict("this staff record is deleted");
    StaffAccounts(db).resetPassword(staffId, stored.state.fields, hash);
    // Not a change of the record (no new version): the account's, kept in its history.
    HistoryRepo(db).add({"staff", staffId, stored.state.version, "password_reset", "{}", std::nullopt, who.accountId,
                         who.deviceId, Timestamp::now(0).utcMs});
    tx.commit();
    return {{"id", staffId}, {"password", "reset"}, {"tokens", "revoked"}};
}

} // namespace patrolbook::server
