#include "handlers/loop_handler.hpp"

#include "api/api_error.hpp"
#include "auth/browser_session.hpp"
#include "auth/console_policy.hpp"
#include "patrolbook/follow_up_flow.hpp"
#include "patrolbook/json_parse.hpp"
#include "patrolbook/loops/complaint_flow.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/timestamp.hpp"
#include "storage/console_repo.hpp"
#include "storage/db_pool.hpp"
#include "storage/loop_repo.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace patrolbook::server {

using nlohmann::json;

namespace {

constexpr std::array<std::string_view, 3> listed{"repair_order", "complaint", "handover"};
// The steps a manager decides in the console; the others are taken on a phone or tablet.
constexpr std::array<std::string_view, 4> consoleActions{"approve", "send_back", "verify", "reopen"};
constexpr std::size_t maxParamBytes = 128;
constexpr std::size_t maxQueue = 200;

std::optional<std::string> param(const Request& request, const std::string& name)
{
    const auto it = request.query.find(name);
    if (it == request.query.end() || it->second.empty())
        return std::nullopt;
    if (it->second.size() > maxParamBytes)
        throw ApiError::badRequest("\"" + name + "\" is longer than " + std::to_string(maxParamBytes) + " bytes");
    return it->second;
}

std::int64_t instant(const std::string& name, const std::string& text)
{
    const auto t = Timestamp::parse(text);
    if (!t)
        throw ApiError::badRequest("\"" + name
                                   + "\" must be an ISO 8601 time with its offset, e.g. "
                                     "2026-12-01T00:00:00+08:00");
    return t->utcMs;
}

void mayList(const Principal& who)
{
    if (!ConsolePolicy::seesTheTeam(who))
        throw ApiError::forbidden("the loops' lists are for the managers and the front desk of a property");
}

LoopCursor cursorFrom(const std::string& text)
{
    const auto sep = text.find('_');
    LoopCursor c;
    const char* mid = text.data() + (sep == std::string::npos ? 0 : sep);
    const auto [end, ec] = std::from_chars(text.data(), mid, c.atMs);
    if (sep == std::string::npos || ec != std::errc{} || end != mid)
        throw ApiError::badRequest("\"after\" is not a cursor this server gave out");
    c.id = text.substr(sep + 1);
    return c;
}

std::size_t limitFrom(const Request& request)
{
    const auto limit = param(request, "limit");
    if (!limit)
        return LoopHandler::defaultLimit;
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(limit->data(), limit->data() + limit->size(), n);
    if (ec != std::errc{} || end != limit->data() + limit->size() || n == 0 || n > LoopHandler::maxLimit)
        throw ApiError::badRequest("\"limit\" must be a number from 1 to " + std::to_string(LoopHandler::maxLimit));
    return n;
}

// As the records' detail hands out its children: {entity, id, version, fields}.
json childrenJson(const char* entity, const std::vector<LoopChild>& children)
{
    json out = json::array();
    for (const auto& c : children)
        out.push_back({{"entity", entity}, {"id", c.id}, {"version", c.version}, {"fields", parseJson(c.fields)}});
    return out;
}

template <class R>
json stepsOf(const LoopRow& row, const Principal& who)
{
    json out = json::array();
    const auto r = fromFields<R>(row.id, row.version, false, parseJson(row.fields));
    for (const auto step : LoopFlow<R>::allowed(r, who.accountId, who.role))
        if (std::find(consoleActions.begin(), consoleActions.end(), step) != consoleActions.end())
            out.push_back(std::string{step});
    return out;
}

} // namespace

LoopHandler::LoopHandler(BrowserSession& session, DbPool& pool)
    : session_(session)
    , pool_(pool)
{
}

json LoopHandler::rowJson(const LoopRow& row, std::int64_t nowMs)
{
    return {{"entity", row.entity},
            {"id", row.id},
            {"version", row.version},
            {"property_id", row.propertyId},
            {"at", Timestamp::fromUtcMs(row.atMs).toIso()},
            {"status", row.status},
            {"level", row.level ? json(*row.level) : json(nullptr)},
            {"handler_id", row.handlerId ? json(*row.handlerId) : json(nullptr)},
            {"overdue", row.dueMs && *row.dueMs < nowMs},
            {"due_at", row.dueMs ? json(Timestamp::fromUtcMs(*row.dueMs).toIso()) : json(nullptr)},
            {"fields", parseJson(row.fields)}};
}

json LoopHandler::consoleSteps(const LoopRow& row, const Principal& who)
{
    if (row.entity == "complaint")
        return stepsOf<Complaint>(row, who);
    if (row.entity == "follow_up")
        return stepsOf<FollowUp>(row, who);
    return json::array();
}

json LoopHandler::detailJson(LoopRepo& repo, const LoopRow& row, const Principal& who, std::int64_t nowMs)
{
    json out = rowJson(row, nowMs);
    out["photos"] = childrenJson("photo", repo.photos(row.id));
    out["events"] = childrenJson("loop_event", repo.events(row.id));
    out["steps"] = consoleSteps(row, who);
    return out;
}

Response LoopHandler::list(const Request& request, const PathParams& params)
{
    const auto who = session_.authenticate(request);
    mayList(who);
    LoopFilter f;
    f.entity = params.at("entity");
    if (std::find(listed.begin(), listed.end(), f.entity) == listed.end())
        throw ApiError::notFound("loops are repair_order, complaint or handover");
    if (const auto property = param(request, "property")) {
        if (!who.hasProperty(*property))
            throw ApiError::forbidden("that property is not one of yours");
        f.propertyIds = {*property};
    } else {
        f.propertyIds = who.propertyIds;
    }
    f.status = param(request, "status");
    f.level = param(request, "level");
    f.handlerId = param(request, "handler");
    const auto now = Timestamp::now().utcMs;
    if (const auto overdue = param(request, "overdue"); overdue && (*overdue == "1" || *overdue == "true"))
        f.overdueAt = now;
    if (const auto from = param(request, "from"))
        f.fromMs = instant("from", *from);
    if (const auto to = param(request, "to"))
        f.toMs = instant("to", *to);
    const auto limit = limitFrom(request);
    std::optional<LoopCursor> after;
    if (const auto a = param(request, "after"))
        after = cursorFrom(*a);

    ConsoleRepo::refresh(pool_); // loop_record is caught up with console_record
    LoopRepo repo(pool_.db());
    auto rows = repo.list(f, after, limit + 1); // one more: whether there is a next page
    const bool more = rows.size() > limit;
    if (more)
        rows.resize(limit);
    json out{{"loops", json::array()}, {"next", nullptr}};
    for (const auto& row : rows)
        out["loops"].push_back(rowJson(row, now));
    if (more)
        out["next"] = std::to_string(rows.back().atMs) + "_" + rows.back().id;
    return Response::privateJson(out.dump(-1, ' ', false, json::error_handler_t::replace));
}

Response LoopHandler::detail(const Request& request, const PathParams& params)
{
    const auto who = session_.authenticate(request);
    mayList(who);
    ConsoleRepo::refresh(pool_);
    LoopRepo repo(pool_.db());
    const auto row = repo.row(params.at("entity"), params.at("id"));
    if (!row || !who.hasProperty(row->propertyId))
        throw ApiError::notFound("no such loop that you can see");
    const auto body = detailJson(repo, *row, who, Timestamp::now().utcMs);
    return Response::privateJson(body.dump(-1, ' ', false, json::error_handler_t::replace));
}

Response LoopHandler::approvals(const Request& request)
{
    const auto who = session_.authenticate(request);
    if (!ConsolePolicy::mayDecideLoops(who))
        throw ApiError::forbidden("the approvals are a manager's");
    const auto kind = param(request, "kind");
    if (kind && *kind != "complaint" && *kind != "follow_up")
        throw ApiError::badRequest("\"kind\" must be complaint or follow_up");
    ConsoleRepo::refresh(pool_);
    LoopRepo repo(pool_.db());
    const auto now = Timestamp::now().utcMs;
    json out{{"approvals", json::array()}};
    for (const auto& row : repo.approvals(who.propertyIds, kind, maxQueue)) {
        auto j = rowJson(row, now);
        j["steps"] = consoleSteps(row, who);
        out["approvals"].push_back(std::move(j));
    }
    return Response::privateJson(out.dump(-1, ' ', false, json::error_handler_t::replace));
}

} // namespace patrolbook::server
