#include "handlers/loop_step_handler.hpp"

#include "api/api_error.hpp"
#include "auth/browser_session.hpp"
#include "auth/console_policy.hpp"
#include "handlers/json_body.hpp"
#include "handlers/loop_handler.hpp"
#include "patrolbook/follow_up_flow.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/loops/complaint_flow.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/timestamp.hpp"
#include "storage/console_repo.hpp"
#include "storage/db_pool.hpp"
#include "storage/history_repo.hpp"
#include "storage/loop_repo.hpp"
#include "storage/record_repo.hpp"
#include "sync/loop_event_writer.hpp"

#include <nlohmann/json.hpp>

namespace patrolbook::server {

using nlohmann::json;

namespace {

struct StepAsked {
    std::string action;
    std::optional<std::string> note;
    std::optional<std::int64_t> version;
};

StepAsked askedFrom(const json& body)
{
    StepAsked a;
    const auto action = body.find("action");
    if (action == body.end() || !action->is_string())
        throw ApiError::badRequest("\"action\" must be approve, send_back, verify or reopen");
    a.action = action->get<std::string>();
    if (a.action != "approve" && a.action != "send_back" && a.action != "verify" && a.action != "reopen")
        throw ApiError::badRequest("\"action\" must be approve, send_back, verify or reopen");
    if (const auto note = body.find("note"); note != body.end() && !note->is_null()) {
        if (!note->is_string())
            throw ApiError::badRequest("\"note\" must be text");
        if (note->get_ref<const std::string&>().size() > LoopStepHandler::maxNote)
            throw ApiError::badRequest("a note is at most " + std::to_string(LoopStepHandler::maxNote) + " bytes");
        a.note = note->get<std::string>();
    }
    if (const auto v = body.find("version"); v != body.end() && !v->is_null()) {
        if (!v->is_number_integer())
            throw ApiError::badRequest("\"version\" must be the loop's version as the console showed it");
        a.version = v->get<std::int64_t>();
    }
    return a;
}

struct Stepped {
    json before;
    json after;
    std::string fromStatus;
    std::string toStatus;
    std::optional<std::string> note;
    Timestamp at;
};

// The loop as the flow leaves it. A step the flow does not allow now (taken already on a
// tablet, sent back meanwhile) is 409 with the flow's words; a missing reason 422.
template <class R>
Stepped applied(const StoredRecord& stored, const std::string& id, const StepAsked& asked, const Principal& who,
                const Timestamp& now)
{
    const auto before = fromFields<R>(id, stored.state.version, false, stored.state.fields);
    R after;
    try {
        after = LoopFlow<R>::apply(before, asked.action, who.accountId, who.role, now, asked.note);
    } catch (const Error& e) {
        if (e.domain() == ErrorDomain::Rule)
            throw ApiError::conflict(e.what());
        throw;
    }
    return {fieldsToJson(before),
            fieldsToJson(after),
            std::string{toString(before.status)},
            std::string{toString(after.status)},
            after.stepNote,
            now};
}

// The property's own clock for the step's time (its zone's offset), as a device would.
std::int32_t offsetOf(RecordRepo& records, const std::string& propertyId)
{
    const auto property = records.load("property", propertyId);
    if (!property)
        return 0;
    const auto it = property->state.fields.find("utc_offset_min");
    return it != property->state.fields.end() && it->is_number_integer() ? it->get<std::int32_t>() : 0;
}

} // namespace

LoopStepHandler::LoopStepHandler(BrowserSession& session, DbPool& pool)
    : session_(session)
    , pool_(pool)
{
}

Response LoopStepHandler::step(const Request& request, const PathParams& params)
{
    BrowserSession::checkStateChange(request);
    const auto who = session_.authenticate(request);
    const auto asked
        = askedFrom(parseObjectBody(request.body, R"({"action": "approve", "note": "...", "version": 12})"));
    const auto& entity = params.at("entity");
    const auto& id = params.at("id");
    if (entity != "complaint" && entity != "follow_up")
        throw ApiError::notFound("the console decides complaints and follow-ups");

    auto& db = pool_.db();
    const auto turn = pool_.writeTurn();
    sqlite::Transaction tx(db);
    RecordRepo records(db);
    auto stored = records.load(entity, id);
    if (!stored || stored->state.deleted || !stored->propertyId || !who.hasProperty(*stored->propertyId))
        throw ApiError::notFound("no such loop that you can see");
    if (!ConsolePolicy::mayDecideLoops(who))
        throw ApiError::forbidden("a manager of the property approves, sends back, verifies or reopens");
    if (asked.version && *asked.version != stored->state.version)
        throw ApiError::conflict("it changed since you opened it (version " + std::to_string(stored->state.version)
                                 + " now): look at it again before you decide");
    const auto now = Timestamp::now(offsetOf(records, *stored->propertyId));
    const auto s = entity == "complaint" ? applied<Complaint>(*stored, id, asked, who, now)
                                         : applied<FollowUp>(*stored, id, asked, who, now);

    // A server-made change at a new version, only the fields the step changed, each at
    // that version (so a device's older edit of another field still merges), with its
    // history row: what devices pull, what the console's history shows.
    const auto version = records.maxVersion() + 1;
    json changes = json::object();
    for (const auto& [name, value] : s.after.items()) {
        const json old = s.before.value(name, json());
        if (old == value)
            continue;
        changes[name] = json::array({old, value});
        if (value.is_null())
            stored->state.fields.erase(name);
        else
            stored->state.fields[name] = value;
        stored->state.fieldVersions[name] = version;
    }
    stored->state.version = version;
    records.write(entity, id, *stored, false);
    HistoryRepo(db).add(
        {entity, id, version, "edited", jsonText(changes), std::nullopt, who.accountId, who.deviceId, now.utcMs});
    LoopEvent event;
    event.propertyId = *stored->propertyId;
    event.loopEntity = entity;
    event.loopId = id;
    event.action = asked.action;
    event.fromStatus = s.fromStatus;
    event.toStatus = s.toStatus;
    event.actorId = who.accountId;
    event.at = now;
    event.note = s.note;
    event.loopVersion = version;
    writeLoopEvent(records, event);
    ConsoleRepo(db).catchUp();
    LoopRepo loops(db);
    const auto row = loops.row(entity, id);
    const auto body = row ? LoopHandler::detailJson(loops, *row, who, now.utcMs) : json::object();
    tx.commit();
    return Response::privateJson(body.dump(-1, ' ', false, json::error_handler_t::replace));
}

} // namespace patrolbook::server
