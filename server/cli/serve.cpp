#include "cli/serve.hpp"

#include "api/worker_pool.hpp"
#include "auth/auth_service.hpp"
#include "handlers/auth_handler.hpp"
#include "handlers/health_handler.hpp"
#include "handlers/photo_handler.hpp"
#include "handlers/sync_handler.hpp"
#include "http/http_server.hpp"
#include "metrics/metrics.hpp"
#include "photos/photo_store.hpp"
#include "routes/api_routes.hpp"
#include "storage/db_pool.hpp"
#include "sync/sync_service.hpp"

#include <csignal>
#include <cstdio>

namespace patrolbook::server {

int serve(const std::filesystem::path& dataDir, const std::string& listen, unsigned workers,
          const std::string& metricsToken)
{
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
    AuthService auth(pool);
    SyncService sync(pool, metrics);
    AuthHandler authHandler(auth);
    SyncHandler syncHandler(auth, sync);
    PhotoHandler photoHandler(auth, photos, pool);
    HealthHandler healthHandler(pool, metrics, metricsToken);
    const Router router = buildApiRoutes({authHandler, syncHandler, photoHandler, healthHandler});
    WorkerPool pool_workers(workers);
    HttpServer http("http://" + listen, router, metrics, pool_workers);
    try {
        http.start();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cannot listen on %s: %s\n", listen.c_str(), e.what());
        return 1;
    }
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
