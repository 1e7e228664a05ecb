#pragma once

#include "api/request.hpp"
#include "api/response.hpp"

#include <string>

namespace patrolbook::server {

// Serves the console's pages and scripts under /console/ from the files compiled into
// the server, each with the console's Content-Security-Policy: scripts, styles and
// connections from this origin only, no inline script, no framing.
class ConsoleFiles {
public:
    static constexpr const char* contentSecurityPolicy
        = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; "
          "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // `relative`: the path under /console/ ("" for the page itself).
    Response get(const std::string& relative) const;
    static std::string contentTypeOf(const std::string& path);
};

} // namespace patrolbook::server
