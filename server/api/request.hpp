#pragma once

#include <map>
#include <string>

namespace patrolbook::server {

// An HTTP request as the handlers see it: no cpprestsdk types beyond server/http/.
struct Request {
    std::string method; // "GET", "POST", ...
    std::string path; // decoded, without the query
    std::map<std::string, std::string> query;
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
    std::string remote; // the peer's address, for throttling and logs
    // The client reached the edge over TLS: X-Forwarded-Proto https from the trusted
    // proxy. A session cookie is then marked Secure.
    bool secure = false;

    std::string header(const std::string& lowerName) const
    {
        auto it = headers.find(lowerName);
        return it == headers.end() ? std::string{} : it->second;
    }
};

} // namespace patrolbook::server
