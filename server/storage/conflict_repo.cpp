#include "storage/conflict_repo.hpp"

#include "patrolbook/json_text.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

namespace {

constexpr std::string_view columns
    = "SELECT c.seq, c.entity, c.record_id, c.field, c.losing_value, c.winning_value, c.change_id, c.account_id, "
      "c.at, r.property_id, r.parent_id, d.choice, d.account_id, d.at_ms, d.version FROM conflict c "
      "LEFT JOIN record r ON r.entity = c.entity AND r.id = c.record_id "
      "LEFT JOIN conflict_decision d ON d.conflict_seq = c.seq ";

template <class St>
ConflictRow rowOf(St& st)
{
    ConflictRow r;
    r.seq = st.getInt64(0);
    r.entity = st.getString(1);
    r.recordId = st.getString(2);
    r.field = st.getString(3);
    r.losing = st.isNull(4) ? "null" : st.getString(4);
    r.winning = st.isNull(5) ? "null" : st.getString(5);
    r.changeId = st.getString(6);
    r.accountId = st.getString(7);
    r.atMs = st.getInt64(8);
    if (!st.isNull(9))
        r.propertyId = st.getString(9);
    if (!st.isNull(10))
        r.parentId = st.getString(10);
    if (!st.isNull(11)) {
        r.decision = ConflictDecision{st.getString(11), st.getString(12), st.getInt64(13), std::nullopt};
        if (!st.isNull(14))
            r.decision->version = st.getInt64(14);
    }
    return r;
}

} // namespace

ConflictRepo::ConflictRepo(sqlite::Database& db)
    : db_(db)
{
}

std::vector<ConflictRow> ConflictRepo::list(const std::vector<std::string>& propertyIds, bool openOnly,
                                            std::int64_t beforeSeq, std::size_t limit)
{
    // Conflicts are few (a manager decides each): newest first along the table's key.
    auto st = db_.cached(std::string{columns}
                         + "WHERE r.property_id IN (SELECT value FROM json_each(?1)) "
                           "AND (?2 = 0 OR d.conflict_seq IS NULL) AND (?3 = 0 OR c.seq < ?3) "
                           "ORDER BY c.seq DESC LIMIT ?4");
    st.bind(1, jsonText(nlohmann::json(propertyIds))).bind(2, openOnly ? 1 : 0).bind(3, beforeSeq);
    st.bind(4, static_cast<std::int64_t>(limit));
    std::vector<ConflictRow> out;
    while (st.step())
        out.push_back(rowOf(st));
    return out;
}

std::vector<ConflictRow> ConflictRepo::ofRecord(const std::string& entity, const std::string& recordId)
{
    auto st = db_.cached(std::string{columns} + "WHERE c.record_id = ?2 AND c.entity = ?1 ORDER BY c.seq");
    st.bindRef(1, entity).bindRef(2, recordId);
    std::vector<ConflictRow> out;
    while (st.step())
        out.push_back(rowOf(st));
    return out;
}

std::optional<ConflictRow> ConflictRepo::get(std::int64_t seq)
{
    auto st = db_.cached(std::string{columns} + "WHERE c.seq = ?");
    st.bind(1, seq);
    std::optional<ConflictRow> out;
    if (st.step())
        out = rowOf(st);
    return out;
}

void ConflictRepo::decide(std::int64_t seq, const ConflictDecision& d)
{
    auto st = db_.cachedLiteral(
        "INSERT INTO conflict_decision (conflict_seq, choice, account_id, at_ms, version) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, seq).bindRef(2, d.choice).bindRef(3, d.accountId).bind(4, d.atMs);
    if (d.version)
        st.bind(5, *d.version);
    else
        st.bindNull(5);
    st.run();
}

void ConflictRepo::settleRecord(const std::string& entity, const std::string& recordId)
{
    auto st = db_.cachedLiteral(
        "UPDATE record SET needs_review = 0 WHERE entity = ?1 AND id = ?2 AND NOT EXISTS (SELECT 1 FROM conflict c "
        "LEFT JOIN conflict_decision d ON d.conflict_seq = c.seq WHERE c.record_id = ?2 AND c.entity = ?1 "
        "AND d.conflict_seq IS NULL)");
    st.bindRef(1, entity).bindRef(2, recordId);
    st.run();
}

} // namespace patrolbook::server
