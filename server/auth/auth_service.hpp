#pragma once

#include "api/request.hpp"
#include "auth/principal.hpp"
#include "patrolbook/timestamp.hpp"

#include <string>

namespace patrolbook::server {

class DbPool;

struct LoginResult {
    std::string token;
    Principal principal;
    Timestamp expiresAt;
};

// Sign-in, sign-out and "who is this request from". Throws ApiError: 401 for a wrong
// password or a bad token (the same answer for an unknown user, so names cannot be
// probed), 429 after too many failed attempts for one username.
class AuthService {
public:
    static constexpr int maxFailures = 5;
    static constexpr std::int64_t failureWindowMs = 15 * 60'000;
    static constexpr std::int64_t tokenLifetimeMs = 30LL * 24 * 3600'000;

    explicit AuthService(DbPool& pool);

    LoginResult login(const std::string& username, const std::string& password, const std::string& deviceId);
    void logout(const Request& request);
    Principal authenticate(const Request& request);
    // The staff member behind an account, with role and properties as the staff record says.
    Principal principalOf(const std::string& accountId, const std::string& username);

private:
    static std::string bearerToken(const Request& request);
    DbPool& pool_;
};

} // namespace patrolbook::server
