#include "patrolbook/sync/sync_engine.hpp"

#include "api_client.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/change_builder.hpp"
#include "patrolbook/sync/page_sizer.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "pull_page.hpp"
#include "push_batch.hpp"
#include "record_dispatch.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace patrolbook::sync {

namespace {

// A 2xx answer the protocol parsers refuse is the server's fault, not a JSON problem of
// ours: callers branch on the Sync domain.
template <class Parse>
auto parseAnswer(Parse&& parse, const std::string& what) -> decltype(parse())
{
    try {
        return parse();
    } catch (const Error& e) {
        if (e.domain() != ErrorDomain::Json)
            throw;
        throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                    "the server's " + what + " makes no sense: " + e.message());
    }
}

std::vector<std::int64_t> seqsOf(const Batch& batch)
{
    std::vector<std::int64_t> seqs;
    seqs.reserve(batch.entries.size());
    for (const auto& e : batch.entries)
        seqs.push_back(e.seq);
    return seqs;
}

// A sent batch and the server's answer to it.
struct Answered {
    Batch batch;
    std::vector<ChangeResult> results;
};

// Applies the server's answer: acknowledged entries go, refusals are marked, conflicts
// kept for review, all in one transaction. Returns how many entries were settled.
std::size_t settle(Store& store, DeviceState& state, const Answered& sent, PushReport& report)
{
    const auto& results = sent.results;
    ++report.batches;
    std::map<std::string_view, const OutboxEntry*> entryOf;
    for (const auto& e : sent.batch.entries)
        entryOf.emplace(e.changeId, &e);

    std::size_t answered = 0;
    std::size_t settled = 0;
    std::vector<Outbox::Acknowledgement> acks;
    acks.reserve(sent.batch.entries.size());
    sqlite::Transaction tx(store.database());
    for (const auto& r : results) {
        auto it = entryOf.find(r.changeId);
        if (it == entryOf.end() || !it->second)
            continue; // not ours, or answered twice
        const OutboxEntry& entry = *std::exchange(it->second, nullptr);
        ++answered;
        switch (r.status) {
        case ChangeStatus::Applied:
            ++report.applied;
            break;
        case ChangeStatus::Duplicate:
            ++report.duplicate;
            break;
        case ChangeStatus::Merged:
            ++report.merged;
            break;
        case ChangeStatus::Conflict:
            ++report.conflict;
            // Kept for the user's review screen, with the acknowledgement.
            state.addConflict(
                {entry.entity, entry.recordId, r.reason.value_or("another change to the same field won")});
            break;
        case ChangeStatus::Rejected:
            if (r.retry) {
                // Not yet (its parent is in a later batch): it stays sent, same change id.
                ++report.deferred;
                continue;
            }
            ++report.rejected;
            ++settled;
            store.outbox().reject(entry.seq, r.reason.value_or("refused by the server (no reason given)"));
            continue;
        }
        ++settled;
        acks.push_back({&entry, r.version});
    }
    store.outbox().acknowledge(acks);
    tx.commit();
    if (answered < sent.batch.entries.size())
        throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                    "the server answered " + std::to_string(answered) + " of "
                        + std::to_string(sent.batch.entries.size()) + " changes");
    return settled;
}

} // namespace

SyncEngine::SyncEngine(Store& store, Transport& transport, PushSizer sizer)
    : store_(store)
    , transport_(transport)
    , state_(store.database())
    , pushSizer_(sizer)
{
}

void SyncEngine::signIn(const std::string& username, const std::string& password)
{
    std::lock_guard lock(mutex_);
    ApiClient api(transport_, state_);
    const Json body{{"username", username}, {"password", password}, {"device_id", state_.deviceId()}};
    const auto answer = api.call("POST", "/api/v1/auth/login", body, false);
    const auto token = answer.find("token");
    const auto user = answer.find("user");
    if (!answer.is_object() || token == answer.end() || !token->is_string()
        || token->get_ref<const std::string&>().empty() || user == answer.end() || !user->is_object())
        throw Error(ErrorDomain::Sync, ErrorCode::ServerError, "the server's sign-in answer has no token or user");
    sqlite::Transaction tx(store_.database());
    state_.setSignIn(token->get<std::string>(), *user);
    tx.commit();
}

void SyncEngine::signOut()
{
    std::lock_guard lock(mutex_);
    std::exception_ptr failure;
    if (state_.token()) {
        try {
            ApiClient(transport_, state_).call("POST", "/api/v1/auth/logout", nullptr, true);
        } catch (const Error& e) {
            if (e.domain() != ErrorDomain::Sync || e.code() != ErrorCode::Unauthorized)
                failure = std::current_exception();
        } catch (...) {
            failure = std::current_exception();
        }
    }
    // Signed out on this device whatever the server said: the user asked for it, and the
    // token lives nowhere else.
    sqlite::Transaction tx(store_.database());
    state_.clearSignIn();
    tx.commit();
    if (failure)
        std::rethrow_exception(failure);
}

std::int64_t SyncEngine::pendingChanges()
{
    std::lock_guard lock(mutex_);
    return store_.outbox().pendingCount();
}

bool SyncEngine::signedIn()
{
    std::lock_guard lock(mutex_);
    return state_.token().has_value();
}

PushReport SyncEngine::push()
{
    std::lock_guard lock(mutex_);
    return pushLocked();
}

PullReport SyncEngine::pull()
{
    std::lock_guard lock(mutex_);
    return pullLocked();
}

SyncReport SyncEngine::syncOnce()
{
    std::lock_guard lock(mutex_);
    SyncReport report;
    report.push = pushLocked();
    report.pull = pullLocked();
    return report;
}

UploadReport SyncEngine::uploadPhotos(const std::filesystem::path& photoDir, UploadProgress progress)
{
    std::lock_guard lock(mutex_);
    return PhotoUploader(store_, transport_, photoDir).uploadPending(std::move(progress));
}

PushReport SyncEngine::pushLocked()
{
    PushReport report;
    ApiClient api(transport_, state_);
    api.pinToken(); // the store is busy on the helper thread during calls
    const std::string deviceId = state_.deviceId();
    const auto limits = [this] { return BatchLimits{pushSizer_.changes(), pushSizer_.bodyBudget()}; };
    Batch current = takeBatch(store_, deviceId, {}, {}, limits());
    std::optional<Answered> answered;
    for (;;) {
        if (current.entries.empty() && !answered)
            return report;
        // While `current` is on the wire, a helper thread settles the previous answer and
        // takes the next batch: the device's store work overlaps the server's. This
        // thread only talks to the transport (the app's must stay on its own thread).
        struct Step {
            std::size_t settled = 0;
            Batch next;
        };
        auto helper = std::async(std::launch::async,
                                 [&, previous = std::move(answered), inFlight = current.records,
                                  inFlightSeqs = seqsOf(current), nextLimits = limits()]() -> Step {
                                     Step step;
                                     if (previous)
                                         step.settled = settle(store_, state_, *previous, report);
                                     // No progress: never spin on the same entries.
                                     if (!previous || step.settled > 0)
                                         step.next = takeBatch(store_, deviceId, inFlight, inFlightSeqs, nextLimits);
                                     return step;
                                 });
        answered.reset();
        std::exception_ptr failure;
        std::optional<HttpResponse> tooLarge;
        if (!current.entries.empty()) {
            try {
                // Entries stay 'sent' if this throws: the retry resends the same change ids.
                const auto asked = std::chrono::steady_clock::now();
                auto response = api.sendJson("POST", "/api/v1/sync/push", current.body, true);
                if (response.status == 413) {
                    tooLarge = std::move(response);
                } else {
                    if (response.status < 200 || response.status >= 300)
                        throw errorFromResponse(response);
                    auto results = parseAnswer([&] { return parsePushResults(response.body); }, "push answer");
                    pushSizer_.answered(current.entries.size(), std::chrono::steady_clock::now() - asked);
                    answered = Answered{std::move(current), std::move(results)};
                }
            } catch (const Error& e) {
                if (e.domain() == ErrorDomain::Sync && e.code() == ErrorCode::Unreachable)
                    pushSizer_.failed(current.entries.size());
                failure = std::current_exception();
            } catch (...) {
                failure = std::current_exception();
            }
        }
        Step step = helper.get();
        if (failure)
            std::rethrow_exception(failure);
        if (tooLarge) {
            // Smaller batches take the refused entries again (still 'sent', same change ids);
            // a single change the server will never take is refused here, with its reason.
            if (current.entries.size() == 1) {
                sqlite::Transaction tx(store_.database());
                store_.outbox().reject(current.entries.front().seq,
                                       "too large to send; the server said: " + errorFromResponse(*tooLarge).message()
                                           + ". Shorten its notes, then send it again.");
                tx.commit();
                ++report.rejected;
            } else {
                pushSizer_.refused(current.entries.size(), current.body.size());
            }
            if (step.next.entries.empty())
                step.next = takeBatch(store_, deviceId, {}, {}, limits());
        }
        current = std::move(step.next);
    }
}

PullReport SyncEngine::pullLocked()
{
    PullReport report;
    ApiClient api(transport_, state_);
    api.pinToken(); // the store is busy on the helper threads during calls
    // Three pages in the works at once: this thread fetches (the transport stays on the
    // caller's thread), one helper parses and decodes the page just fetched, another
    // stores the one before. The server names the next cursor in a header, so the next
    // fetch need not wait for the parse; without the header it does. Pages grow while
    // they come quickly (PageSizer).
    PageSizer sizer;
    auto fetch = [&](const std::optional<std::string>& cursor) {
        std::string path = "/api/v1/sync/pull?";
        if (cursor)
            path += "cursor=" + percentEncode(*cursor) + "&";
        path += "limit=" + std::to_string(sizer.limit());
        const auto asked = std::chrono::steady_clock::now();
        auto response = api.send("GET", path, {}, {{"Accept", "application/json"}}, true);
        if (response.status >= 200 && response.status < 300)
            sizer.fetched(std::chrono::steady_clock::now() - asked);
        return response;
    };
    auto parse = [](HttpResponse response) {
        if (response.status < 200 || response.status >= 300)
            throw errorFromResponse(response);
        return parseAnswer([&] { return readPullPage(response.body); }, "pull answer");
    };
    auto header = [](const HttpResponse& r, const char* name) -> std::optional<std::string> {
        auto it = r.headers.find(name);
        return it != r.headers.end() ? std::optional<std::string>{it->second} : std::nullopt;
    };

    std::optional<std::string> cursor = state_.pullCursor();
    HttpResponse response = fetch(cursor);
    std::future<void> storing; // the page before, until it is saved
    for (;;) {
        const auto announced = header(response, "patrolbook-cursor");
        const bool announcedMore = header(response, "patrolbook-has-more") == "true";
        auto parsing = std::async(std::launch::async, parse, std::move(response));
        std::optional<HttpResponse> next;
        std::exception_ptr failure;
        if (announced && announcedMore) {
            try {
                next = fetch(announced);
            } catch (...) {
                failure = std::current_exception();
            }
        }
        PreparedPage page = parsing.get();
        if (storing.valid())
            storing.get(); // pages are saved in order, each with its cursor
        if (failure)
            std::rethrow_exception(failure);
        if (page.hasMore && page.steps.empty() && cursor == page.cursor)
            throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                        "the server says there is more to pull but its cursor does not move");
        const bool more = page.hasMore;
        const std::string pageCursor = page.cursor;
        storing = std::async(std::launch::async, [&, page = std::move(page)] {
            ++report.pages;
            report.reset = report.reset || page.reset;
            sqlite::Transaction tx(store_.database());
            // The user's properties changed: what the server no longer sends us goes, in
            // the same transaction as the first page of the new pass (local changes stay).
            if (page.reset)
                report.purged += store_.records().purgeOutsideScope(page.propertyIds);
            for (const auto& step : page.steps)
                step(store_, report);
            state_.setPullCursor(page.cursor);
            tx.commit();
        });
        if (!more) {
            storing.get();
            return report;
        }
        if (!next || announced != pageCursor)
            next = fetch(pageCursor); // no header (an older server), or one the body contradicts
        cursor = pageCursor;
        response = std::move(*next);
    }
}

} // namespace patrolbook::sync
