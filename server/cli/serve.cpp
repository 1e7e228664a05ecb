#include "cli/serve.hpp"

#include "admin/admin_service.hpp"
#include "api/worker_pool.hpp"
#include "auth/auth_service.hpp"
#include "auth/browser_session.hpp"
#include "handlers/admin_handler.hpp"
#include "handlers/auth_handler.hpp"
#include "handlers/conflict_handler.hpp"
#include "handlers/console_files.hpp"
#include "handlers/console_handler.hpp"
#include "handlers/export_handler.hpp"
#include "handlers/health_handler.hpp"
#include "handlers/loop_handler.hpp"
#include "handlers/loop_step_handler.hpp"
#include "handlers/photo_handler.hpp"
#include "handlers/review_handler.hpp"
#include "handlers/stats_handler.hpp"
#include "handlers/sync_handler.hpp"
#include "http/http_server.hpp"
#include "metrics/metrics.hpp"
#include "photos/gc_timer.hpp"
#include "photos/photo_service.hpp"
#include "photos/photo_store.hpp"
#include "photos/thumbnailer.hpp"
#include "routes/admin_routes.hpp"
#include "routes/api_routes.hpp"
#include "routes/console_routes.hpp"
#include "storage/db_pool.hpp"
#include "sync/sync_service.hpp"
#include "visits/visit_timer.hpp"

#include <csignal>
#include <cstdio>

namespace patrolbook::server {

bool isLoopbackHost(const std::string& host)
{
    std::string h = host;
    if (h.size() >= 2 && h.front() == '[' && h.back() == ']')
        h = h.substr(1, h.size() - 2);
    return h == "localhost" || h == "::1" || h.rfind("127.", 0) == 0;
}

int serve(const std::filesystem::path& dataDir, const ServeOptions& options)
{
    const std::string& listen = options.listen;
    const auto colon = listen.rfind(':');
    const std::string host = colon == std::string::npos ? listen : listen.substr(0, colon);
    // cpprestsdk's listener has no header size limit, no read timeout and reads chunk
    // sizes as signed numbers (issue 17): off loopback, only nginx may talk to it.
    if (!isLoopbackHost(host) && !options.behindProxy) {
        std::fprintf(stderr,
                     "refusing to listen on %s: off loopback the server must sit behind the reverse proxy "
                     "(docs/deployment.md); say so with --behind-proxy --proxy ADDRESS\n",
                     listen.c_str());
        return 2;
    }

    const auto dbFile = dataDir / "server.db";
    if (!std::filesystem::exists(dbFile)) {
        std::fprintf(stderr, "no database in %s: run `patrolbook-server init --data-dir %s [--demo]` first\n",
                     dataDir.c_str(), dataDir.c_str());
        return 1;
    }
    // Block the stop signals in every thread (they inherit the mask) and wait for them here.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    HttpServer::configureIoThreads(4);
    DbPool pool(dbFile);
    Metrics metrics;
    PhotoStore photos(dataDir / "photos");
    Thumbnailer thumbnails(dataDir / "thumbnails");
    AuthService auth(pool);
    SyncService sync(pool, metrics);
    AuthHandler authHandler(auth);
    SyncHandler syncHandler(auth, sync);
    PhotoService photoService(photos, pool, {.unclaimedQuotaBytes = options.photoQuotaBytes});
    PhotoHandler photoHandler(auth, photoService);
    HealthHandler healthHandler(pool, metrics, options.metricsToken);
    BrowserSession browserSession(auth);
    ConsoleHandler consoleHandler(browserSession, pool, photoService, thumbnails);
    ReviewHandler reviewHandler(browserSession, pool);
    StatsHandler statsHandler(browserSession, pool);
    ConflictHandler conflictHandler(browserSession, pool);
    // Photo ZIPs are built beside the data (not in a tmpfs /tmp) and unlinked at once.
    ExportHandler exportHandler(browserSession, pool, photoService, dataDir / "exports",
                                {.maxPhotos = options.exportMaxPhotos, .maxPhotoBytes = options.exportMaxPhotoBytes});
    AdminService adminService(pool);
    AdminHandler adminHandler(auth, browserSession, adminService);
    LoopHandler loopHandler(browserSession, pool);
    LoopStepHandler loopStepHandler(browserSession, pool);
    const ConsoleFiles consoleFiles;
    Router router = buildApiRoutes({authHandler, syncHandler, photoHandler, healthHandler});
    addConsoleRoutes(
        router,
        {consoleHandler, reviewHandler, statsHandler, conflictHandler, exportHandler, loopHandler, loopStepHandler},
        consoleFiles);
    addAdminRoutes(router, adminHandler);
    WorkerPool general(options.workers, options.queueLimit);
    WorkerPool logins(options.loginWorkers, options.loginQueueLimit);
    WorkerPool exports(options.exportWorkers, options.exportQueueLimit);
    HttpServer http("http://" + listen, router, metrics, general, logins, exports,
                    {.slowRoutes = {"/api/v1/auth/login", "/api/v1/console/login", adminPasswordRoute()},
                     .exportRoutes = consoleExportRoutes(),
                     .trustedProxy = options.behindProxy ? options.proxy : std::string{}});
    try {
        http.start();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cannot listen on %s: %s\n", listen.c_str(), e.what());
        return 1;
    }
    // Expired photo uploads go while serving, as `patrolbook-server gc` would.
    GcTimer gc(photoService, std::chrono::seconds(options.gcIntervalSeconds));
    // New owners' first contacts and member coverage are due by the calendar, not by a push.
    VisitTimer visits(pool, std::chrono::seconds(options.visitIntervalSeconds));
    std::printf("patrolbook-server: listening on http://%s (data in %s)\n", listen.c_str(), dataDir.c_str());
    std::fflush(stdout);

    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::printf("patrolbook-server: stopping: finishing requests in flight\n");
    std::fflush(stdout);
    http.stop();
    std::printf("patrolbook-server: stopped\n");
    return 0;
}

} // namespace patrolbook::server
