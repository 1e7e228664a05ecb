#pragma once

#include "api/api_error.hpp"
#include "api/request.hpp"
#include "patrolbook/json_parse.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

// The request body as a JSON object, or 400 saying what is wrong with it.
inline nlohmann::json jsonBody(const Request& request)
{
    auto parsed = tryParseJson(request.body);
    if (!parsed.value)
        throw ApiError::badRequest("the body is " + parsed.error);
    nlohmann::json body = std::move(*parsed.value);
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
