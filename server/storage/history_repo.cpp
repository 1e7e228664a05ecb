#include "storage/history_repo.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook::server {

HistoryRepo::HistoryRepo(sqlite::Database& db)
    : db_(db)
{
}

void HistoryRepo::add(const HistoryEntry& e)
{
    auto st = db_.cachedLiteral("INSERT INTO record_history (entity, record_id, version, action, changes, change_id, "
                                "account_id, device_id, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bindRef(1, e.entity).bindRef(2, e.recordId).bind(3, e.version).bindRef(4, e.action).bindRef(5, e.changes);
    if (e.changeId)
        st.bindRef(6, *e.changeId);
    else
        st.bindNull(6);
    st.bindRef(7, e.accountId).bindRef(8, e.deviceId).bind(9, e.atMs);
    st.run();
}

std::vector<HistoryEntry> HistoryRepo::of(const std::string& entity, const std::string& recordId)
{
    auto st = db_.cachedLiteral("SELECT version, action, changes, change_id, account_id, device_id, at_ms "
                                "FROM record_history WHERE entity = ? AND record_id = ? ORDER BY seq");
    st.bindRef(1, entity).bindRef(2, recordId);
    std::vector<HistoryEntry> out;
    while (st.step()) {
        HistoryEntry e{entity,       recordId,        st.getInt64(0),  st.getString(1), st.getString(2),
                       std::nullopt, st.getString(4), st.getString(5), st.getInt64(6)};
        if (!st.isNull(3))
            e.changeId = st.getString(3);
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<Creation> HistoryRepo::creation(const std::string& entity, const std::string& recordId)
{
    auto st = db_.cachedLiteral("SELECT created_account, created_at, coalesce(created_version, 0) FROM record "
                                "WHERE entity = ? AND id = ? AND created_account IS NOT NULL");
    st.bindRef(1, entity).bindRef(2, recordId);
    std::optional<Creation> out;
    if (st.step())
        out = Creation{st.getString(0), st.isNull(1) ? 0 : st.getInt64(1), st.getInt64(2)};
    return out;
}

} // namespace patrolbook::server
