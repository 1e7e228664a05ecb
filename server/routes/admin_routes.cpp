#include "routes/admin_routes.hpp"

#include "handlers/admin_handler.hpp"

namespace patrolbook::server {

const std::string& adminPasswordRoute()
{
    static const std::string route = "/api/v1/admin/staff/{id}/password";
    return route;
}

void addAdminRoutes(Router& router, AdminHandler& handler)
{
    const std::string collection = "/api/v1/admin/{collection}";
    const std::string record = collection + "/{id}";
    router.add("GET", collection, [&handler](const Request& r, const PathParams& p) { return handler.list(r, p); });
    router.add("POST", collection, [&handler](const Request& r, const PathParams& p) { return handler.create(r, p); });
    router.add("GET", record, [&handler](const Request& r, const PathParams& p) { return handler.get(r, p); });
    router.add("PATCH", record, [&handler](const Request& r, const PathParams& p) { return handler.update(r, p); });
    router.add("DELETE", record, [&handler](const Request& r, const PathParams& p) { return handler.retire(r, p); });
    router.add("POST", adminPasswordRoute(),
               [&handler](const Request& r, const PathParams& p) { return handler.password(r, p); });
}

} // namespace patrolbook::server
