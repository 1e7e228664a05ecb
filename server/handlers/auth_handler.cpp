#include "handlers/auth_handler.hpp"

#include "auth/auth_service.hpp"
#include "handlers/login_body.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

AuthHandler::AuthHandler(AuthService& auth)
    : auth_(auth)
{
}

Response AuthHandler::login(const Request& request)
{
    const auto body = parseLoginBody(request.body);
    const auto result = auth_.login(request.remote, body.username, body.password, body.deviceId);
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
