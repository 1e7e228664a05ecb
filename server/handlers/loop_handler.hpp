#pragma once

#include "api/request.hpp"
#include "api/response.hpp"
#include "auth/principal.hpp"
#include "routes/router.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

class BrowserSession;
class DbPool;
struct LoopRow;
class LoopRepo;

// The office's lists of loops in the console (docs/console-api.md, "Loops"): repair
// orders, complaints and handovers of the caller's properties, filtered and paged, a
// loop's detail with its photos and history (its LoopEvents), and the manager's queue of
// approvals. The front desk and managers only (ConsolePolicy::seesTheTeam).
class LoopHandler {
public:
    static constexpr std::size_t defaultLimit = 50;
    static constexpr std::size_t maxLimit = 200;

    LoopHandler(BrowserSession& session, DbPool& pool);

    Response list(const Request& request, const PathParams& params);
    Response detail(const Request& request, const PathParams& params);
    Response approvals(const Request& request);

    // A loop's row as the console's lists show it.
    static nlohmann::json rowJson(const LoopRow& row, std::int64_t nowMs);
    // Its detail: the row, its photos, its events, and what the caller may do now.
    static nlohmann::json detailJson(LoopRepo& repo, const LoopRow& row, const Principal& who, std::int64_t nowMs);
    // The steps the console offers (a manager's decisions) that `who` may take now.
    static nlohmann::json consoleSteps(const LoopRow& row, const Principal& who);

private:
    BrowserSession& session_;
    DbPool& pool_;
};

} // namespace patrolbook::server
