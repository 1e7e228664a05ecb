#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace patrolbook::server {

struct Response {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::map<std::string, std::string> headers;
    // A body too large to hold (an export): when set, `body` is ignored and the server
    // calls this again and again on the worker that made the response, sending each
    // chunk as it comes, until it returns false. Only once the client has taken the
    // chunks before is the next one asked for, so memory stays flat however long the
    // body. Headers are sent before the first chunk: an error must be thrown by the
    // handler before it returns, as a throw from here can only cut the answer short.
    using Producer = std::function<bool(std::string& chunk)>;
    Producer stream;
    // The streamed body's length when known up front (then sent as Content-Length,
    // else the body goes chunked).
    std::optional<std::uint64_t> streamLength;

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
