#include "routes/router.hpp"

#include "api/problem.hpp"

namespace patrolbook::server {

namespace {

std::vector<std::string> split(const std::string& path)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : path) {
        if (c == '/') {
            if (!current.empty())
                parts.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        parts.push_back(std::move(current));
    return parts;
}

} // namespace

void Router::add(std::string method, const std::string& pattern, Handler handler)
{
    routes_.push_back({std::move(method), pattern, split(pattern), std::move(handler)});
}

bool Router::match(const Route& route, const std::vector<std::string>& parts, PathParams& params)
{
    if (route.segments.size() != parts.size())
        return false;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto& seg = route.segments[i];
        if (seg.size() > 2 && seg.front() == '{' && seg.back() == '}')
            params[seg.substr(1, seg.size() - 2)] = parts[i];
        else if (seg != parts[i])
            return false;
    }
    return true;
}

std::string Router::routeOf(const Request& request) const
{
    const auto parts = split(request.path);
    for (const auto& route : routes_) {
        PathParams ignored;
        if (match(route, parts, ignored))
            return route.pattern;
    }
    return "unmatched";
}

Response Router::dispatch(const Request& request) const
{
    const auto parts = split(request.path);
    bool pathKnown = false;
    for (const auto& route : routes_) {
        PathParams params;
        if (!match(route, parts, params))
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        try {
            return route.handler(request, params);
        } catch (...) {
            return problemFor(std::current_exception());
        }
    }
    if (pathKnown)
        return problem(405, "Method not allowed", request.method + " is not supported on " + request.path);
    return problem(404, "Not found", "there is nothing at " + request.path);
}

} // namespace patrolbook::server
