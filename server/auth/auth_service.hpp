#pragma once

#include "api/request.hpp"
#include "auth/principal.hpp"
#include "patrolbook/timestamp.hpp"
#include "storage/account_repo.hpp"

#include <string>

namespace patrolbook::server {

class DbPool;

struct LoginResult {
    std::string token;
    Principal principal;
    Timestamp expiresAt;
};

// Sign-in, sign-out and "who is this request from". Throws ApiError: 401 for a wrong
// password, a disabled account or a bad token (one answer for an unknown user, a wrong
// password and a disabled account, right password or not, so that neither names nor a
// disabled account's password can be probed), 429 once an address has failed too often
// (see LoginLimits: the address that guessed is refused, not the user elsewhere).
class AuthService {
public:
    static constexpr LoginLimits limits{15 * 60'000, 5, 20, 100};
    // Longer values are refused (400) before anything is hashed or stored.
    static constexpr std::size_t maxUsernameBytes = 64;
    static constexpr std::size_t maxPasswordBytes = 1024;
    static constexpr std::size_t maxDeviceIdBytes = 128;
    static constexpr std::int64_t tokenLifetimeMs = 30LL * 24 * 3600'000;

    explicit AuthService(DbPool& pool);

    // `address`: the client's (Request::remote).
    // `lifetimeMs`: a device keeps its token for tokenLifetimeMs; a browser session
    // (BrowserSession) asks for less.
    LoginResult login(const std::string& address, const std::string& username, const std::string& password,
                      const std::string& deviceId, std::int64_t lifetimeMs = tokenLifetimeMs);
    // What failures are counted against: an IPv4 address, or an IPv6 address's /64 (one
    // customer's network, which holds more addresses than could ever be counted apart).
    static std::string throttleKey(const std::string& address);
    void logout(const Request& request);
    Principal authenticate(const Request& request);
    // The same for a token that came another way than the Authorization header (the
    // console's session cookie), and its revocation.
    Principal authenticateToken(const std::string& token);
    void revokeToken(const std::string& token);
    // The staff member behind an account, with role and properties as the staff record says.
    Principal principalOf(const std::string& accountId, const std::string& username);

private:
    static std::string bearerToken(const Request& request);
    DbPool& pool_;
};

} // namespace patrolbook::server
