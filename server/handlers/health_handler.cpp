#include "handlers/health_handler.hpp"

#include "metrics/metrics.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "storage/db_pool.hpp"

namespace patrolbook::server {

HealthHandler::HealthHandler(DbPool& pool, Metrics& metrics)
    : pool_(pool)
    , metrics_(metrics)
{
}

Response HealthHandler::health(const Request&)
{
    auto st = pool_.db().cached("SELECT 1");
    st.step();
    return Response::json(R"({"status":"ok"})");
}

Response HealthHandler::metrics(const Request&)
{
    Response r;
    r.contentType = "text/plain; version=0.0.4";
    r.body = metrics_.render();
    return r;
}

} // namespace patrolbook::server
