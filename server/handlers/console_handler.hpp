#pragma once

#include "api/request.hpp"
#include "api/response.hpp"
#include "routes/router.hpp"

namespace patrolbook::server {

class BrowserSession;
class DbPool;
class PhotoService;
class Thumbnailer;

// The office console's API (docs/console-api.md): sign-in and sign-out with a session
// cookie, who is signed in with the names the console shows, the records list and a
// record's detail, and photo bytes for the session.
class ConsoleHandler {
public:
    ConsoleHandler(BrowserSession& session, DbPool& pool, PhotoService& photos, Thumbnailer& thumbnails);

    Response login(const Request& request);
    Response logout(const Request& request);
    Response me(const Request& request);
    Response records(const Request& request);
    Response record(const Request& request, const PathParams& params);
    Response photo(const Request& request, const PathParams& params);

private:
    BrowserSession& session_;
    DbPool& pool_;
    PhotoService& photos_;
    Thumbnailer& thumbnails_;
};

} // namespace patrolbook::server
