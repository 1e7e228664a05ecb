#pragma once

#include "api/request.hpp"
#include "api/response.hpp"
#include "routes/router.hpp"

namespace patrolbook::server {

class BrowserSession;
class DbPool;

// A manager's decision on a loop from the console (docs/console-api.md, "Loops"):
// approve a complaint's proposed solution or send it back with the reason, verify a fixed
// follow-up or reopen it with the reason. The step goes through the loop's own flow
// (LoopFlow<Complaint>, FollowUpFlow: the same table the app and the push's write rules
// use), is written as a server-made change at a new version (with its history row, as a
// conflict decision is) that devices pull, and records its LoopEvent.
class LoopStepHandler {
public:
    static constexpr std::size_t maxNote = 2000;

    LoopStepHandler(BrowserSession& session, DbPool& pool);

    Response step(const Request& request, const PathParams& params);

private:
    BrowserSession& session_;
    DbPool& pool_;
};

} // namespace patrolbook::server
