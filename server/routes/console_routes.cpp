#include "routes/console_routes.hpp"

#include "handlers/conflict_handler.hpp"
#include "handlers/console_files.hpp"
#include "handlers/console_handler.hpp"
#include "handlers/export_handler.hpp"
#include "handlers/loop_handler.hpp"
#include "handlers/loop_step_handler.hpp"
#include "handlers/review_handler.hpp"
#include "handlers/stats_handler.hpp"

namespace patrolbook::server {

const std::vector<std::string>& consoleExportRoutes()
{
    static const std::vector<std::string> routes{"/api/v1/console/records.csv", "/api/v1/console/photos.zip"};
    return routes;
}

void addConsoleRoutes(Router& router, const ConsoleHandlers& handlers, const ConsoleFiles& files)
{
    ConsoleHandler& handler = handlers.console;
    ReviewHandler& reviews = handlers.reviews;
    StatsHandler& stats = handlers.stats;
    ConflictHandler& conflicts = handlers.conflicts;
    ExportHandler& exports = handlers.exports;
    router.add("POST", "/api/v1/console/login",
               [&handler](const Request& r, const PathParams&) { return handler.login(r); });
    router.add("POST", "/api/v1/console/logout",
               [&handler](const Request& r, const PathParams&) { return handler.logout(r); });
    router.add("GET", "/api/v1/console/me", [&handler](const Request& r, const PathParams&) { return handler.me(r); });
    router.add("GET", "/api/v1/console/records",
               [&handler](const Request& r, const PathParams&) { return handler.records(r); });
    router.add("GET", "/api/v1/console/records.csv",
               [&exports](const Request& r, const PathParams&) { return exports.csv(r); });
    router.add("GET", "/api/v1/console/photos.zip",
               [&exports](const Request& r, const PathParams&) { return exports.photosZip(r); });
    router.add("GET", "/api/v1/console/records/{entity}/{id}",
               [&handler](const Request& r, const PathParams& p) { return handler.record(r, p); });
    router.add("POST", "/api/v1/console/records/{entity}/{id}/review",
               [&reviews](const Request& r, const PathParams& p) { return reviews.review(r, p); });
    router.add("POST", "/api/v1/console/reviews",
               [&reviews](const Request& r, const PathParams&) { return reviews.approveMany(r); });
    router.add("GET", "/api/v1/console/stats",
               [&stats](const Request& r, const PathParams&) { return stats.stats(r); });
    router.add("GET", "/api/v1/console/conflicts",
               [&conflicts](const Request& r, const PathParams&) { return conflicts.list(r); });
    router.add("POST", "/api/v1/console/conflicts/{seq}/decision",
               [&conflicts](const Request& r, const PathParams& p) { return conflicts.decide(r, p); });
    LoopHandler& loops = handlers.loops;
    LoopStepHandler& loopSteps = handlers.loopSteps;
    router.add("GET", "/api/v1/console/loops/{entity}",
               [&loops](const Request& r, const PathParams& p) { return loops.list(r, p); });
    router.add("GET", "/api/v1/console/loops/{entity}/{id}",
               [&loops](const Request& r, const PathParams& p) { return loops.detail(r, p); });
    router.add("POST", "/api/v1/console/loops/{entity}/{id}/steps",
               [&loopSteps](const Request& r, const PathParams& p) { return loopSteps.step(r, p); });
    router.add("GET", "/api/v1/console/approvals",
               [&loops](const Request& r, const PathParams&) { return loops.approvals(r); });
    router.add("GET", "/api/v1/console/photos/{sha256}",
               [&handler](const Request& r, const PathParams& p) { return handler.photo(r, p); });
    // "/console" and "/console/" are the page; its scripts and styles are under assets/.
    router.add("GET", "/console", [&files](const Request&, const PathParams&) { return files.get(""); });
    router.add("GET", "/console/{file}",
               [&files](const Request&, const PathParams& p) { return files.get(p.at("file")); });
    router.add("GET", "/console/assets/{file}",
               [&files](const Request&, const PathParams& p) { return files.get("assets/" + p.at("file")); });
}

} // namespace patrolbook::server
