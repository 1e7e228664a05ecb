#include "http/http_server.hpp"

#include "api/problem.hpp"
#include "api/worker_pool.hpp"
#include "http/stream_body.hpp"
#include "metrics/metrics.hpp"
#include "routes/router.hpp"

#include <cpprest/http_listener.h>
#include <pplx/threadpool.h>

#include <arpa/inet.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace patrolbook::server {

using namespace web::http;
using web::http::experimental::listener::http_listener;
using web::http::experimental::listener::http_listener_config;

namespace {

std::string lower(std::string s)
{
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void send(http_request& req, const Response& r)
{
    http_response resp(static_cast<status_code>(r.status));
    for (const auto& [k, v] : r.headers)
        resp.headers().add(k, v);
    if (r.stream) {
        sendStream(req, resp, r); // on this worker, until the body is sent
        return;
    }
    if (!r.body.empty())
        resp.set_body(std::vector<unsigned char>(r.body.begin(), r.body.end()));
    resp.headers().set_content_type(r.contentType);
    // A client that went away must not take a thread down with it.
    // pplx hands continuations their task by value.
    // NOLINTNEXTLINE(performance-unnecessary-value-param)
    req.reply(resp).then([](pplx::task<void> t) {
        try {
            t.get();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "patrolbook-server: reply failed: %s\n", e.what());
        }
    });
}

std::string unmapped(const std::string& address)
{
    const std::string prefix = "::ffff:";
    if (address.size() > prefix.size() && address.compare(0, prefix.size(), prefix) == 0
        && address.find('.') != std::string::npos)
        return address.substr(prefix.size());
    return address;
}

bool isIpAddress(const std::string& text)
{
    unsigned char buf[sizeof(in6_addr)];
    return ::inet_pton(AF_INET, text.c_str(), buf) == 1 || ::inet_pton(AF_INET6, text.c_str(), buf) == 1;
}

Response serverBusy(const std::string& title, const std::string& detail)
{
    Response r = problem(503, title, detail);
    r.headers["Retry-After"] = "1";
    return r;
}

} // namespace

std::string HttpServer::clientAddress(const std::string& peer, const std::string& forwardedFor,
                                      const std::string& trustedProxy)
{
    std::string from = unmapped(peer);
    if (trustedProxy.empty() || from != trustedProxy || forwardedFor.empty())
        return from;
    // The proxy appends the address it saw; anything before it was written by the client.
    const auto comma = forwardedFor.rfind(',');
    std::string last = forwardedFor.substr(comma == std::string::npos ? 0 : comma + 1);
    const auto first = last.find_first_not_of(" \t");
    const auto end = last.find_last_not_of(" \t");
    last = first == std::string::npos ? std::string{} : last.substr(first, end - first + 1);
    return isIpAddress(last) ? unmapped(last) : from;
}

struct HttpServer::Impl {
    Impl(const std::string& url, const Router& r, Metrics& m, WorkerPool& g, WorkerPool& s, WorkerPool& e, Options o)
        : listener(url, config())
        , router(r)
        , metrics(m)
        , general(g)
        , slow(s)
        , exports(e)
        , options(std::move(o))
    {
    }

    static http_listener_config config()
    {
        http_listener_config c;
        c.set_timeout(std::chrono::seconds(60));
        return c;
    }

    // Runs the route on a worker thread: no I/O thread waits on SQLite.
    void dispatch(http_request req, Request request, std::chrono::steady_clock::time_point started)
    {
        auto shared = std::make_shared<Request>(std::move(request));
        const auto route = router.routeOf(*shared);
        const auto listed = [&route](const std::vector<std::string>& routes) {
            return std::find(routes.begin(), routes.end(), route) != routes.end();
        };
        WorkerPool& pool = listed(options.slowRoutes) ? slow : listed(options.exportRoutes) ? exports : general;
        const auto posted = pool.post(
            [this, req, shared, started]() mutable { finish(req, *shared, router.dispatch(*shared), started); });
        if (posted == WorkerPool::Posted::Full)
            finish(req, *shared,
                   serverBusy("Busy", "the server has more requests than it can queue; try again shortly"), started);
        else if (posted == WorkerPool::Posted::Stopping)
            finish(req, *shared, serverBusy("Shutting down", "the server is restarting; try again shortly"), started);
    }

    void handle(http_request req)
    {
        const auto started = std::chrono::steady_clock::now();
        Request request;
        request.method = req.method();
        request.path = web::uri::decode(req.relative_uri().path());
        for (const auto& [k, v] : web::uri::split_query(req.relative_uri().query()))
            request.query[web::uri::decode(k)] = web::uri::decode(v);
        for (const auto& [k, v] : req.headers())
            request.headers[lower(k)] = v;
        request.remote = clientAddress(req.remote_address(), request.header("x-forwarded-for"), options.trustedProxy);
        // Like X-Forwarded-For, believed only from the trusted proxy.
        request.secure = !options.trustedProxy.empty() && unmapped(req.remote_address()) == options.trustedProxy
            && lower(request.header("x-forwarded-proto")) == "https";

        // A chunked body has no length to check before reading it, and this is before
        // sign-in: refuse it rather than read an unbounded body into memory.
        if (lower(request.header("transfer-encoding")).find("chunked") != std::string::npos) {
            finish(req, request, problem(411, "Length required", "send the body with a Content-Length"), started);
            return;
        }
        const bool photo = request.path.rfind("/api/v1/photos/", 0) == 0;
        const std::size_t cap = photo ? maxPhotoBody : maxJsonBody;
        if (req.headers().content_length() > cap) {
            finish(req, request, problem(413, "Too large", "the body is over " + std::to_string(cap) + " bytes"),
                   started);
            return;
        }
        if (draining) {
            finish(req, request, serverBusy("Shutting down", "the server is restarting; try again shortly"), started);
            return;
        }
        // Without a body (GET, HEAD: "anything new?" above all) there is nothing to read:
        // straight to a worker, one thread hop fewer.
        if (req.headers().content_length() == 0 && (request.method == "GET" || request.method == "HEAD")) {
            dispatch(req, std::move(request), started); // http_request is a shared handle: copied
            return;
        }
        req.extract_vector()
            // NOLINTNEXTLINE(performance-unnecessary-value-param): pplx hands the task by value
            .then([this, req, request, cap, started](pplx::task<std::vector<unsigned char>> t) mutable {
                try {
                    const auto bytes = t.get();
                    if (bytes.size() > cap) {
                        finish(req, request, problem(413, "Too large", "the body is over the limit"), started);
                        return;
                    }
                    request.body.assign(bytes.begin(), bytes.end());
                } catch (const std::exception&) {
                    finish(req, request, problem(400, "Malformed request", "the body could not be read"), started);
                    return;
                }
                dispatch(req, std::move(request), started); // http_request is a shared handle: copied
            })
            // NOLINTNEXTLINE(performance-unnecessary-value-param): pplx hands the task by value
            .then([](pplx::task<void> t) {
                try {
                    t.get();
                } catch (const std::exception& e) {
                    std::fprintf(stderr, "patrolbook-server: request failed: %s\n", e.what());
                }
            });
    }

    void finish(http_request& req, const Request& request, const Response& response,
                std::chrono::steady_clock::time_point started)
    {
        send(req, response);
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        metrics.request(request.method, router.routeOf(request), response.status, secs);
    }

    http_listener listener;
    const Router& router;
    Metrics& metrics;
    WorkerPool& general;
    WorkerPool& slow;
    WorkerPool& exports;
    const Options options;
    std::atomic<bool> draining{false};
};

HttpServer::HttpServer(const std::string& listenUrl, const Router& router, Metrics& metrics, WorkerPool& general,
                       WorkerPool& slow, WorkerPool& exports, Options options)
    : impl_(std::make_unique<Impl>(listenUrl, router, metrics, general, slow, exports, std::move(options)))
{
    impl_->listener.support([this](const http_request& req) { impl_->handle(req); });
}

HttpServer::~HttpServer() = default;

void HttpServer::start()
{
    impl_->listener.open().wait();
}

void HttpServer::stop()
{
    impl_->draining = true;
    impl_->general.drain();
    impl_->slow.drain();
    impl_->exports.drain();
    impl_->listener.close().wait();
}

void HttpServer::configureIoThreads(unsigned threads)
{
    crossplat::threadpool::initialize_with_threads(threads);
}

} // namespace patrolbook::server
