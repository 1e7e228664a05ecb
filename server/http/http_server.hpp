#pragma once

#include "patrolbook/sync/protocol.hpp"

#include <memory>
#include <string>
#include <vector>

namespace patrolbook::server {

class Router;
class Metrics;
class WorkerPool;

// The cpprestsdk listener, kept here and nowhere else. Requests are read on
// cpprestsdk's I/O threads, handled on a WorkerPool, answered from there; bodies over
// the limit are refused before they are read, and a request no worker queue has room
// for is answered 503 at once.
class HttpServer {
public:
    static constexpr std::size_t maxJsonBody = sync::maxPushBodyBytes;
    static constexpr std::size_t maxPhotoBody = 21 * 1024 * 1024;

    struct Options {
        // The routes whose requests run on `slow` instead of `general`: sign-in hashes
        // with Argon2id (64 MiB, tens of milliseconds of a core each), and a burst of
        // sign-ins must not hold every worker while devices wait to sync.
        std::vector<std::string> slowRoutes;
        // The routes whose requests run on `exports`: a download streams for as long as
        // the client takes to read it, holding its worker all that time, and must not
        // hold the workers devices sync through.
        std::vector<std::string> exportRoutes;
        // The reverse proxy's address (e.g. "127.0.0.1"): only on connections from it
        // is X-Forwarded-For believed, its last entry being the address the proxy saw.
        // Empty: the header is ignored, as any client can write it.
        std::string trustedProxy;
    };

    // listenUrl like "http://127.0.0.1:8080".
    HttpServer(const std::string& listenUrl, const Router& router, Metrics& metrics, WorkerPool& general,
               WorkerPool& slow, WorkerPool& exports, Options options);
    ~HttpServer();
    void start();
    // Stops taking requests, lets the workers finish what they have, closes the listener.
    void stop();

    // The address a request is from: the peer's, or, when the peer is the trusted proxy,
    // the last X-Forwarded-For entry if it is an IP address. IPv4-mapped IPv6 is unwrapped.
    static std::string clientAddress(const std::string& peer, const std::string& forwardedFor,
                                     const std::string& trustedProxy);

    // Sizes cpprestsdk's own thread pool; call once, before any listener exists.
    static void configureIoThreads(unsigned threads);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace patrolbook::server
