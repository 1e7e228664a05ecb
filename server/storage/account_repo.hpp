#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

struct Account {
    std::string id;
    std::string username;
    std::string passwordHash;
    bool disabled = false;
};

// How many failed sign-ins within `windowMs` lock out whom (see docs/security.md).
struct LoginLimits {
    std::int64_t windowMs;
    int perAddressAndUser; // this address, for this username
    int perAddress; // this address, for any username: spraying one password over many
    // this username from every address: guessing from many addresses. It then refuses
    // only the addresses that have failed for the username; one that has not (the user,
    // elsewhere) still signs in.
    int perUser;
};

// Accounts, token hashes and failed sign-ins.
class AccountRepo {
public:
    explicit AccountRepo(sqlite::Database& db);

    std::optional<Account> byUsername(const std::string& username);
    // The account of a staff record (an account's id is its staff record's).
    std::optional<Account> byId(const std::string& id);
    void setUsername(const std::string& id, const std::string& username);
    void create(const Account& account);
    void setPassword(const std::string& username, const std::string& hash);
    void setDisabled(const std::string& username, bool disabled);

    void addToken(const std::string& hash, const std::string& accountId, const std::string& deviceId,
                  std::int64_t expiresAtMs);
    // The account of a live token (known, not revoked, not expired, account enabled).
    // A live token's account and the device it was given to.
    struct TokenHolder {
        std::string accountId;
        std::string deviceId;
    };
    std::optional<TokenHolder> accountOfToken(const std::string& hash, std::int64_t nowMs);
    void revokeToken(const std::string& hash);
    void revokeAllTokens(const std::string& accountId);

    // Sign-in attempts, counted before the password is checked (so that parallel
    // guesses cannot all read "under the limit" and all be tried): in one transaction,
    // failures older than the window are pruned, the limits are checked, and unless one
    // is reached the attempt is written as a failure. Returns 0 when the attempt may go
    // ahead, else the milliseconds until it may (and nothing is written). A right password
    // then clears the address's failures for that user, this attempt's with them.
    std::int64_t beginLoginAttempt(const std::string& address, const std::string& username, std::int64_t nowMs,
                                   const LoginLimits& limits);
    void clearFailures(const std::string& address, const std::string& username);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
