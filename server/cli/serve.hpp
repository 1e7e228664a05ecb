#pragma once

#include <filesystem>
#include <string>

namespace patrolbook::server {

// Serves the API from dataDir on host:port until SIGTERM or SIGINT, then drains.
// metricsToken: see HealthHandler ("" for /metrics on loopback only).
int serve(const std::filesystem::path& dataDir, const std::string& listen, unsigned workers,
          const std::string& metricsToken = {});

} // namespace patrolbook::server
