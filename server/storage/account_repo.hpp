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

// Accounts, token hashes and failed sign-ins.
class AccountRepo {
public:
    explicit AccountRepo(sqlite::Database& db);

    std::optional<Account> byUsername(const std::string& username);
    void create(const Account& account);
    void setPassword(const std::string& username, const std::string& hash);
    void setDisabled(const std::string& username, bool disabled);

    void addToken(const std::string& hash, const std::string& accountId, const std::string& deviceId,
                  std::int64_t expiresAtMs);
    // The account of a live token (known, not revoked, not expired, account enabled).
    std::optional<std::string> accountOfToken(const std::string& hash, std::int64_t nowMs);
    void revokeToken(const std::string& hash);
    void revokeAllTokens(const std::string& accountId);

    int failuresSince(const std::string& username, std::int64_t sinceMs);
    std::optional<std::int64_t> oldestFailureSince(const std::string& username, std::int64_t sinceMs);
    void addFailure(const std::string& username, std::int64_t atMs);
    void clearFailures(const std::string& username);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
