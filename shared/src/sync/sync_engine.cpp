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
#include "push_outcome.hpp"
#include "record_dispatch.hpp"

#include <chrono>
#include <deque>
#include <exception>
#include <future>
#include <memory>
#include <optional>
#include <utility>

namespace patrolbook::sync {

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
    ApiClient api(transport_, state_);
    api.pinToken(); // the store is busy on another thread during calls
    const std::string deviceId = state_.deviceId();
    if (transport_.parallelCalls() >= 2)
        return pushTwoInFlight(api, deviceId);

    PushReport report;
    // A sent batch and the server's answer to it.
    struct Answered {
        Batch batch;
        std::vector<ChangeResult> results;
    };
    Batch current = takeBatch(store_, deviceId, {}, pushLimits());
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
        auto helper
            = std::async(std::launch::async, [&, previous = std::move(answered), nextLimits = pushLimits()]() -> Step {
                  Step step;
                  if (previous)
                      step.settled = settle(store_, state_, previous->batch, previous->results, report);
                  // No progress: never spin on the same entries.
                  if (!previous || step.settled > 0)
                      step.next = takeBatch(store_, deviceId, {&current}, nextLimits);
                  return step;
              });
        answered = std::nullopt; // moved into the helper above: empty again
        PushOutcome outcome = sendBatch(api, current);
        learn(current, outcome);
        Step step = helper.get();
        if (outcome.failure)
            std::rethrow_exception(outcome.failure);
        if (outcome.tooLarge) {
            refuseTooLarge(current, *outcome.tooLarge, report);
            if (step.next.entries.empty())
                step.next = takeBatch(store_, deviceId, {}, pushLimits());
        } else if (outcome.results) {
            answered = Answered{std::move(current), std::move(*outcome.results)};
        }
        current = std::move(step.next);
    }
}

PushReport SyncEngine::pushTwoInFlight(ApiClient& api, const std::string& deviceId)
{
    // Two pushes on the wire and the next taken while they travel: the server always has
    // the next push waiting when it commits one, and the device settles an answer and
    // takes a batch while the server works, so neither side waits on the other. Sends run
    // on threads of their own; the store is worked on this thread only.
    struct Flight {
        Batch batch;
        std::future<PushOutcome> outcome; // declared last: destroyed (joined) first
    };
    std::deque<std::unique_ptr<Flight>> flights; // oldest first
    auto launch = [&](Batch batch) {
        auto& flight = *flights.emplace_back(std::make_unique<Flight>());
        flight.batch = std::move(batch);
        flight.outcome = std::async(std::launch::async, [&api, sent = &flight.batch] { return sendBatch(api, *sent); });
    };
    auto takeNext = [&] {
        std::vector<const Batch*> onWire;
        onWire.reserve(flights.size());
        for (const auto& f : flights)
            onWire.push_back(&f->batch);
        return takeBatch(store_, deviceId, onWire, pushLimits());
    };

    PushReport report;
    Batch next = takeNext();
    bool progress = true;
    for (;;) {
        while (flights.size() < 2 && !next.entries.empty()) {
            launch(std::move(next));
            next = progress ? takeNext() : Batch{};
        }
        if (flights.empty())
            return report;
        // On a failure the other flight is joined as this returns; the entries of both
        // stay 'sent' and go again with the same change ids.
        const auto oldest = std::move(flights.front());
        flights.pop_front();
        PushOutcome outcome = oldest->outcome.get();
        learn(oldest->batch, outcome);
        if (outcome.failure)
            std::rethrow_exception(outcome.failure);
        if (outcome.tooLarge) {
            refuseTooLarge(oldest->batch, *outcome.tooLarge, report);
            progress = true;
        } else {
            // No progress (every change deferred): never spin on the same entries.
            progress = settle(store_, state_, oldest->batch, *outcome.results, report) > 0;
        }
        if (next.entries.empty() && progress)
            next = takeNext();
    }
}

BatchLimits SyncEngine::pushLimits() const
{
    return {pushSizer_.changes(), pushSizer_.bodyBudget()};
}

void SyncEngine::learn(const Batch& sent, const PushOutcome& outcome)
{
    if (outcome.results)
        pushSizer_.answered(sent.entries.size(), outcome.took);
    else if (outcome.unanswered())
        pushSizer_.failed(sent.entries.size());
}

void SyncEngine::refuseTooLarge(const Batch& sent, const HttpResponse& answer, PushReport& report)
{
    // Smaller batches take the refused entries again (still 'sent', same change ids); a
    // single change the server will never take is refused here, with its reason.
    if (sent.entries.size() != 1) {
        pushSizer_.refused(sent.entries.size(), sent.body.size());
        return;
    }
    sqlite::Transaction tx(store_.database());
    store_.outbox().reject(sent.entries.front().seq,
                           "too large to send; the server said: " + errorFromResponse(answer).message()
                               + ". Shorten its notes, then send it again.");
    tx.commit();
    ++report.rejected;
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
