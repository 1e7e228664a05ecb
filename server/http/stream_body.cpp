#include "http/stream_body.hpp"

#include <cpprest/producerconsumerstream.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <thread>

namespace patrolbook::server {

namespace {

// How far the producer may run ahead of the client: the only body bytes held in memory.
constexpr std::size_t highWater = 256 * 1024;
// A client that takes nothing for this long is given up on, freeing the worker.
constexpr auto stallLimit = std::chrono::seconds(60);

} // namespace

void sendStream(web::http::http_request& req, web::http::http_response& resp, const Response& r)
{
    concurrency::streams::producer_consumer_buffer<unsigned char> buffer;
    if (r.streamLength)
        resp.set_body(buffer.create_istream(), *r.streamLength, r.contentType);
    else
        resp.set_body(buffer.create_istream(), r.contentType); // no length: chunked
    // The reply's task ends when the whole body is sent or the connection failed; before
    // the producer is done, only a failure can end it.
    auto ended = std::make_shared<std::atomic<bool>>(false);
    // NOLINTNEXTLINE(performance-unnecessary-value-param): pplx hands the task by value
    req.reply(resp).then([ended](pplx::task<void> t) {
        ended->store(true);
        try {
            t.get();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "patrolbook-server: streamed reply failed: %s\n", e.what());
        }
    });
    std::string chunk;
    try {
        for (;;) {
            chunk.clear();
            if (!r.stream(chunk))
                break;
            if (chunk.empty())
                continue;
            // Back-pressure: producer_consumer_buffer never blocks a writer, so wait here
            // until the client has taken most of what is queued (a poll: cpprestsdk has no
            // "drained" event).
            auto lastProgress = std::chrono::steady_clock::now();
            std::size_t lastQueued = buffer.in_avail();
            while (buffer.in_avail() > highWater) {
                if (ended->load())
                    throw std::runtime_error("the client went away");
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
                const std::size_t queued = buffer.in_avail();
                const auto now = std::chrono::steady_clock::now();
                if (queued < lastQueued)
                    lastProgress = now;
                else if (now - lastProgress > stallLimit)
                    throw std::runtime_error("the client took nothing for a minute");
                lastQueued = queued;
            }
            buffer.putn_nocopy(reinterpret_cast<const unsigned char*>(chunk.data()), chunk.size()).wait();
        }
        buffer.close(std::ios_base::out).wait();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "patrolbook-server: streamed body stopped: %s\n", e.what());
        buffer.close(std::ios_base::out, std::current_exception()).wait();
    }
}

} // namespace patrolbook::server
