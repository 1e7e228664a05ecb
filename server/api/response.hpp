#pragma once

#include <map>
#include <string>

namespace patrolbook::server {

struct Response {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::map<std::string, std::string> headers;

    static Response json(std::string body, int status = 200)
    {
        Response r;
        r.status = status;
        r.body = std::move(body);
        return r;
    }
    // An answer about one person's records: never kept by a shared cache.
    static Response privateJson(std::string body)
    {
        Response r = json(std::move(body));
        r.headers["Cache-Control"] = "no-store";
        return r;
    }
};

} // namespace patrolbook::server
