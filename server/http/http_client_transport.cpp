#include "http/http_client_transport.hpp"

#include "patrolbook/error.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <cpprest/http_client.h>

#include <cctype>

namespace patrolbook::server {

using web::http::client::http_client;
using web::http::client::http_client_config;

namespace {

std::string lower(std::string s)
{
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

[[noreturn]] void unreachable(const std::string& baseUrl, const std::string& what)
{
    throw Error(ErrorDomain::Sync, ErrorCode::Unreachable, "cannot reach " + baseUrl + ": " + what);
}

} // namespace

struct HttpClientTransport::Impl {
    std::string baseUrl;
    std::unique_ptr<http_client> client;
};

HttpClientTransport::HttpClientTransport(const std::string& baseUrl, std::chrono::seconds timeout)
    : impl_(std::make_unique<Impl>())
{
    impl_->baseUrl = baseUrl;
    http_client_config config;
    config.set_timeout(timeout);
    // Requests go out as a header write and a body write: with Nagle's algorithm the
    // second waits for the server's delayed ACK of the first (up to 40 ms on Linux), longer
    // than most pushes take to apply. The handle is the connection's socket for plain HTTP
    // (for HTTPS it is the TLS stream, left as it is).
    const bool plain = lower(baseUrl.substr(0, 7)) == "http://";
    config.set_nativehandle_options([plain](web::http::client::native_handle handle) {
        if (auto* socket = static_cast<boost::asio::ip::tcp::socket*>(handle); plain && handle && socket->is_open()) {
            boost::system::error_code ignored;
            socket->set_option(boost::asio::ip::tcp::no_delay(true), ignored);
        }
    });
    try {
        impl_->client = std::make_unique<http_client>(baseUrl, config);
    } catch (const std::exception& e) {
        unreachable(baseUrl, std::string{"not a usable server URL ("} + e.what() + ")");
    }
}

HttpClientTransport::~HttpClientTransport() = default;

constexpr int maxStaleConnectionRetries = 8;

sync::HttpResponse HttpClientTransport::send(const std::string& method, const std::string& path,
                                             const std::string& body, const std::map<std::string, std::string>& headers)
{
    try {
        // Built afresh for each attempt: a sent request's body stream is used up.
        auto makeRequest = [&] {
            web::http::http_request request(method);
            request.set_request_uri(path);
            std::string contentType = "application/json";
            bool hasContentType = false;
            for (const auto& [name, value] : headers) {
                // set_body() sets the content type itself; adding it as well would send it twice.
                if (lower(name) == "content-type") {
                    contentType = value;
                    hasContentType = true;
                } else {
                    request.headers().add(name, value);
                }
            }
            if (!body.empty())
                request.set_body(body, contentType);
            else if (hasContentType)
                request.headers().set_content_type(contentType);
            return request;
        };
        web::http::http_response response;
        for (int attempt = 1;; ++attempt) {
            try {
                response = impl_->client->request(makeRequest()).get();
                break;
            } catch (const web::http::http_exception& e) {
                // Kept-alive connections the server closed (it restarted): the request
                // never reached it, so it goes again; each failure drops one dead
                // connection from the client's pool.
                if (attempt == maxStaleConnectionRetries
                    || std::string_view(e.what()).find("Failed to write request") == std::string_view::npos)
                    throw;
            }
        }
        sync::HttpResponse out;
        out.status = response.status_code();
        // Whatever the content type says: the caller decides how to read the bytes.
        out.body = response.extract_utf8string(true).get();
        for (const auto& [name, value] : response.headers())
            out.headers[lower(name)] = value;
        return out;
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        // http_exception (refused, reset, timed out), pplx::task_canceled, boost errors.
        unreachable(impl_->baseUrl, e.what());
    } catch (...) {
        unreachable(impl_->baseUrl, "unknown failure");
    }
}

} // namespace patrolbook::server
