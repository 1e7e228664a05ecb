#include "handlers/auth_handler.hpp"

#include "auth/auth_service.hpp"
#include "handlers/json_body.hpp"

namespace patrolbook::server {

namespace {

void capped(const char* name, const std::string& value, std::size_t maxBytes)
{
    if (value.size() > maxBytes)
        throw ApiError::badRequest(std::string{"\""} + name + "\" is longer than " + std::to_string(maxBytes)
                                   + " bytes");
}

} // namespace

AuthHandler::AuthHandler(AuthService& auth)
    : auth_(auth)
{
}

Response AuthHandler::login(const Request& request)
{
    const auto body = jsonBody(request);
    // One at a time: argument evaluation order is unspecified, and the first missing
    // member is the one to name.
    const auto username = requiredText(body, "username");
    const auto password = requiredText(body, "password");
    const auto deviceId = requiredText(body, "device_id");
    // Before anything is hashed or stored: a username is a key of the failure table.
    capped("username", username, AuthService::maxUsernameBytes);
    capped("password", password, AuthService::maxPasswordBytes);
    capped("device_id", deviceId, AuthService::maxDeviceIdBytes);
    const auto result = auth_.login(request.remote, username, password, deviceId);
    const auto& p = result.principal;
    nlohmann::json out{{"token", result.token},
                       {"user",
                        {{"id", p.accountId},
                         {"name", p.name},
                         {"role", std::string{toString(p.role)}},
                         {"property_ids", p.propertyIds}}},
                       {"expires_at", result.expiresAt.toIso()}};
    return Response::json(out.dump());
}

Response AuthHandler::logout(const Request& request)
{
    auth_.logout(request);
    return Response::json(R"({"status":"signed_out"})");
}

} // namespace patrolbook::server
