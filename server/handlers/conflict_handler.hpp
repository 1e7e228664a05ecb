#pragma once

#include "api/request.hpp"
#include "api/response.hpp"
#include "routes/router.hpp"
#include "storage/conflict_repo.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace patrolbook::server {

class BrowserSession;
class DbPool;

// Sync conflicts in the console (docs/console-api.md, "Conflicts"): the values that lost
// a merge, listed with the value in force, and a manager's decision on each. Keeping
// the value in force only closes the conflict; restoring the set-aside value is a change
// of the record like a device's (a new version that devices pull), checked by the shared
// rules and kept in the record's history.
class ConflictHandler {
public:
    ConflictHandler(BrowserSession& session, DbPool& pool);

    // GET /api/v1/console/conflicts
    Response list(const Request& request);
    // POST /api/v1/console/conflicts/{seq}/decision
    Response decide(const Request& request, const PathParams& params);

private:
    BrowserSession& session_;
    DbPool& pool_;
};

nlohmann::json conflictJson(const ConflictRow& row);

} // namespace patrolbook::server
