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
};

} // namespace patrolbook::sync
