#pragma once

#include "api/request.hpp"
#include "auth/principal.hpp"
#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace patrolbook::server {

class AuthService;

// The office console's sign-in (docs/console-api.md): the same accounts, throttling and
// hashed tokens as a device's (AuthService), but the token travels in an HttpOnly,
// SameSite=Strict cookie that scripts cannot read, Secure when the client came over TLS.
// The cookie alone never authorizes a change: every state-changing request must also
// pass checkStateChange (a header no cross-site form can send, and a same-origin Origin).
class BrowserSession {
public:
    static constexpr const char* cookieName = "patrolbook_session";
    // A working day and some: the office signs in each morning; a device keeps 30 days.
    static constexpr std::int64_t lifetimeMs = 12LL * 3600'000;
    // The header every console request that changes something carries (fetch sets it;
    // a cross-site form cannot, and a cross-site fetch with it needs a CORS preflight
    // the server never grants).
    static constexpr const char* csrfHeader = "x-patrolbook-console";

    explicit BrowserSession(AuthService& auth);

    struct Started {
        Principal principal;
        Timestamp expiresAt;
        std::string setCookie;
    };
    Started signIn(const Request& request, const std::string& username, const std::string& password);
    // Revokes the session's token (if any) and returns the Set-Cookie that clears it.
    std::string signOut(const Request& request);
    // The principal of the session cookie; 401 without one or when it expired.
    Principal authenticate(const Request& request);

    // 403 unless the request carries the console header and, when the browser names
    // them, an Origin of this server and Sec-Fetch-Site same-origin.
    static void checkStateChange(const Request& request);
    static std::optional<std::string> cookieToken(const Request& request);

private:
    static std::string cookie(const Request& request, const std::string& value, std::int64_t maxAgeS);
    AuthService& auth_;
};

} // namespace patrolbook::server
