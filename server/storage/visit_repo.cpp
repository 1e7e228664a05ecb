#include "storage/visit_repo.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook::server {

VisitRepo::VisitRepo(sqlite::Database& db)
    : db_(db)
{
}

std::vector<StoredText> VisitRepo::live(std::string_view entity)
{
    auto st = db_.cachedLiteral("SELECT id, coalesce(property_id, ''), fields FROM record "
                                "WHERE entity = ? AND deleted = 0 ORDER BY version");
    st.bindRef(1, entity);
    std::vector<StoredText> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), st.getString(2)});
    return out;
}

std::vector<VisitMark> VisitRepo::visitMarks()
{
    auto st = db_.cachedLiteral("SELECT coalesce(json_extract(fields, '$.owner_id'), ''), "
                                "coalesce(json_extract(fields, '$.status'), 'planned'), "
                                "coalesce(json_extract(fields, '$.planned_at'), ''), "
                                "coalesce(json_extract(fields, '$.visited_at'), '') "
                                "FROM record WHERE entity = 'owner_visit' AND deleted = 0");
    std::vector<VisitMark> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), st.getString(2), st.getString(3)});
    return out;
}

bool VisitRepo::insertIfAbsent(const std::string& id, std::int64_t version, const std::string& propertyId,
                               std::string_view fields, std::int64_t atMs)
{
    // Empty field versions: every field at the record's version, as for a record created.
    auto st = db_.cachedLiteral(
        "INSERT INTO record (entity, id, version, property_id, parent_id, deleted, needs_review, fields, "
        "field_versions, created_by, created_account, created_at, created_version) "
        "VALUES ('owner_visit', ?1, ?2, ?3, NULL, 0, 0, ?4, '', NULL, 'system', ?5, ?2) "
        "ON CONFLICT (entity, id) DO NOTHING");
    st.bindRef(1, id).bind(2, version).bindRef(3, propertyId).bindRef(4, fields).bind(5, atMs);
    st.run();
    return db_.changes() > 0;
}

} // namespace patrolbook::server
