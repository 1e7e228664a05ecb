#include "storage/account_repo.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/timestamp.hpp"

namespace patrolbook::server {

AccountRepo::AccountRepo(sqlite::Database& db)
    : db_(db)
{
}

std::optional<Account> AccountRepo::byUsername(const std::string& username)
{
    auto st = db_.cachedLiteral("SELECT id, username, password_hash, disabled FROM account WHERE username = ?");
    st.bindRef(1, username);
    if (!st.step())
        return std::nullopt;
    Account a{st.getString(0), st.getString(1), st.getString(2), st.getInt64(3) != 0};
    return a;
}

void AccountRepo::create(const Account& a)
{
    db_.cachedLiteral("INSERT INTO account (id, username, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?)")
        .bindRef(1, a.id)
        .bindRef(2, a.username)
        .bindRef(3, a.passwordHash)
        .bind(4, a.disabled ? 1 : 0)
        .bind(5, Timestamp::now().utcMs)
        .run();
}

void AccountRepo::setPassword(const std::string& username, const std::string& hash)
{
    db_.cachedLiteral("UPDATE account SET password_hash = ? WHERE username = ?")
        .bindRef(1, hash)
        .bindRef(2, username)
        .run();
}

void AccountRepo::setDisabled(const std::string& username, bool disabled)
{
    db_.cachedLiteral("UPDATE account SET disabled = ? WHERE username = ?")
        .bind(1, disabled ? 1 : 0)
        .bindRef(2, username)
        .run();
}

void AccountRepo::addToken(const std::string& hash, const std::string& accountId, const std::string& deviceId,
                           std::int64_t expiresAtMs)
{
    db_.cachedLiteral("INSERT INTO token (hash, account_id, device_id, expires_at) VALUES (?, ?, ?, ?)")
        .bindRef(1, hash)
        .bindRef(2, accountId)
        .bindRef(3, deviceId)
        .bind(4, expiresAtMs)
        .run();
}

std::optional<std::string> AccountRepo::accountOfToken(const std::string& hash, std::int64_t nowMs)
{
    auto st = db_.cachedLiteral("SELECT t.account_id FROM token t JOIN account a ON a.id = t.account_id "
                                "WHERE t.hash = ? AND t.revoked = 0 AND t.expires_at > ? AND a.disabled = 0");
    st.bindRef(1, hash).bind(2, nowMs);
    std::optional<std::string> out;
    if (st.step())
        out = st.getString(0);
    return out;
}

void AccountRepo::revokeToken(const std::string& hash)
{
    db_.cachedLiteral("UPDATE token SET revoked = 1 WHERE hash = ?").bindRef(1, hash).run();
}

void AccountRepo::revokeAllTokens(const std::string& accountId)
{
    db_.cachedLiteral("UPDATE token SET revoked = 1 WHERE account_id = ?").bindRef(1, accountId).run();
}

int AccountRepo::failuresSince(const std::string& username, std::int64_t sinceMs)
{
    auto st = db_.cachedLiteral("SELECT count(*) FROM login_failure WHERE username = ? AND at >= ?");
    st.bindRef(1, username).bind(2, sinceMs);
    st.step();
    const int n = static_cast<int>(st.getInt64(0));
    return n;
}

std::optional<std::int64_t> AccountRepo::oldestFailureSince(const std::string& username, std::int64_t sinceMs)
{
    auto st = db_.cachedLiteral("SELECT min(at) FROM login_failure WHERE username = ? AND at >= ?");
    st.bindRef(1, username).bind(2, sinceMs);
    std::optional<std::int64_t> out;
    if (st.step() && !st.isNull(0))
        out = st.getInt64(0);
    return out;
}

void AccountRepo::addFailure(const std::string& username, std::int64_t atMs)
{
    db_.cachedLiteral("INSERT INTO login_failure (username, at) VALUES (?, ?)")
        .bindRef(1, username)
        .bind(2, atMs)
        .run();
}

void AccountRepo::clearFailures(const std::string& username)
{
    db_.cachedLiteral("DELETE FROM login_failure WHERE username = ?").bindRef(1, username).run();
}

} // namespace patrolbook::server
