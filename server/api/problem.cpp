#include "api/problem.hpp"

#include "api/api_error.hpp"
#include "patrolbook/error.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace patrolbook::server {

namespace {

std::string typeFor(int status)
{
    return "https://patrolbook.example/problems/" + std::to_string(status);
}

} // namespace

Response problem(int status, const std::string& title, const std::string& detail)
{
    Response r;
    r.status = status;
    r.contentType = "application/problem+json";
    r.body = nlohmann::json{{"type", typeFor(status)}, {"title", title}, {"status", status}, {"detail", detail}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

Response problemFor(const std::exception_ptr& error)
{
    try {
        std::rethrow_exception(error);
    } catch (const ApiError& e) {
        Response r = problem(e.status(), e.title(), e.detail());
        for (const auto& [k, v] : e.headers())
            r.headers[k] = v;
        return r;
    } catch (const Error& e) {
        switch (e.domain()) {
        case ErrorDomain::Json:
            return problem(400, "Malformed request", e.message());
        case ErrorDomain::Validation:
        case ErrorDomain::Rule:
            return problem(422, "Cannot be accepted", e.message());
        case ErrorDomain::Storage:
            if (e.code() == ErrorCode::Busy)
                return problem(503, "Busy", "the server is busy; try again shortly");
            if (e.code() == ErrorCode::DiskFull) {
                // The transaction rolled back, so the client keeps its changes and sends
                // them again; the operator has to free space, hence the log line.
                std::fprintf(stderr, "patrolbook-server: disk full: %s\n", e.what());
                return problem(507, "Server storage full",
                               "the server's disk is full, so nothing of this request was saved; it is kept on "
                               "the device and can be sent again once the server has room");
            }
            std::fprintf(stderr, "patrolbook-server: storage error: %s\n", e.what());
            return problem(500, "Server error", "the server could not complete the request; nothing was changed");
        case ErrorDomain::Sync:
            break;
        }
        std::fprintf(stderr, "patrolbook-server: %s\n", e.what());
        return problem(500, "Server error", "the server could not complete the request; nothing was changed");
    } catch (const nlohmann::json::exception& e) {
        return problem(400, "Malformed request", std::string{"the body is not valid JSON: "} + e.what());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "patrolbook-server: unexpected error: %s\n", e.what());
        return problem(500, "Server error", "the server could not complete the request; nothing was changed");
    } catch (...) {
        return problem(500, "Server error", "the server could not complete the request; nothing was changed");
    }
}

} // namespace patrolbook::server
