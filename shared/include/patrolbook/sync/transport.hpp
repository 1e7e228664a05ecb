#pragma once

#include <map>
#include <string>

namespace patrolbook::sync {

struct HttpResponse {
    int status = 0;
    std::string body;
    // Header names in lower case.
    std::map<std::string, std::string> headers;
};

// How a sync engine reaches the server: cpprestsdk's http_client in the headless device
// and the tests, QNetworkAccessManager in the app. A transport throws
// patrolbook::Error{Sync, Unreachable} when no answer came (offline, refused, timed
// out); any HTTP answer, error statuses included, is returned.
class Transport {
public:
    virtual ~Transport() = default;
    // `path` starts with "/" and may carry a query ("/api/v1/sync/pull?cursor=...").
    virtual HttpResponse send(const std::string& method, const std::string& path, const std::string& body,
                              const std::map<std::string, std::string>& headers)
        = 0;
    // How many calls may be on the wire at once, each made from its own thread. A
    // transport bound to one thread (the app's QNetworkAccessManager) keeps the default;
    // with 2 or more the sync engine keeps a second push on the wire while the server
    // applies the first.
    virtual int parallelCalls() const { return 1; }
};

} // namespace patrolbook::sync
