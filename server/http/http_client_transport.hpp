#pragma once

#include "patrolbook/sync/transport.hpp"

#include <chrono>
#include <memory>
#include <string>

namespace patrolbook::server {

// The sync transport over cpprestsdk's http_client: the headless device and the
// end-to-end tests. Every failure to get an answer (refused, reset, timed out, TLS, a
// bad URL) comes out as patrolbook::Error{Sync, Unreachable}; any HTTP answer is returned.
class HttpClientTransport : public sync::Transport {
public:
    static constexpr std::chrono::seconds defaultTimeout{30};

    // baseUrl like "http://127.0.0.1:8080"; request paths are appended to it.
    explicit HttpClientTransport(const std::string& baseUrl, std::chrono::seconds timeout = defaultTimeout);
    ~HttpClientTransport() override;
    HttpClientTransport(const HttpClientTransport&) = delete;
    HttpClientTransport& operator=(const HttpClientTransport&) = delete;

    sync::HttpResponse send(const std::string& method, const std::string& path, const std::string& body,
                            const std::map<std::string, std::string>& headers) override;
    // http_client takes requests from any thread, each on a connection of its pool.
    int parallelCalls() const override { return 2; }

private:
    // Keeps cpprestsdk's headers out of every file that includes this one.
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace patrolbook::server
