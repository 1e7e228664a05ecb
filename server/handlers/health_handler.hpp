#pragma once

#include "api/request.hpp"
#include "api/response.hpp"

namespace patrolbook::server {

class DbPool;
class Metrics;

class HealthHandler {
public:
    HealthHandler(DbPool& pool, Metrics& metrics);
    Response health(const Request& request);
    Response metrics(const Request& request);

private:
    DbPool& pool_;
    Metrics& metrics_;
};

} // namespace patrolbook::server
