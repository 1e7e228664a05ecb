#include "sync/sync_service.hpp"

#include "api/api_error.hpp"
#include "metrics/metrics.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "storage/db_pool.hpp"
#include "sync/field_caps.hpp"
#include "sync/push_run.hpp"
#include "visits/visit_planner.hpp"

#include <algorithm>

namespace patrolbook::server {

using sync::ChangeResult;
using sync::Json;

namespace {

// Children are applied before their parents so a parent finished in the same push finds
// its answered items; everything else keeps the device's order.
int rank(const std::string& entity)
{
    if (isItem(entity))
        return 0;
    if (entity == "photo")
        return 2;
    return 1;
}

std::uint64_t scopeHash(const Principal& who)
{
    auto ids = who.propertyIds;
    std::sort(ids.begin(), ids.end());
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (const auto& id : ids)
        for (char ch : id + ",")
            h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
    return h;
}

// The return visits the push's loops call for, and the rest-hours flag of the visits it
// recorded, in its transaction: a visit is never missing for a loop the device was told
// was applied.
void planVisits(sqlite::Database& db, const std::vector<sync::Change>& changes,
                const std::vector<ChangeResult>& results)
{
    std::vector<std::pair<std::string, std::string>> touched;
    for (std::size_t i = 0; i < changes.size(); ++i)
        if (results[i].status != sync::ChangeStatus::Rejected
            && (changes[i].entity == "repair_order" || changes[i].entity == "complaint"
                || changes[i].entity == "owner_visit"))
            touched.emplace_back(changes[i].entity, changes[i].id);
    if (!touched.empty())
        VisitPlanner(db).afterPush(touched, Timestamp::now());
}

} // namespace

SyncService::SyncService(DbPool& pool, Metrics& metrics)
    : pool_(pool)
    , metrics_(metrics)
{
}

std::vector<ChangeResult> SyncService::push(const Principal& who, sync::PushRequest&& request)
{
    if (request.changes.size() > sync::maxChangesPerPush)
        throw ApiError::tooLarge("at most " + std::to_string(sync::maxChangesPerPush) + " changes per push");
    // Ranked once each, then placed rank by rank (a sort comparing entity names cost a
    // thirtieth of the push).
    std::vector<int> ranks(request.changes.size());
    for (std::size_t i = 0; i < ranks.size(); ++i)
        ranks[i] = rank(request.changes[i].entity);
    std::vector<std::size_t> order;
    order.reserve(ranks.size());
    for (int r = 0; r <= 2; ++r)
        for (std::size_t i = 0; i < ranks.size(); ++i)
            if (ranks[i] == r)
                order.push_back(i);

    auto& db = pool_.db();
    RecordRepo repo(db);
    HistoryRepo history(db);
    std::vector<ChangeResult> results(request.changes.size());
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    PushRun run(repo, history, who, request.changes);
    for (std::size_t i : order)
        results[i] = run.apply(request.changes[i]);
    planVisits(db, request.changes, results);
    repo.flush();
    tx.commit();

    for (const auto& r : results)
        metrics_.change(std::string{toString(r.status)});
    metrics_.conflicts(run.conflictFields);
    return results;
}

SyncService::PullAnswer SyncService::pull(const Principal& principal, const std::string& cursor, std::size_t limit,
                                          const std::string& property)
{
    Principal who = principal;
    if (!property.empty()) {
        if (!who.hasProperty(property))
            throw ApiError::forbidden("you do not have access to this property");
        who.propertyIds = {property};
    }
    const std::uint64_t scope = scopeHash(who);
    std::int64_t after = 0;
    bool reset = false;
    if (!cursor.empty()) {
        unsigned long long version = 0, cursorScope = 0;
        char tail = 0;
        if (std::sscanf(cursor.c_str(), "v1.%llu.%llx%c", &version, &cursorScope, &tail) != 2)
            throw ApiError::badRequest("the cursor '" + cursor + "' is not one this server gave out");
        if (cursorScope == scope)
            after = static_cast<std::int64_t>(version);
        else
            reset = true; // the user's properties changed: start again from the beginning
    }
    RecordRepo repo(pool_.db());
    // Written straight from the statement: this is the whole of a pull's work here.
    std::string out = R"({"records":[)";
    std::int64_t last = after;
    std::size_t written = 0;
    const std::string propertyIds = jsonText(Json(who.propertyIds));
    bool hasMore = false;
    repo.pull(after, propertyIds, who.accountId, limit + 1, [&](const PullRow& r) {
        // The one past the page, or one that would take the page past its bytes (a page
        // holds at least one record): there is more.
        if (written == limit || (written > 0 && out.size() + r.fieldsJson.size() > FieldCaps::pullPageBytes)) {
            hasMore = true;
            return false;
        }
        if (written++)
            out += ',';
        out += R"({"entity":)";
        appendJsonString(out, r.entity);
        out += R"(,"id":)";
        appendJsonString(out, r.id);
        out += R"(,"version":)";
        out += std::to_string(r.version);
        out += r.deleted ? R"(,"deleted":true,"fields":)" : R"(,"deleted":false,"fields":)";
        out += r.fieldsJson;
        out += '}';
        last = r.version;
        return true;
    });
    char next[64];
    std::snprintf(next, sizeof next, "v1.%lld.%llx", static_cast<long long>(last),
                  static_cast<unsigned long long>(scope));
    out += R"(],"cursor":")" + std::string{next} + R"(","has_more":)" + (hasMore ? "true" : "false") + R"(,"reset":)"
        + (reset ? "true" : "false") + R"(,"property_ids":)" + propertyIds + "}";
    return {std::move(out), next, hasMore};
}

} // namespace patrolbook::server
