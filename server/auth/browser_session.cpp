#include "auth/browser_session.hpp"

#include "api/api_error.hpp"
#include "auth/auth_service.hpp"

#include <cctype>

namespace patrolbook::server {

namespace {

std::string trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string{s};
}

} // namespace

BrowserSession::BrowserSession(AuthService& auth)
    : auth_(auth)
{
}

std::optional<std::string> BrowserSession::cookieToken(const Request& request)
{
    const std::string header = request.header("cookie");
    const std::string name = cookieName;
    std::string_view rest = header;
    while (!rest.empty()) {
        const auto semi = rest.find(';');
        const std::string pair = trim(rest.substr(0, semi));
        rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
        if (pair.size() > name.size() && pair.compare(0, name.size(), name) == 0 && pair[name.size()] == '=') {
            std::string value = pair.substr(name.size() + 1);
            if (!value.empty())
                return value;
        }
    }
    return std::nullopt;
}

std::string BrowserSession::cookie(const Request& request, const std::string& value, std::int64_t maxAgeS)
{
    // Path=/: the console's pages live under /console/ and its API under /api/.
    std::string c = std::string{cookieName} + "=" + value + "; Path=/; Max-Age=" + std::to_string(maxAgeS)
        + "; HttpOnly; SameSite=Strict";
    if (request.secure)
        c += "; Secure";
    return c;
}

BrowserSession::Started BrowserSession::signIn(const Request& request, const std::string& username,
                                               const std::string& password)
{
    checkStateChange(request);
    // The device id names where a token is used; "console" tells sessions from phones.
    const auto result = auth_.login(request.remote, username, password, "console", lifetimeMs);
    return {result.principal, result.expiresAt, cookie(request, result.token, lifetimeMs / 1000)};
}

std::string BrowserSession::signOut(const Request& request)
{
    checkStateChange(request);
    if (const auto token = cookieToken(request))
        auth_.revokeToken(*token);
    return cookie(request, "", 0);
}

Principal BrowserSession::authenticate(const Request& request)
{
    const auto token = cookieToken(request);
    if (!token)
        throw ApiError::unauthorized("sign in to the console first");
    return auth_.authenticateToken(*token);
}

void BrowserSession::checkStateChange(const Request& request)
{
    if (request.header(csrfHeader) != "1")
        throw ApiError::forbidden("a console request that changes something must come from the console itself");
    // Browsers name the page a request came from; it must be one of ours. The Host the
    // client used is the origin it sees (nginx passes it on).
    const std::string origin = request.header("origin");
    if (!origin.empty() && origin != "null") {
        const std::string host = request.header("host");
        const bool same = origin == "http://" + host || origin == "https://" + host;
        if (!same || (request.secure && origin.rfind("https://", 0) != 0))
            throw ApiError::forbidden("requests from another site are refused");
    } else if (origin == "null") {
        throw ApiError::forbidden("requests from another site are refused");
    }
    const std::string site = request.header("sec-fetch-site");
    if (!site.empty() && site != "same-origin")
        throw ApiError::forbidden("requests from another site are refused");
}

} // namespace patrolbook::server
