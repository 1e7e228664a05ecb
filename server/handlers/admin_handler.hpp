#pragma once

#include "api/request.hpp"
#include "api/response.hpp"
#include "auth/principal.hpp"
#include "routes/router.hpp"

namespace patrolbook::server {

class AdminService;
class AuthService;
class BrowserSession;

// The administration API (docs/admin-api.md), /api/v1/admin/{collection}[/{id}]: who is
// calling, the request's parameters and body; AdminService does the rest, so that
// `patrolbook-server admin` acts exactly alike. Either credential opens it: a bearer
// token (a script, a tool) or the console's session cookie, which for a change also
// needs the console's CSRF checks (BrowserSession::checkStateChange).
class AdminHandler {
public:
    AdminHandler(AuthService& auth, BrowserSession& session, AdminService& service);

    Response list(const Request& request, const PathParams& params);
    Response get(const Request& request, const PathParams& params);
    Response create(const Request& request, const PathParams& params);
    Response update(const Request& request, const PathParams& params);
    Response retire(const Request& request, const PathParams& params);
    Response password(const Request& request, const PathParams& params);

private:
    Principal caller(const Request& request, bool changes);
    AuthService& auth_;
    BrowserSession& session_;
    AdminService& service_;
};

} // namespace patrolbook::server
