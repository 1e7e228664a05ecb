#include "storage/admin_repo.hpp"

#include "patrolbook/json_text.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook::server {

AdminRepo::AdminRepo(sqlite::Database& db)
    : db_(db)
{
}

std::vector<AdminRow> AdminRepo::list(const std::string& entity, const AdminFilter& filter, std::size_t limit)
{
    // The scope as in RecordRepo::pull: a record by its property column, a property by
    // its id, a staff member by their property_ids. The (entity, id) key serves both the
    // filter on entity and the order.
    auto st = db_.cachedLiteral(
        "SELECT id, version, deleted, fields FROM record WHERE entity = ?1 AND id > ?2 AND (?3 OR deleted = 0) AND "
        "(?4 IS NULL OR CASE WHEN ?1 = 'property' THEN id IN (SELECT value FROM json_each(?4)) "
        "WHEN ?1 = 'staff' THEN EXISTS (SELECT 1 FROM json_each(fields, '$.property_ids') s "
        "WHERE s.value IN (SELECT value FROM json_each(?4))) "
        "WHEN ?1 = 'checklist' THEN 1 "
        "ELSE property_id IN (SELECT value FROM json_each(?4)) END) ORDER BY id LIMIT ?5");
    st.bindRef(1, entity).bindRef(2, filter.after).bind(3, filter.withDeleted ? 1 : 0);
    std::string scope;
    if (filter.properties) {
        scope = "[";
        for (const auto& p : *filter.properties) {
            if (scope.size() > 1)
                scope += ',';
            appendJsonString(scope, p);
        }
        scope += ']';
        st.bindRef(4, scope);
    } else {
        st.bindNull(4);
    }
    st.bind(5, static_cast<std::int64_t>(limit));
    std::vector<AdminRow> out;
    while (st.step())
        out.push_back({st.getString(0), st.getInt64(1), st.getInt64(2) != 0, st.getString(3)});
    return out;
}

std::int64_t AdminRepo::referencing(const std::string& entity, const std::string& field, const std::string& id)
{
    auto st = db_.cachedLiteral("SELECT count(*) FROM record WHERE entity = ?1 AND deleted = 0 AND "
                                "json_extract(fields, '$.' || ?2) = ?3");
    st.bindRef(1, entity).bindRef(2, field).bindRef(3, id);
    st.step();
    const auto n = st.getInt64(0);
    return n;
}

std::int64_t AdminRepo::recordsOfProperty(const std::string& propertyId)
{
    auto st = db_.cachedLiteral(
        "SELECT count(*) FROM record WHERE property_id = ?1 AND deleted = 0 AND NOT (entity = 'property' AND id = ?1)");
    st.bindRef(1, propertyId);
    st.step();
    const auto n = st.getInt64(0);
    return n;
}

std::vector<std::string> AdminRepo::propertiesUsingChecklist(const std::string& checklistId)
{
    auto st = db_.cachedLiteral("SELECT DISTINCT property_id FROM record WHERE entity = 'area' AND deleted = 0 AND "
                                "json_extract(fields, '$.checklist_id') = ? AND property_id IS NOT NULL");
    st.bindRef(1, checklistId);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.getString(0));
    return out;
}

std::optional<std::string> AdminRepo::otherWith(const std::string& entity, const std::string& field,
                                                const std::string& value, const std::string& exceptId)
{
    auto st = db_.cachedLiteral("SELECT id FROM record WHERE entity = ?1 AND deleted = 0 AND id != ?4 AND "
                                "json_extract(fields, '$.' || ?2) = ?3 LIMIT 1");
    st.bindRef(1, entity).bindRef(2, field).bindRef(3, value).bindRef(4, exceptId);
    std::optional<std::string> out;
    if (st.step())
        out = st.getString(0);
    return out;
}

} // namespace patrolbook::server
