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
};

} // namespace patrolbook::server
