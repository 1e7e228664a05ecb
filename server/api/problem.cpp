#include "api/problem.hpp"

#include "api/api_error.hpp"
#include "api/validation_failure.hpp"
#include "patrolbook/error.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace patrolbook::server {

namespace {

std::string typeFor(int status)
{
    return "https://patrolbook.example/problems/" + std::to_string(status);
}

// `more`: members beyond RFC 9457's four (the offending field, the list of problems).
Response problemWith(int status, const std::string& title, const std::string& detail, const nlohmann::json& more)
{
    nlohmann::json body{{"type", typeFor(status)}, {"title", title}, {"status", status}, {"detail", detail}};
    if (more.is_object())
        body.update(more);
    Response r;
    r.status = status;
    r.contentType = "application/problem+json";
    r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

// A problem of one field: named, so a form can mark it.
nlohmann::json fieldOf(const Error& e)
{
    return e.field().empty() ? nlohmann::json::object() : nlohmann::json{{"field", e.field()}};
}

} // namespace

Response problem(int status, const std::string& title, const std::string& detail)
{
    return problemWith(status, title, detail, nullptr);
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
    } catch (const ValidationFailure& e) {
        nlohmann::json errors = nlohmann::json::array();
        for (const auto& p : e.problems())
            errors.push_back(
                {{"field", p.field()}, {"code", std::string{toString(p.code())}}, {"detail", p.message()}});
        nlohmann::json more{{"errors", errors}};
        if (!e.problems().empty())
            more.update(fieldOf(e.problems().front()));
        return problemWith(422, "Cannot be accepted", e.what(), more);
    } catch (const Error& e) {
        switch (e.domain()) {
        case ErrorDomain::Json:
            return problemWith(400, "Malformed request", e.message(), fieldOf(e));
        case ErrorDomain::Validation:
        case ErrorDomain::Rule:
            return problemWith(422, "Cannot be accepted", e.message(), fieldOf(e));
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
