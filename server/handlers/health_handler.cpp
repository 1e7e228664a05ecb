#include "handlers/health_handler.hpp"

#include "api/api_error.hpp"
#include "metrics/metrics.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "storage/db_pool.hpp"

#include <sodium.h>

namespace patrolbook::server {

namespace {

bool isLoopback(const std::string& address)
{
    return address.rfind("127.", 0) == 0 || address == "::1" || address.rfind("::ffff:127.", 0) == 0;
}

} // namespace

HealthHandler::HealthHandler(DbPool& pool, Metrics& metrics, std::string metricsToken)
    : pool_(pool)
    , metrics_(metrics)
    , metricsToken_(std::move(metricsToken))
{
}

Response HealthHandler::health(const Request&)
{
    auto st = pool_.db().cached("SELECT 1");
    st.step();
    return Response::json(R"({"status":"ok"})");
}

Response HealthHandler::metrics(const Request& request)
{
    // What the server does, who calls it how often: for the operator's own machine, or
    // a scraper holding the token. Anyone else is told there is nothing here.
    if (!isLoopback(request.remote)) {
        const std::string auth = request.header("authorization");
        const std::string prefix = "Bearer ";
        const bool granted = !metricsToken_.empty() && auth.size() == prefix.size() + metricsToken_.size()
            && auth.compare(0, prefix.size(), prefix) == 0
            && sodium_memcmp(auth.data() + prefix.size(), metricsToken_.data(), metricsToken_.size()) == 0;
        if (!granted)
            throw ApiError::notFound("no such resource");
    }
    Response r;
    r.contentType = "text/plain; version=0.0.4";
    r.body = metrics_.render();
    return r;
}

} // namespace patrolbook::server
