#pragma once

#include "api/request.hpp"
#include "api/response.hpp"

#include <string>

namespace patrolbook::server {

class DbPool;
class Metrics;

class HealthHandler {
public:
    // metricsToken: what a scraper off this machine sends as "Authorization: Bearer
    // <token>"; empty: /metrics answers on loopback only.
    HealthHandler(DbPool& pool, Metrics& metrics, std::string metricsToken = {});
    Response health(const Request& request);
    Response metrics(const Request& request);

private:
    DbPool& pool_;
    Metrics& metrics_;
    std::string metricsToken_;
};

} // namespace patrolbook::server
