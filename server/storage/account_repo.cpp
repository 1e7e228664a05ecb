#include "storage/account_repo.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/timestamp.hpp"

#include <algorithm>

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

std::optional<Account> AccountRepo::byId(const std::string& id)
{
    auto st = db_.cachedLiteral("SELECT id, username, password_hash, disabled FROM account WHERE id = ?");
    st.bindRef(1, id);
    if (!st.step())
        return std::nullopt;
    Account a{st.getString(0), st.getString(1), st.getString(2), st.getInt64(3) != 0};
    return a;
}

void AccountRepo::setUsername(const std::string& id, const std::string& username)
{
    db_.cachedLiteral("UPDATE account SET username = ? WHERE id = ?").bindRef(1, username).bindRef(2, id).run();
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

std::optional<AccountRepo::TokenHolder> AccountRepo::accountOfToken(const std::string& hash, std::int64_t nowMs)
{
    auto st = db_.cachedLiteral("SELECT t.account_id, t.device_id FROM token t JOIN account a ON a.id = t.account_id "
                                "WHERE t.hash = ? AND t.revoked = 0 AND t.expires_at > ? AND a.disabled = 0");
    st.bindRef(1, hash).bind(2, nowMs);
    std::optional<TokenHolder> out;
    if (st.step())
        out = TokenHolder{st.getString(0), st.getString(1)};
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

namespace {

// When a limit of `limit` failures over the rows `st` selects (newest first) is reached,
// the time the limit lifts: the limit-th newest failure leaving the window. 0: not reached.
std::int64_t lockedUntil(sqlite::CachedStatement& st, int offsetParameter, int limit, std::int64_t windowMs)
{
    st.bind(offsetParameter, limit - 1);
    if (!st.step())
        return 0;
    return st.getInt64(0) + windowMs;
}

} // namespace

std::int64_t AccountRepo::beginLoginAttempt(const std::string& address, const std::string& username, std::int64_t nowMs,
                                            const LoginLimits& limits)
{
    sqlite::Transaction tx(db_);
    db_.cachedLiteral("DELETE FROM login_failure WHERE at <= ?").bind(1, nowMs - limits.windowMs).run();
    std::int64_t until = 0;
    {
        auto st = db_.cachedLiteral("SELECT at FROM login_failure WHERE username = ?1 AND address = ?2 "
                                    "ORDER BY at DESC LIMIT 1 OFFSET ?3");
        st.bindRef(1, username).bindRef(2, address);
        until = std::max(until, lockedUntil(st, 3, limits.perAddressAndUser, limits.windowMs));
    }
    {
        auto st
            = db_.cachedLiteral("SELECT at FROM login_failure WHERE address = ?1 ORDER BY at DESC LIMIT 1 OFFSET ?2");
        st.bindRef(1, address);
        until = std::max(until, lockedUntil(st, 2, limits.perAddress, limits.windowMs));
    }
    {
        auto st = db_.cachedLiteral("SELECT at FROM login_failure WHERE username = ?1 "
                                    "AND EXISTS (SELECT 1 FROM login_failure WHERE username = ?1 AND address = ?2) "
                                    "ORDER BY at DESC LIMIT 1 OFFSET ?3");
        st.bindRef(1, username).bindRef(2, address);
        until = std::max(until, lockedUntil(st, 3, limits.perUser, limits.windowMs));
    }
    if (until > nowMs) {
        tx.commit(); // the pruning
        return until - nowMs; // a refused attempt tries no password and is not counted
    }
    db_.cachedLiteral("INSERT INTO login_failure (address, username, at) VALUES (?, ?, ?)")
        .bindRef(1, address)
        .bindRef(2, username)
        .bind(3, nowMs)
        .run();
    tx.commit();
    return 0;
}

void AccountRepo::clearFailures(const std::string& address, const std::string& username)
{
    db_.cachedLiteral("DELETE FROM login_failure WHERE username = ? AND address = ?")
        .bindRef(1, username)
        .bindRef(2, address)
        .run();
}

} // namespace patrolbook::server
