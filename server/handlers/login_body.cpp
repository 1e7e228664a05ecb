#include "handlers/login_body.hpp"

#include "api/api_error.hpp"
#include "auth/auth_service.hpp"
#include "patrolbook/json_parse.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

namespace {

std::string requiredText(const nlohmann::json& body, const char* name)
{
    auto it = body.find(name);
    if (it == body.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
        throw ApiError::badRequest(std::string{"\""} + name + "\" is required and must be a non-empty string");
    return it->get<std::string>();
}

void capped(const char* name, const std::string& value, std::size_t maxBytes)
{
    if (value.size() > maxBytes)
        throw ApiError::badRequest(std::string{"\""} + name + "\" is longer than " + std::to_string(maxBytes)
                                   + " bytes");
}

} // namespace

LoginBody parseLoginBody(std::string_view text)
{
    auto parsed = tryParseJson(text);
    if (!parsed.value)
        throw ApiError::badRequest("the body is " + parsed.error);
    const nlohmann::json& body = *parsed.value;
    if (!body.is_object())
        throw ApiError::badRequest("the body must be a JSON object");
    // One at a time, in this order: the first missing member is the one to name, and
    // only then is any too long.
    LoginBody out;
    out.username = requiredText(body, "username");
    out.password = requiredText(body, "password");
    out.deviceId = requiredText(body, "device_id");
    capped("username", out.username, AuthService::maxUsernameBytes);
    capped("password", out.password, AuthService::maxPasswordBytes);
    capped("device_id", out.deviceId, AuthService::maxDeviceIdBytes);
    return out;
}

} // namespace patrolbook::server
