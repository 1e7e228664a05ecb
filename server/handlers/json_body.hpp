#pragma once

#include "api/api_error.hpp"
#include "api/request.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

// The request body as a JSON object, or 400 saying what is wrong with it.
inline nlohmann::json jsonBody(const Request& request)
{
    nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded())
        throw ApiError::badRequest("the body is not valid JSON");
    if (!body.is_object())
        throw ApiError::badRequest("the body must be a JSON object");
    return body;
}

inline std::string requiredText(const nlohmann::json& body, const char* name)
{
    auto it = body.find(name);
    if (it == body.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
        throw ApiError::badRequest(std::string{"\""} + name + "\" is required and must be a non-empty string");
    return it->get<std::string>();
}

} // namespace patrolbook::server
