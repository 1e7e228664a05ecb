#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// One stored record as the administration lists it.
struct AdminRow {
    std::string id;
    std::int64_t version = 0;
    bool deleted = false;
    std::string fields; // JSON text, as stored
};

// Which records of an entity a list holds.
struct AdminFilter {
    // The properties the list is limited to; nullopt: every property (an administrator).
    // A staff member is in it by any of their property_ids, a property by its own id; a
    // checklist belongs to no property and is always in.
    std::optional<std::vector<std::string>> properties;
    bool withDeleted = false;
    std::string after; // the last id of the previous page; "" for the first
};

// The queries of the administration (server/admin/) that RecordRepo has no use for:
// lists by property, what still refers to a record, uniqueness. Callers hold the
// transaction when they write after reading.
class AdminRepo {
public:
    explicit AdminRepo(sqlite::Database& db);

    // Ordered by id (stable while records change, unlike versions), at most `limit`.
    std::vector<AdminRow> list(const std::string& entity, const AdminFilter& filter, std::size_t limit);
    // How many live records of `entity` name `id` in their field `field`.
    std::int64_t referencing(const std::string& entity, const std::string& field, const std::string& id);
    // How many live records other than the property itself belong to it.
    std::int64_t recordsOfProperty(const std::string& propertyId);
    // The properties of the live areas that use a checklist.
    std::vector<std::string> propertiesUsingChecklist(const std::string& checklistId);
    // A live record of `entity` other than `exceptId` whose field `field` is `value`
    // (field: a name from the schema, never from a request).
    std::optional<std::string> otherWith(const std::string& entity, const std::string& field, const std::string& value,
                                         const std::string& exceptId);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
