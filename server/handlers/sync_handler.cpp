#include "handlers/sync_handler.hpp"

#include "api/api_error.hpp"
#include "auth/auth_service.hpp"
#include "patrolbook/error.hpp"
#include "sync/sync_service.hpp"

namespace patrolbook::server {

SyncHandler::SyncHandler(AuthService& auth, SyncService& sync)
    : auth_(auth)
    , sync_(sync)
{
}

Response SyncHandler::push(const Request& request)
{
    const auto who = auth_.authenticate(request);
    sync::PushRequest push;
    try {
        push = sync::parsePushRequest(request.body);
    } catch (const Error& e) {
        throw ApiError::badRequest(e.message());
    }
    const auto results = sync_.push(who, std::move(push));
    return Response::json(sync::pushAnswerText(results, Timestamp::now().toIso()));
}

Response SyncHandler::pull(const Request& request)
{
    const auto who = auth_.authenticate(request);
    std::size_t limit = sync::defaultPullLimit;
    if (auto it = request.query.find("limit"); it != request.query.end()) {
        char* end = nullptr;
        const long n = std::strtol(it->second.c_str(), &end, 10);
        if (it->second.empty() || *end != '\0' || n < 1 || n > static_cast<long>(sync::maxPullLimit))
            throw ApiError::badRequest("limit must be a whole number from 1 to " + std::to_string(sync::maxPullLimit));
        limit = static_cast<std::size_t>(n);
    }
    const auto cursor = request.query.count("cursor") ? request.query.at("cursor") : std::string{};
    const auto property = request.query.count("property") ? request.query.at("property") : std::string{};
    auto page = sync_.pull(who, cursor, limit, property);
    auto response = Response::json(std::move(page.body));
    // When there is more, the next cursor also goes in headers, so that a client can ask
    // for the next page before it has parsed this one. (Not on the last page: "anything
    // new?" is the most frequent call and stays as lean as it was.)
    if (page.hasMore) {
        response.headers["Patrolbook-Cursor"] = page.cursor;
        response.headers["Patrolbook-Has-More"] = "true";
    }
    return response;
}

} // namespace patrolbook::server
