#include "handlers/console_handler.hpp"

#include "api/api_error.hpp"
#include "auth/browser_session.hpp"
#include "auth/console_policy.hpp"
#include "handlers/console_query.hpp"
#include "handlers/login_body.hpp"
#include "handlers/record_history.hpp"
#include "handlers/review_handler.hpp"
#include "photos/photo_service.hpp"
#include "photos/thumbnailer.hpp"
#include "storage/db_pool.hpp"
#include "storage/review_repo.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

using nlohmann::json;

namespace {

json userJson(const Principal& p)
{
    return {{"id", p.accountId},
            {"name", p.name},
            {"role", std::string{toString(p.role)}},
            {"property_ids", p.propertyIds}};
}

json childrenJson(const std::vector<ConsoleChild>& children)
{
    json out = json::array();
    for (const auto& c : children)
        out.push_back({{"entity", c.entity}, {"id", c.id}, {"fields", json::parse(c.fields)}});
    return out;
}

json rowJson(const ConsoleRow& r)
{
    return {{"entity", r.entity},
            {"id", r.id},
            {"version", r.version},
            {"property_id", r.propertyId},
            {"staff_id", r.staffId ? json(*r.staffId) : json(nullptr)},
            {"at", Timestamp::fromUtcMs(r.atMs).toIso()},
            {"status", r.status ? json(*r.status) : json(nullptr)},
            {"failed_lines", r.failedLines},
            {"review", r.review},
            {"fields", json::parse(r.fields)}};
}

// Console answers hold one person's records: never kept by a shared cache.
Response privateJson(const json& body)
{
    return Response::privateJson(body.dump());
}

} // namespace

ConsoleHandler::ConsoleHandler(BrowserSession& session, DbPool& pool, PhotoService& photos, Thumbnailer& thumbnails)
    : session_(session)
    , pool_(pool)
    , photos_(photos)
    , thumbnails_(thumbnails)
{
}

Response ConsoleHandler::login(const Request& request)
{
    BrowserSession::checkStateChange(request); // before a password is hashed
    const auto body = parseLoginBody(request.body);
    const auto started = session_.signIn(request, body.username, body.password);
    Response r = privateJson({{"user", userJson(started.principal)}, {"expires_at", started.expiresAt.toIso()}});
    r.headers["Set-Cookie"] = started.setCookie;
    return r;
}

Response ConsoleHandler::logout(const Request& request)
{
    Response r = privateJson({{"status", "signed_out"}});
    r.headers["Set-Cookie"] = session_.signOut(request);
    return r;
}

Response ConsoleHandler::me(const Request& request)
{
    const auto who = session_.authenticate(request);
    ConsoleRepo repo(pool_.db());
    return privateJson({{"user", userJson(who)},
                        {"properties", childrenJson(repo.reference("property", who.propertyIds))},
                        {"staff", childrenJson(repo.reference("staff", who.propertyIds))},
                        {"areas", childrenJson(repo.reference("area", who.propertyIds))},
                        {"buildings", childrenJson(repo.reference("building", who.propertyIds))}});
}

Response ConsoleHandler::records(const Request& request)
{
    const auto who = session_.authenticate(request);
    const auto query = ConsoleQuery::parse(request, who);
    ConsoleRepo::refresh(pool_);
    ConsoleRepo repo(pool_.db());
    // One row more than asked: whether there is a next page, without counting.
    auto rows = repo.list(query.filter, query.after, query.limit + 1);
    const bool more = rows.size() > query.limit;
    if (more)
        rows.resize(query.limit);
    json out{{"records", json::array()}, {"next", nullptr}};
    for (const auto& row : rows)
        out["records"].push_back(rowJson(row));
    if (more)
        out["next"] = ConsoleQuery::cursorAfter(rows.back());
    return privateJson(out);
}

Response ConsoleHandler::record(const Request& request, const PathParams& params)
{
    const auto who = session_.authenticate(request);
    ConsoleRepo::refresh(pool_);
    ConsoleRepo repo(pool_.db());
    auto row = repo.row(params.at("entity"), params.at("id"));
    // Another property's record, or a colleague's for patrol staff, answers as one that
    // does not exist: the console tells nobody what others hold.
    if (!row || !ConsolePolicy::mayOpen(*row, who))
        throw ApiError::notFound("no such record that you can see");
    const auto detail = repo.children(std::move(*row));
    json out = rowJson(detail.record);
    out["lines"] = childrenJson(detail.lines);
    out["photos"] = childrenJson(detail.photos);
    out["follow_ups"] = childrenJson(detail.followUps);
    out["reviews"] = reviewHistoryJson(ReviewRepo(pool_.db()).history(detail.record.entity, detail.record.id));
    out["may_review"] = ConsolePolicy::mayReview(detail.record, who);
    out["history"] = recordHistoryJson(pool_.db(), detail);
    return privateJson(out);
}

Response ConsoleHandler::photo(const Request& request, const PathParams& params)
{
    const auto who = session_.authenticate(request);
    const auto& sha = params.at("sha256");
    if (sha.size() != 64 || sha.find_first_not_of("0123456789abcdef") != std::string::npos)
        throw ApiError::badRequest("a photo is named by the SHA-256 of its bytes, 64 lower-case hex digits");
    const auto size = request.query.find("size");
    const bool thumb = size != request.query.end() && size->second == "thumb";
    if (size != request.query.end() && !thumb)
        throw ApiError::badRequest("\"size\" is \"thumb\" or left out (the full photo)");
    // The same rule as a device's GET /api/v1/photos (PhotoService: docs/security.md),
    // for the thumbnail too: asked before a cached thumbnail is read.
    Response r;
    if (thumb) {
        if (!photos_.status(who, sha).complete)
            throw ApiError::notFound("no photo with this SHA-256 that you can see");
        r.body = thumbnails_.get(sha, [&] {
            auto bytes = photos_.read(who, sha);
            if (!bytes)
                throw ApiError::notFound("no photo with this SHA-256 that you can see");
            return std::move(*bytes);
        });
    } else {
        auto bytes = photos_.read(who, sha);
        if (!bytes)
            throw ApiError::notFound("no photo with this SHA-256 that you can see");
        r.body = std::move(*bytes);
    }
    r.contentType = "image/jpeg";
    // Named by its hash, a photo never changes: the browser may keep it, privately.
    r.headers["Cache-Control"] = "private, max-age=86400, immutable";
    const std::string etag = "\"" + sha + (thumb ? "-thumb" + std::to_string(Thumbnailer::longEdge) : "") + "\"";
    r.headers["ETag"] = etag;
    if (request.header("if-none-match") == etag) {
        r.status = 304;
        r.body.clear();
    }
    return r;
}

} // namespace patrolbook::server
