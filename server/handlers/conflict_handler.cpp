#include "handlers/conflict_handler.hpp"

#include "api/api_error.hpp"
#include "auth/browser_session.hpp"
#include "auth/console_policy.hpp"
#include "handlers/json_body.hpp"
#include "patrolbook/json_parse.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/timestamp.hpp"
#include "storage/db_pool.hpp"
#include "storage/history_repo.hpp"
#include "storage/record_repo.hpp"
#include "sync/write_rules.hpp"

#include <charconv>

namespace patrolbook::server {

using nlohmann::json;

namespace {

constexpr std::size_t pageSize = 50;

std::int64_t number(const std::string& text, const char* what)
{
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    if (const auto [at, ec] = std::from_chars(text.data(), end, value); ec != std::errc{} || at != end || value < 0)
        throw ApiError::badRequest(std::string{what} + " must be a conflict's number");
    return value;
}

// Conflicts are the managers' to decide and the front desk's to see; field staff see
// their own work's in the app, where the sync screen names them.
void mayList(const Principal& who)
{
    if (!ConsolePolicy::seesTheTeam(who))
        throw ApiError::forbidden("sync conflicts are for the managers and the front desk of a property");
}

} // namespace

json conflictJson(const ConflictRow& r)
{
    json out{{"seq", r.seq},
             {"entity", r.entity},
             {"record_id", r.recordId},
             {"parent_id", r.parentId ? json(*r.parentId) : json(nullptr)},
             {"property_id", r.propertyId ? json(*r.propertyId) : json(nullptr)},
             {"field", r.field},
             {"set_aside", parseJson(r.losing)},
             {"in_force", parseJson(r.winning)},
             {"by", r.accountId},
             {"at", Timestamp::fromUtcMs(r.atMs).toIso()},
             {"decision", nullptr}};
    if (r.decision)
        out["decision"] = {{"choice", r.decision->choice},
                           {"by", r.decision->accountId},
                           {"at", Timestamp::fromUtcMs(r.decision->atMs).toIso()},
                           {"version", r.decision->version ? json(*r.decision->version) : json(nullptr)}};
    return out;
}

ConflictHandler::ConflictHandler(BrowserSession& session, DbPool& pool)
    : session_(session)
    , pool_(pool)
{
}

Response ConflictHandler::list(const Request& request)
{
    const auto who = session_.authenticate(request);
    mayList(who);
    const auto state = request.query.find("state");
    const bool openOnly = state == request.query.end() || state->second != "all";
    const auto beforeIt = request.query.find("before");
    const std::string before = beforeIt == request.query.end() ? std::string{} : beforeIt->second;
    const auto rows = ConflictRepo(pool_.db())
                          .list(who.propertyIds, openOnly, before.empty() ? 0 : number(before, "before"), pageSize + 1);
    json out{{"conflicts", json::array()}, {"next", nullptr}};
    for (std::size_t i = 0; i < rows.size() && i < pageSize; ++i)
        out["conflicts"].push_back(conflictJson(rows[i]));
    if (rows.size() > pageSize)
        out["next"] = std::to_string(rows[pageSize - 1].seq);
    return Response::privateJson(out.dump());
}

Response ConflictHandler::decide(const Request& request, const PathParams& params)
{
    BrowserSession::checkStateChange(request);
    const auto who = session_.authenticate(request);
    const auto seq = number(params.at("seq"), "the path's number");
    const auto body = parseObjectBody(request.body, R"({"choice": "kept"} or {"choice": "restored"})");
    const auto choiceIt = body.find("choice");
    const std::string choice = choiceIt != body.end() && choiceIt->is_string() ? choiceIt->get<std::string>() : "";
    if (choice != "kept" && choice != "restored")
        throw ApiError::badRequest(
            "\"choice\" must be \"kept\" (the value in force) or \"restored\" (the one set aside)");

    auto& db = pool_.db();
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    ConflictRepo conflicts(db);
    auto row = conflicts.get(seq);
    if (!row || !row->propertyId || !who.hasProperty(*row->propertyId))
        throw ApiError::notFound("no such conflict that you can see");
    if (!ConsolePolicy::mayDecideConflict(row->propertyId, who))
        throw ApiError::forbidden("a conflict is decided by a manager of the record's property");
    if (row->decision)
        throw ApiError::conflict("this conflict was decided already (" + row->decision->choice + ")");

    const auto now = Timestamp::now(0).utcMs;
    ConflictDecision decision{choice, who.accountId, now, std::nullopt};
    if (choice == "restored") {
        RecordRepo records(db);
        auto stored = records.load(row->entity, row->recordId);
        if (!stored || stored->state.deleted)
            throw ApiError::conflict("the record was deleted, so its set-aside value cannot be put back");
        auto& fields = stored->state.fields;
        const json before = fields.value(row->field, json());
        const json value = parseJson(row->losing);
        if (value.is_null())
            fields.erase(row->field);
        else
            fields[row->field] = value;
        if (auto problem = validationProblem(row->entity, row->recordId, fields))
            throw ApiError::unprocessable("the set-aside value cannot be put back: " + *problem);
        const auto version = records.maxVersion() + 1;
        stored->state.version = version;
        stored->state.fieldVersions[row->field] = version;
        records.write(row->entity, row->recordId, *stored, false);
        HistoryRepo(db).add({row->entity, row->recordId, version, "resolved",
                             jsonText(json{{row->field, json::array({before, value})}}), std::nullopt, who.accountId,
                             who.deviceId, now});
        decision.version = version;
    }
    conflicts.decide(seq, decision);
    conflicts.settleRecord(row->entity, row->recordId);
    row->decision = decision;
    tx.commit();
    return Response::privateJson(conflictJson(*row).dump());
}

} // namespace patrolbook::server
