#include "routes/api_routes.hpp"

#include "api/api_error.hpp"
#include "handlers/auth_handler.hpp"
#include "handlers/health_handler.hpp"
#include "handlers/photo_handler.hpp"
#include "handlers/sync_handler.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <cstdlib>

namespace patrolbook::server {

namespace {

// Clients that say nothing (curl) are served; clients that name an older protocol are not.
void checkProtocol(const Request& request)
{
    const auto version = request.header("patrolbook-protocol");
    if (version.empty())
        return;
    char* end = nullptr;
    const long v = std::strtol(version.c_str(), &end, 10);
    if (*end != '\0' || v < 0)
        throw ApiError::badRequest("Patrolbook-Protocol must be a version number");
    if (v < sync::protocolVersion)
        throw ApiError(426, "App too old", "this app is too old for the server; update it to sync again",
                       {{"Upgrade", "Patrolbook-Protocol/" + std::to_string(sync::protocolVersion)}});
}

template <class F>
Handler api(F f)
{
    return [f](const Request& r, const PathParams& p) {
        checkProtocol(r);
        return f(r, p);
    };
}

} // namespace

Router buildApiRoutes(Handlers h)
{
    Router router;
    router.add("POST", "/api/v1/auth/login",
               api([&a = h.auth](const Request& r, const PathParams&) { return a.login(r); }));
    router.add("POST", "/api/v1/auth/logout",
               api([&a = h.auth](const Request& r, const PathParams&) { return a.logout(r); }));
    router.add("POST", "/api/v1/sync/push",
               api([&s = h.sync](const Request& r, const PathParams&) { return s.push(r); }));
    router.add("GET", "/api/v1/sync/pull",
               api([&s = h.sync](const Request& r, const PathParams&) { return s.pull(r); }));
    router.add("HEAD", "/api/v1/photos/{sha256}",
               api([&p = h.photos](const Request& r, const PathParams& pp) { return p.head(r, pp); }));
    router.add("PUT", "/api/v1/photos/{sha256}",
               api([&p = h.photos](const Request& r, const PathParams& pp) { return p.put(r, pp); }));
    router.add("GET", "/api/v1/photos/{sha256}",
               api([&p = h.photos](const Request& r, const PathParams& pp) { return p.get(r, pp); }));
    router.add("GET", "/healthz", [&hh = h.health](const Request& r, const PathParams&) { return hh.health(r); });
    router.add("GET", "/metrics", [&hh = h.health](const Request& r, const PathParams&) { return hh.metrics(r); });
    return router;
}

} // namespace patrolbook::server
