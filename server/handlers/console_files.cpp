#include "handlers/console_files.hpp"

#include "api/api_error.hpp"
#include "handlers/console_assets.hpp"

#include <algorithm>

namespace patrolbook::server {

namespace {

bool endsWith(const std::string& s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

std::string ConsoleFiles::contentTypeOf(const std::string& path)
{
    if (endsWith(path, ".html"))
        return "text/html; charset=utf-8";
    if (endsWith(path, ".js"))
        return "text/javascript; charset=utf-8";
    if (endsWith(path, ".css"))
        return "text/css; charset=utf-8";
    if (endsWith(path, ".svg"))
        return "image/svg+xml";
    if (endsWith(path, ".png"))
        return "image/png";
    if (endsWith(path, ".ico"))
        return "image/x-icon";
    if (endsWith(path, ".json"))
        return "application/json";
    return "application/octet-stream";
}

Response ConsoleFiles::get(const std::string& relative) const
{
    const std::string path = relative.empty() ? "index.html" : relative;
    const auto assets = consoleAssets();
    const auto it = std::find_if(assets.begin(), assets.end(), [&](const ConsoleAsset& a) { return a.path == path; });
    if (it == assets.end())
        throw ApiError::notFound("the console has no file " + path);
    Response r;
    r.contentType = contentTypeOf(path);
    r.body.assign(it->bytes);
    r.headers["Content-Security-Policy"] = contentSecurityPolicy;
    r.headers["X-Content-Type-Options"] = "nosniff";
    r.headers["Referrer-Policy"] = "no-referrer";
    r.headers["X-Frame-Options"] = "DENY";
    // vite names every script and style by its content's hash: those never change. The
    // page itself is asked for again each time, so a new server's console loads at once.
    r.headers["Cache-Control"] = path.rfind("assets/", 0) == 0 ? "public, max-age=31536000, immutable" : "no-cache";
    return r;
}

} // namespace patrolbook::server
