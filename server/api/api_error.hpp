#pragma once

#include <map>
#include <stdexcept>
#include <string>

namespace patrolbook::server {

// An error the API answers with its own status; everything thrown in a handler ends up
// as one of these in problem.cpp, the only place that turns errors into HTTP answers.
class ApiError : public std::runtime_error {
public:
    ApiError(int status, std::string title, std::string detail, std::map<std::string, std::string> headers = {})
        : std::runtime_error(detail)
        , status_(status)
        , title_(std::move(title))
        , detail_(std::move(detail))
        , headers_(std::move(headers))
    {
    }

    int status() const { return status_; }
    const std::string& title() const { return title_; }
    const std::string& detail() const { return detail_; }
    const std::map<std::string, std::string>& headers() const { return headers_; }

    static ApiError badRequest(std::string detail) { return {400, "Malformed request", std::move(detail)}; }
    static ApiError unauthorized(std::string detail) { return {401, "Not signed in", std::move(detail)}; }
    static ApiError forbidden(std::string detail) { return {403, "Not allowed", std::move(detail)}; }
    static ApiError notFound(std::string detail) { return {404, "Not found", std::move(detail)}; }
    static ApiError conflict(std::string detail) { return {409, "Conflict", std::move(detail)}; }
    static ApiError tooLarge(std::string detail) { return {413, "Too large", std::move(detail)}; }
    static ApiError unprocessable(std::string detail) { return {422, "Cannot be accepted", std::move(detail)}; }

private:
    int status_;
    std::string title_;
    std::string detail_;
    std::map<std::string, std::string> headers_;
};

} // namespace patrolbook::server
