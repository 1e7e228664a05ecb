#include "handlers/auth_handler.hpp"

#include "auth/auth_service.hpp"
#include "handlers/json_body.hpp"

namespace patrolbook::server {

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
    const auto result = auth_.login(username, password, deviceId);
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
