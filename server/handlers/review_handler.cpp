#include "handlers/review_handler.hpp"

#include "api/api_error.hpp"
#include "auth/browser_session.hpp"
#include "auth/console_policy.hpp"
#include "handlers/console_query.hpp"
#include "handlers/json_body.hpp"
#include "handlers/review_notice.hpp"
#include "patrolbook/enum_names.hpp"
#include "patrolbook/enums.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/timestamp.hpp"
#include "storage/console_repo.hpp"
#include "storage/db_pool.hpp"
#include "storage/review_repo.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

using nlohmann::json;

namespace {

std::optional<std::int64_t> versionOf(const json& body)
{
    const auto it = body.find("version");
    if (it == body.end() || it->is_null())
        return std::nullopt;
    if (!it->is_number_integer())
        throw ApiError::badRequest("\"version\" must be the record's version as the console showed it");
    return it->get<std::int64_t>();
}

std::string textOf(const json& body, const char* name)
{
    const auto it = body.find(name);
    if (it == body.end() || !it->is_string())
        throw ApiError::badRequest(std::string{"\""} + name + "\" must be a string");
    return it->get<std::string>();
}

// What a review says, checked: a known state, and a comment where the author must learn
// what to put right (has issues) or the office why a record is left out (rejected).
ReviewAct actFrom(const json& body)
{
    ReviewAct act;
    act.state = textOf(body, "state");
    const auto state = enumFromString<ReviewState>(act.state);
    if (!state)
        throw ApiError::badRequest("\"state\" must be received, approved, has_issues or rejected");
    if (const auto it = body.find("comment"); it != body.end() && !it->is_null()) {
        if (!it->is_string())
            throw ApiError::badRequest("\"comment\" must be text");
        auto comment = it->get<std::string>();
        if (comment.size() > ReviewHandler::maxComment)
            throw ApiError::badRequest("a comment is at most " + std::to_string(ReviewHandler::maxComment) + " bytes");
        if (comment.find_first_not_of(" \t\r\n") != std::string::npos)
            act.comment = std::move(comment);
    }
    if ((*state == ReviewState::HasIssues || *state == ReviewState::Rejected) && !act.comment)
        throw ApiError::badRequest(*state == ReviewState::HasIssues
                                       ? "say what is to be put right: \"has_issues\" needs a comment for its author"
                                       : "say why: \"rejected\" needs a comment");
    return act;
}

} // namespace

json reviewHistoryJson(const std::vector<ReviewAct>& acts)
{
    json out = json::array();
    for (const auto& a : acts)
        out.push_back({{"state", a.state},
                       {"comment", a.comment ? json(*a.comment) : json(nullptr)},
                       {"record_version", a.recordVersion},
                       {"by", a.accountId},
                       {"at", Timestamp::fromUtcMs(a.atMs).toIso()}});
    return out;
}

ReviewHandler::ReviewHandler(BrowserSession& session, DbPool& pool)
    : session_(session)
    , pool_(pool)
{
}

Response ReviewHandler::review(const Request& request, const PathParams& params)
{
    BrowserSession::checkStateChange(request);
    const auto who = session_.authenticate(request);
    const auto body = parseObjectBody(request.body, R"({"state": "approved", "comment": "...", "version": 12})");
    ReviewAct act = actFrom(body);
    const auto seen = versionOf(body);

    // One write turn and transaction: console_record brought up to date (nothing when
    // nothing was written since), then the act.
    auto& db = pool_.db();
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    ConsoleRepo(db).catchUp();
    const auto row = ConsoleRepo(db).row(params.at("entity"), params.at("id"));
    if (!row || !ConsolePolicy::mayOpen(*row, who))
        throw ApiError::notFound("no such record that you can see");
    if (!ConsolePolicy::mayReview(*row, who))
        throw ApiError::forbidden("a record is reviewed by the managers and the front desk of its property, "
                                  "and never by the one who made it");
    if (seen && *seen != row->version)
        throw ApiError::conflict("the record changed since you opened it (version " + std::to_string(row->version)
                                 + " now): look at it again before you review it");
    act.entity = row->entity;
    act.recordId = row->id;
    act.recordVersion = row->version;
    act.accountId = who.accountId;
    act.atMs = Timestamp::now(0).utcMs;
    ReviewRepo reviews(db);
    reviews.add(act);
    sendReviewNotice(db, *row, act);
    const auto history = reviews.history(act.entity, act.recordId);
    tx.commit();
    return Response::privateJson(json{{"review", act.state}, {"reviews", reviewHistoryJson(history)}}.dump());
}

Response ReviewHandler::approveMany(const Request& request)
{
    BrowserSession::checkStateChange(request);
    const auto who = session_.authenticate(request);
    const auto body = parseObjectBody(request.body, R"({"records": [{"entity": "...", "id": "...", "version": 12}]})");
    const auto list = body.find("records");
    if (list == body.end() || !list->is_array() || list->empty())
        throw ApiError::badRequest("\"records\" must list the records to approve");
    if (list->size() > maxBulk)
        throw ApiError::badRequest("at most " + std::to_string(maxBulk) + " records are approved at once");

    auto& db = pool_.db();
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    ConsoleRepo console(db);
    console.catchUp();
    ReviewRepo reviews(db);
    const auto now = Timestamp::now(0).utcMs;
    std::size_t approved = 0;
    json skipped = json::array();
    for (const auto& item : *list) {
        if (!item.is_object())
            throw ApiError::badRequest("each of \"records\" is {\"entity\", \"id\", \"version\"}");
        const auto entity = textOf(item, "entity");
        const auto id = textOf(item, "id");
        const auto seen = versionOf(item);
        const auto row = console.row(entity, id);
        auto skip = [&](const char* reason) {
            skipped.push_back({{"entity", entity}, {"id", id}, {"reason", reason}});
        };
        if (!row) {
            skip("gone"); // deleted since the list was shown
            continue;
        }
        // One record the caller may not review refuses the whole request: nothing is saved.
        if (!ConsolePolicy::mayOpen(*row, who) || !ConsolePolicy::mayReview(*row, who))
            throw ApiError::forbidden(std::string{"you may not review "}.append(entity).append(" ").append(id).append(
                "; nothing was approved"));
        if (seen && *seen != row->version) {
            skip("changed");
            continue;
        }
        if (row->review == "approved") {
            skip("already_approved");
            continue;
        }
        const ReviewAct act{row->entity, row->id, "approved", std::nullopt, row->version, who.accountId, now};
        reviews.add(act);
        sendReviewNotice(db, *row, act);
        ++approved;
    }
    tx.commit();
    return Response::privateJson(json{{"approved", approved}, {"skipped", skipped}}.dump());
}

} // namespace patrolbook::server
