#pragma once

#include <span>
#include <string_view>

namespace patrolbook::server {

// A file of the console's build (vite's dist/), compiled into the server so that
// `patrolbook-server serve` serves the console with nothing installed beside it.
struct ConsoleAsset {
    std::string_view path; // relative to /console/, e.g. "index.html", "assets/index-1a2b.js"
    std::string_view bytes;
};

// Generated at build time by server/console/embed.cmake.
std::span<const ConsoleAsset> consoleAssets();

} // namespace patrolbook::server
