#pragma once

#include "routes/router.hpp"

namespace patrolbook::server {

class ConsoleHandler;
class ConsoleFiles;
class StatsHandler;

// The office console's routes: its pages under /console/ and its API under
// /api/v1/console/ (docs/console-api.md). Browsers send no Patrolbook-Protocol header,
// so these skip the device protocol check of buildApiRoutes.
void addConsoleRoutes(Router& router, ConsoleHandler& handler, StatsHandler& stats, const ConsoleFiles& files);

} // namespace patrolbook::server
