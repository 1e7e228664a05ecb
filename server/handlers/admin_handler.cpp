#include "handlers/admin_handler.hpp"

#include "admin/admin_service.hpp"
#include "api/api_error.hpp"
#include "auth/auth_service.hpp"
#include "auth/browser_session.hpp"
#include "handlers/json_body.hpp"
#include "patrolbook/uuid.hpp"

#include <charconv>

namespace patrolbook::server {

using nlohmann::json;

namespace {

// The registry names people and their telephones: never kept by a shared cache.
Response answer(const json& body, int status = 200)
{
    Response r = Response::privateJson(body.dump(-1, ' ', false, json::error_handler_t::replace));
    r.status = status;
    return r;
}

AdminListQuery listQuery(const Request& request)
{
    AdminListQuery q;
    const auto param = [&](const char* name) {
        const auto it = request.query.find(name);
        return it == request.query.end() ? std::optional<std::string>{} : std::optional{it->second};
    };
    if (auto property = param("property")) {
        if (!isUuid(*property))
            throw ApiError::badRequest("\"property\" is a property's id (a UUID)");
        q.property = std::move(*property);
    }
    if (auto limit = param("limit")) {
        std::size_t n = 0;
        const auto* end = limit->data() + limit->size();
        if (const auto [at, ec] = std::from_chars(limit->data(), end, n);
            ec != std::errc{} || at != end || n < 1 || n > AdminListQuery::maxLimit)
            throw ApiError::badRequest("\"limit\" is a number from 1 to " + std::to_string(AdminListQuery::maxLimit));
        q.limit = n;
    }
    if (auto after = param("after")) {
        if (!isUuid(*after))
            throw ApiError::badRequest("\"after\" is the \"next\" of the page before");
        q.after = std::move(*after);
    }
    if (auto retired = param("retired")) {
        if (*retired != "true" && *retired != "false")
            throw ApiError::badRequest("\"retired\" is true (tombstones too) or false");
        q.withRetired = *retired == "true";
    }
    return q;
}

} // namespace

AdminHandler::AdminHandler(AuthService& auth, BrowserSession& session, AdminService& service)
    : auth_(auth)
    , session_(session)
    , service_(service)
{
}

Principal AdminHandler::caller(const Request& request, bool changes)
{
    if (!request.header("authorization").empty())
        return auth_.authenticate(request);
    if (!BrowserSession::cookieToken(request))
        throw ApiError::unauthorized("sign in first: the console's session, or Authorization: Bearer <token>");
    // A cookie goes with every request the browser makes to us, a cross-site one too.
    if (changes)
        BrowserSession::checkStateChange(request);
    return session_.authenticate(request);
}

Response AdminHandler::list(const Request& request, const PathParams& params)
{
    const auto who = caller(request, false);
    return answer(service_.list(who, params.at("collection"), listQuery(request)));
}

Response AdminHandler::get(const Request& request, const PathParams& params)
{
    const auto who = caller(request, false);
    return answer(service_.get(who, params.at("collection"), params.at("id")));
}

Response AdminHandler::create(const Request& request, const PathParams& params)
{
    const auto who = caller(request, true);
    const auto body = parseObjectBody(request.body, R"({"field": value, ...})");
    return answer(service_.create(who, params.at("collection"), body), 201);
}

Response AdminHandler::update(const Request& request, const PathParams& params)
{
    const auto who = caller(request, true);
    const auto body = parseObjectBody(request.body, R"({"field": value, ..., "version": 12})");
    return answer(service_.update(who, params.at("collection"), params.at("id"), body));
}

Response AdminHandler::retire(const Request& request, const PathParams& params)
{
    const auto who = caller(request, true);
    return answer(service_.retire(who, params.at("collection"), params.at("id")));
}

Response AdminHandler::password(const Request& request, const PathParams& params)
{
    const auto who = caller(request, true);
    const auto body = parseObjectBody(request.body, R"({"password": "..."})");
    const auto it = body.find("password");
    if (it == body.end() || !it->is_string())
        throw ApiError::badRequest("send {\"password\": \"...\"}: the new password, 8 characters or more");
    return answer(service_.resetPassword(who, params.at("id"), it->get<std::string>()));
}

} // namespace patrolbook::server
