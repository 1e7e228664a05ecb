#pragma once

#include "routes/router.hpp"

#include <string>

namespace patrolbook::server {

class AdminHandler;

// The administration API's routes under /api/v1/admin/ (docs/admin-api.md). Like the
// console's, they skip the device protocol check: browsers and scripts send none.
void addAdminRoutes(Router& router, AdminHandler& handler);
// The route that hashes a password: run on the sign-in workers, like a login, so a
// burst of them cannot hold up sync.
const std::string& adminPasswordRoute();

} // namespace patrolbook::server
