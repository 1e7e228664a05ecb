#pragma once

#include "routes/router.hpp"

#include <string>
#include <vector>

namespace patrolbook::server {

class ConflictHandler;
class ConsoleHandler;
class ConsoleFiles;
class ExportHandler;
class LoopHandler;
class LoopStepHandler;
class ReviewHandler;
class StatsHandler;

// The handlers the console's API is answered by, made in serve().
struct ConsoleHandlers {
    ConsoleHandler& console;
    ReviewHandler& reviews;
    StatsHandler& stats;
    ConflictHandler& conflicts;
    ExportHandler& exports;
    LoopHandler& loops;
    LoopStepHandler& loopSteps;
};

// The downloads, run on the server's export workers (HttpServer::Options::exportRoutes).
const std::vector<std::string>& consoleExportRoutes();

// The office console's routes: its pages under /console/ and its API under
// /api/v1/console/ (docs/console-api.md). Browsers send no Patrolbook-Protocol header,
// so these skip the device protocol check of buildApiRoutes.
void addConsoleRoutes(Router& router, const ConsoleHandlers& handlers, const ConsoleFiles& files);

} // namespace patrolbook::server
