#pragma once

#include "patrolbook/sync/protocol.hpp"

#include <memory>
#include <string>

namespace patrolbook::server {

class Router;
class Metrics;
class WorkerPool;

// The cpprestsdk listener, kept here and nowhere else. Requests are read on
// cpprestsdk's I/O threads, handled on the WorkerPool, answered from there; bodies over
// the limit are refused before they are read.
class HttpServer {
public:
    static constexpr std::size_t maxJsonBody = sync::maxPushBodyBytes;
    static constexpr std::size_t maxPhotoBody = 21 * 1024 * 1024;

    // listenUrl like "http://127.0.0.1:8080".
    HttpServer(const std::string& listenUrl, const Router& router, Metrics& metrics, WorkerPool& workers);
    ~HttpServer();
    void start();
    // Stops taking requests, lets the workers finish what they have, closes the listener.
    void stop();

    // Sizes cpprestsdk's own thread pool; call once, before any listener exists.
    static void configureIoThreads(unsigned threads);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace patrolbook::server
