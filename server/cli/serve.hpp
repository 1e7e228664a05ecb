#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace patrolbook::server {

struct ServeOptions {
    std::string listen = "127.0.0.1:8080";
    unsigned workers = 2;
    // Requests waiting for a worker beyond this are answered 503 (see WorkerPool): at
    // 4 MiB a push, 64 of them are 256 MiB of bodies held at most.
    std::size_t queueLimit = 64;
    // Sign-ins have their own threads and queue (see HttpServer::Options::slowRoutes):
    // one Argon2id hash at a time uses one of the machine's cores and 64 MiB.
    unsigned loginWorkers = 1;
    std::size_t loginQueueLimit = 8;
    // See HealthHandler ("" for /metrics on loopback only).
    std::string metricsToken;
    // Required for a listen address other than loopback: such a deployment goes through
    // a reverse proxy (docs/deployment.md), whose X-Forwarded-For is believed only on
    // connections from `proxy`.
    bool behindProxy = false;
    std::string proxy = "127.0.0.1";
    // Photo bytes an account may hold that no record of theirs names yet (PhotoLimits),
    // and how often `gc` runs inside serve.
    std::int64_t photoQuotaBytes = 256LL * 1024 * 1024;
    unsigned gcIntervalSeconds = 3600;
    unsigned visitIntervalSeconds = 3600; // between runs of the visit rules
    // The console's downloads: their own threads and queue (a download holds its thread
    // while the client reads), and what one photo ZIP may hold (ExportLimits).
    unsigned exportWorkers = 2;
    std::size_t exportQueueLimit = 8;
    std::size_t exportMaxPhotos = 2000;
    std::int64_t exportMaxPhotoBytes = 1024LL * 1024 * 1024;
};

// True for 127.0.0.0/8, ::1 and "localhost", with or without brackets.
bool isLoopbackHost(const std::string& host);

// Serves the API from dataDir until SIGTERM or SIGINT, then drains.
int serve(const std::filesystem::path& dataDir, const ServeOptions& options);

} // namespace patrolbook::server
