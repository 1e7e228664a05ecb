#include "handlers/console_query.hpp"

#include "auth/console_policy.hpp"

#include "api/api_error.hpp"
#include "patrolbook/timestamp.hpp"
#include "storage/console_search.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace patrolbook::server {

namespace {

constexpr std::array<std::string_view, 4> kinds{"inspection", "renovation_check", "owner_visit", "follow_up"};
constexpr std::size_t maxParamBytes = 128;

std::optional<std::string> param(const Request& request, const std::string& name)
{
    const auto it = request.query.find(name);
    if (it == request.query.end() || it->second.empty())
        return std::nullopt;
    if (it->second.size() > maxParamBytes)
        throw ApiError::badRequest("\"" + name + "\" is longer than " + std::to_string(maxParamBytes) + " bytes");
    return it->second;
}

std::int64_t instant(const Request& request, const std::string& name)
{
    const auto text = *param(request, name);
    const auto t = Timestamp::parse(text);
    if (!t)
        throw ApiError::badRequest("\"" + name
                                   + "\" must be an ISO 8601 time with its offset, e.g. "
                                     "2026-12-01T00:00:00+08:00");
    return t->utcMs;
}

std::vector<std::string> splitComma(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const auto end = comma == std::string::npos ? text.size() : comma;
        if (end > start)
            out.push_back(text.substr(start, end - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

} // namespace

ConsoleQuery ConsoleQuery::parse(const Request& request, const Principal& who)
{
    ConsoleQuery q;
    auto& f = q.filter;
    if (const auto kind = param(request, "kind")) {
        for (auto& k : splitComma(*kind)) {
            if (std::find(kinds.begin(), kinds.end(), k) == kinds.end())
                throw ApiError::badRequest("\"kind\" must be inspection, renovation_check, owner_visit or follow_up");
            f.entities.push_back(std::move(k));
        }
    }
    if (const auto property = param(request, "property")) {
        if (!who.hasProperty(*property))
            throw ApiError::forbidden("that property is not one of yours");
        f.propertyIds = {*property};
    } else {
        f.propertyIds = who.propertyIds;
    }
    if (ConsolePolicy::seesOnlyOwn(who))
        f.ownerId = who.accountId;
    f.staffId = param(request, "staff");
    f.areaId = param(request, "area");
    f.buildingId = param(request, "building");
    if (const auto text = param(request, "q")) {
        // Words to find in the record's text (ConsoleSearch); only spaces: no filter.
        const ConsoleSearch search(*text);
        if (search.tooManyTerms())
            throw ApiError::badRequest("\"q\" has more than " + std::to_string(ConsoleSearch::maxTerms) + " words");
        if (!search.empty())
            f.text = text;
    }
    if (param(request, "from"))
        f.fromMs = instant(request, "from");
    if (param(request, "to"))
        f.toMs = instant(request, "to");
    f.status = param(request, "status");
    if (const auto review = param(request, "review")) {
        if (!enumFromString<ReviewState>(*review))
            throw ApiError::badRequest("\"review\" must be received, approved, has_issues or rejected");
        f.review = review;
    }
    if (const auto failed = param(request, "failed")) {
        if (*failed != "1" && *failed != "0" && *failed != "true" && *failed != "false")
            throw ApiError::badRequest("\"failed\" must be 1 or 0");
        f.failedOnly = *failed == "1" || *failed == "true";
    }
    if (const auto limit = param(request, "limit")) {
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(limit->data(), limit->data() + limit->size(), n);
        if (ec != std::errc{} || end != limit->data() + limit->size() || n == 0 || n > maxLimit)
            throw ApiError::badRequest("\"limit\" must be a number from 1 to " + std::to_string(maxLimit));
        q.limit = n;
    }
    if (const auto after = param(request, "after"))
        q.after = parseCursor(*after);
    return q;
}

std::string ConsoleQuery::cursorAfter(const ConsoleRow& row)
{
    return std::to_string(row.atMs) + "_" + row.id;
}

ConsoleCursor ConsoleQuery::parseCursor(const std::string& text)
{
    const auto sep = text.find('_');
    ConsoleCursor c;
    const char* begin = text.data();
    const char* mid = text.data() + (sep == std::string::npos ? 0 : sep);
    const auto [end, ec] = std::from_chars(begin, mid, c.atMs);
    if (sep == std::string::npos || ec != std::errc{} || end != mid)
        throw ApiError::badRequest("\"after\" is not a cursor this server gave out");
    c.id = text.substr(sep + 1);
    return c;
}

} // namespace patrolbook::server
