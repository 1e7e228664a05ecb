#pragma once

#include "api/request.hpp"
#include "api/response.hpp"

namespace patrolbook::server {

class BrowserSession;
class DbPool;

// The office console's statistics (docs/console-api.md, "Statistics"): one property's
// numbers for a period, each with the records-list filter behind it. The same session
// and scoping as the console's other reads; the front desk and managers only.
class StatsHandler {
public:
    StatsHandler(BrowserSession& session, DbPool& pool);

    Response stats(const Request& request);

private:
    BrowserSession& session_;
    DbPool& pool_;
};

} // namespace patrolbook::server
