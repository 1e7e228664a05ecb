#include "handlers/stats_handler.hpp"

#include "auth/browser_session.hpp"
#include "handlers/stats_complaints.hpp"
#include "handlers/stats_query.hpp"
#include "handlers/stats_report.hpp"
#include "patrolbook/timestamp.hpp"
#include "storage/console_repo.hpp"
#include "storage/db_pool.hpp"

namespace patrolbook::server {

StatsHandler::StatsHandler(BrowserSession& session, DbPool& pool)
    : session_(session)
    , pool_(pool)
{
}

Response StatsHandler::stats(const Request& request)
{
    const auto who = session_.authenticate(request);
    const auto query = StatsQuery::parse(request, who);
    // The numbers are read off console_record: up to date first, as the list is.
    ConsoleRepo::refresh(pool_);
    StatsRepo repo(pool_.db());
    auto body = StatsReport(repo, query.period, Timestamp::now().utcMs).build();
    body["complaints"] = complaintStatsJson(
        LoopRepo(pool_.db()).complaintStats(query.period.propertyId, query.period.fromMs, query.period.toMs));
    // One property's numbers for one person: never kept by a shared cache.
    return Response::privateJson(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace patrolbook::server
