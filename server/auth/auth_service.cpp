#include "auth/auth_service.hpp"

#include "api/api_error.hpp"
#include "auth/password.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "storage/account_repo.hpp"
#include "storage/db_pool.hpp"
#include "storage/record_repo.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <iterator>

namespace patrolbook::server {

AuthService::AuthService(DbPool& pool)
    : pool_(pool)
{
}

std::string AuthService::bearerToken(const Request& request)
{
    const std::string header = request.header("authorization");
    const std::string prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0)
        throw ApiError::unauthorized("sign in first: send Authorization: Bearer <token>");
    return header.substr(prefix.size());
}

Principal AuthService::principalOf(const std::string& accountId, const std::string& username)
{
    RecordRepo records(pool_.db());
    const auto staff = records.load("staff", accountId);
    if (!staff || staff->state.deleted)
        throw ApiError::unauthorized("this account has no staff record; ask the office to set it up");
    const auto& f = staff->state.fields;
    Principal p;
    p.accountId = accountId;
    p.username = username;
    p.name = f.value("name", username);
    p.role = enumFromString<StaffRole>(f.value("role", "patrol")).value_or(StaffRole::Patrol);
    if (auto ids = f.find("property_ids"); ids != f.end() && ids->is_array())
        for (const auto& id : *ids)
            if (id.is_string())
                p.propertyIds.push_back(id.get<std::string>());
    return p;
}

std::string AuthService::throttleKey(const std::string& address)
{
    in6_addr v6{};
    if (address.find(':') == std::string::npos || ::inet_pton(AF_INET6, address.c_str(), &v6) != 1)
        return address;
    std::fill(std::begin(v6.s6_addr) + 8, std::end(v6.s6_addr), 0);
    char text[INET6_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET6, &v6, text, sizeof text);
    return std::string{text} + "/64";
}

LoginResult AuthService::login(const std::string& address, const std::string& username, const std::string& password,
                               const std::string& deviceId, std::int64_t lifetimeMs)
{
    auto& db = pool_.db();
    AccountRepo accounts(db);
    const std::int64_t now = Timestamp::now().utcMs;
    const std::string from = throttleKey(address);
    std::int64_t waitMs = 0;
    {
        const auto turn = pool_.writeTurn();
        waitMs = accounts.beginLoginAttempt(from, username, now, limits);
    }
    if (waitMs > 0) {
        const std::int64_t waitS = (waitMs + 999) / 1000;
        throw ApiError(429, "Too many attempts",
                       "too many failed sign-ins from this address; try again in " + std::to_string((waitS + 59) / 60)
                           + " minute(s)",
                       {{"Retry-After", std::to_string(waitS)}});
    }
    // An unknown user costs a hash check too, so a wrong name answers like a wrong
    // password, and so does a disabled account, whether or not its password was right.
    static const std::string decoy = hashPassword("patrolbook-decoy");
    const auto account = accounts.byUsername(username);
    const bool passwordRight = verifyPassword(account ? account->passwordHash : decoy, password);
    if (!passwordRight || !account || account->disabled)
        throw ApiError::unauthorized("wrong username or password"); // the attempt stays counted
    LoginResult result;
    result.principal = principalOf(account->id, account->username);
    result.principal.deviceId = deviceId;
    result.token = newToken();
    result.expiresAt = Timestamp::fromUtcMs(now + lifetimeMs);
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    accounts.clearFailures(from, username);
    accounts.addToken(sha256Hex(result.token), account->id, deviceId, result.expiresAt.utcMs);
    tx.commit();
    return result;
}

void AuthService::logout(const Request& request)
{
    const auto token = bearerToken(request);
    authenticate(request);
    const auto turn = pool_.writeTurn();
    AccountRepo(pool_.db()).revokeToken(sha256Hex(token));
}

Principal AuthService::authenticate(const Request& request)
{
    return authenticateToken(bearerToken(request));
}

void AuthService::revokeToken(const std::string& token)
{
    const auto turn = pool_.writeTurn();
    AccountRepo(pool_.db()).revokeToken(sha256Hex(token));
}

Principal AuthService::authenticateToken(const std::string& token)
{
    auto& db = pool_.db();
    const auto holder = AccountRepo(db).accountOfToken(sha256Hex(token), Timestamp::now().utcMs);
    if (!holder)
        throw ApiError::unauthorized("your sign-in has expired or was revoked; sign in again");
    auto p = principalOf(holder->accountId, "");
    p.deviceId = holder->deviceId;
    return p;
}

} // namespace patrolbook::server
