#include "storage/review_repo.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook::server {

ReviewRepo::ReviewRepo(sqlite::Database& db)
    : db_(db)
{
}

void ReviewRepo::add(const ReviewAct& act)
{
    auto put = db_.cachedLiteral("INSERT INTO review (entity, record_id, state, comment, record_version, account_id, "
                                 "at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
    put.bind(1, act.entity).bind(2, act.recordId).bind(3, act.state);
    if (act.comment)
        put.bind(4, *act.comment);
    else
        put.bindNull(4);
    put.bind(5, act.recordVersion).bind(6, act.accountId).bind(7, act.atMs);
    put.run();
    auto inForce = db_.cachedLiteral("UPDATE console_record SET review = ? WHERE entity = ? AND id = ?");
    inForce.bind(1, act.state).bind(2, act.entity).bind(3, act.recordId);
    inForce.run();
}

std::vector<ReviewAct> ReviewRepo::history(const std::string& entity, const std::string& recordId)
{
    auto st = db_.cachedLiteral("SELECT state, comment, record_version, account_id, at_ms FROM review "
                                "WHERE entity = ? AND record_id = ? ORDER BY seq");
    st.bind(1, entity).bind(2, recordId);
    std::vector<ReviewAct> out;
    while (st.step()) {
        ReviewAct act{entity, recordId, st.getString(0), std::nullopt, st.getInt64(2), st.getString(3), st.getInt64(4)};
        if (!st.isNull(1))
            act.comment = st.getString(1);
        out.push_back(std::move(act));
    }
    return out;
}

std::optional<std::string> ReviewRepo::noticeOf(const std::string& entity, const std::string& recordId)
{
    auto st = db_.cachedLiteral(
        "SELECT id FROM record WHERE entity = 'notice' "
        "AND json_extract(fields, '$.record_id') = ? AND json_extract(fields, '$.record_entity') = ?");
    st.bind(1, recordId).bind(2, entity);
    std::optional<std::string> out;
    if (st.step())
        out = st.getString(0);
    return out;
}

} // namespace patrolbook::server
