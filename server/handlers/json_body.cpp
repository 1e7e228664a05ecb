#include "handlers/json_body.hpp"

#include "api/api_error.hpp"
#include "patrolbook/json_parse.hpp"

namespace patrolbook::server {

nlohmann::json parseObjectBody(const std::string& text, const char* shape)
{
    auto parsed = tryParseJson(text);
    if (!parsed.value)
        throw ApiError::badRequest("the body is " + parsed.error + "; send " + shape);
    if (!parsed.value->is_object())
        throw ApiError::badRequest(std::string{"the body must be a JSON object: "} + shape);
    return std::move(*parsed.value);
}

} // namespace patrolbook::server
