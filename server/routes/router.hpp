#pragma once

#include "api/request.hpp"
#include "api/response.hpp"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace patrolbook::server {

using PathParams = std::map<std::string, std::string>;
using Handler = std::function<Response(const Request&, const PathParams&)>;

// The route table: method + pattern ("/api/v1/photos/{sha256}") to handler. dispatch()
// never throws: an unknown path is 404, a known path with another method 405, and an
// exception from a handler becomes a problem+json answer (api/problem.hpp).
class Router {
public:
    void add(std::string method, const std::string& pattern, Handler handler);
    Response dispatch(const Request& request) const;
    // The pattern a request matches ("unmatched" if none): a label for metrics that does
    // not explode with every photo hash.
    std::string routeOf(const Request& request) const;

private:
    struct Route {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments;
        Handler handler;
    };
    static bool match(const Route& route, const std::vector<std::string>& parts, PathParams& params);
    std::vector<Route> routes_;
};

} // namespace patrolbook::server
