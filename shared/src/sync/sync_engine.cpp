#include "patrolbook/sync/sync_engine.hpp"

#include "api_client.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/change_builder.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "record_dispatch.hpp"

#include <exception>
#include <map>
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

// A later entry of a record was made on top of an earlier one: it goes in a later batch,
// once acknowledging the earlier one has rebased it on the version the server gave.
std::vector<OutboxEntry> firstPerRecord(std::vector<OutboxEntry> entries)
{
    std::set<std::pair<std::string, std::string>> seen;
    std::vector<OutboxEntry> out;
    for (auto& e : entries)
        if (seen.emplace(e.entity, e.recordId).second)
            out.push_back(std::move(e));
    return out;
}

struct Batch {
    std::vector<Change> changes;
    std::vector<OutboxEntry> entries; // of each change, in the same order
};

// Takes the next batch, gives each entry its change id and reads the values to send, all
// in one transaction: the values sent are exactly those of the records when the entries
// were closed to further folding.
Batch takeBatch(Store& store)
{
    sqlite::Transaction tx(store.database());
    auto entries = firstPerRecord(store.outbox().unacknowledged(maxChangesPerPush));
    if (entries.empty())
        return {};
    for (const auto& e : entries)
        store.outbox().markSent(e.seq);
    // Read back through the same query: Outbox::entry() would prepare one statement per seq.
    std::map<std::int64_t, OutboxEntry> sent;
    for (auto& e : store.outbox().unacknowledged(maxChangesPerPush))
        sent.emplace(e.seq, std::move(e));
    Batch batch;
    for (auto& e : entries) {
        auto it = sent.find(e.seq);
        auto reread
            = it != sent.end() ? std::optional<OutboxEntry>{std::move(it->second)} : store.outbox().entry(e.seq);
        if (reread)
            e = std::move(*reread);
    }
    batch.changes = buildChanges(store, entries);
    batch.entries = std::move(entries);
    tx.commit();
    return batch;
}

template <Record T>
void storePulled(RecordStore& records, const PulledRecord& pulled)
{
    if (pulled.deleted) {
        // A tombstone need not repeat every field: it applies to the copy we hold.
        if (auto local = records.get<T>(pulled.id)) {
            applyFields(*local, pulled.fields);
            local->version = pulled.version;
            local->deleted = true;
            records.putFromServer(*local);
            return;
        }
    }
    Json j = pulled.fields;
    j["id"] = pulled.id;
    j["version"] = pulled.version;
    j["deleted"] = pulled.deleted;
    try {
        records.putFromServer(fromJson<T>(j));
    } catch (const Error& e) {
        // The tombstone of a record this device never had: nothing to delete here.
        if (!pulled.deleted || e.domain() == ErrorDomain::Storage)
            throw;
    }
}

void applyPulled(Store& store, const PulledRecord& pulled, PullReport& report)
{
    try {
        const bool known = withRecordType(pulled.entity, [&]<class T>() { storePulled<T>(store.records(), pulled); });
        if (known)
            ++report.applied;
        else
            ++report.unknownEntity;
    } catch (const Error& e) {
        // The store failing is not this record's fault: the page rolls back and is fetched again.
        if (e.domain() == ErrorDomain::Storage)
            throw;
        report.skipped.push_back({pulled.entity, pulled.id, e.message()});
    } catch (const nlohmann::json::exception& e) {
        report.skipped.push_back({pulled.entity, pulled.id, e.what()});
    }
}

} // namespace

SyncEngine::SyncEngine(Store& store, Transport& transport)
    : store_(store)
    , transport_(transport)
    , state_(store.database())
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
    const std::string deviceId = state_.deviceId();
    for (;;) {
        auto batch = takeBatch(store_);
        if (batch.changes.empty())
            return report;
        std::map<std::string, const OutboxEntry*> entryOf;
        for (std::size_t i = 0; i < batch.changes.size(); ++i)
            entryOf.emplace(batch.changes[i].changeId, &batch.entries[i]);
        const PushRequest request{deviceId, std::move(batch.changes)};
        // Entries stay 'sent' if this throws: the retry resends the same change ids.
        const auto answer = api.call("POST", "/api/v1/sync/push", toJson(request), true);
        const auto results = parseAnswer([&] { return parsePushResults(answer); }, "push answer");
        ++report.batches;

        std::size_t answered = 0;
        std::size_t settled = 0;
        sqlite::Transaction tx(store_.database());
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
                state_.addConflict(
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
                store_.outbox().reject(entry.seq, r.reason.value_or("refused by the server (no reason given)"));
                continue;
            }
            ++settled;
            store_.outbox().acknowledge(entry, r.version);
        }
        tx.commit();
        if (answered < request.changes.size())
            throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                        "the server answered " + std::to_string(answered) + " of "
                            + std::to_string(request.changes.size()) + " changes");
        if (settled == 0)
            return report; // no progress: never spin on the same batch
    }
}

PullReport SyncEngine::pullLocked()
{
    PullReport report;
    ApiClient api(transport_, state_);
    for (;;) {
        const auto cursor = state_.pullCursor();
        std::string path = "/api/v1/sync/pull?";
        if (cursor)
            path += "cursor=" + percentEncode(*cursor) + "&";
        path += "limit=" + std::to_string(defaultPullLimit);
        const auto answer = api.call("GET", path, nullptr, true);
        const auto page = parseAnswer([&] { return parsePullPage(answer); }, "pull answer");
        ++report.pages;
        report.reset = report.reset || page.reset;

        sqlite::Transaction tx(store_.database());
        // The user's properties changed: what the server no longer sends us goes, in the
        // same transaction as the first page of the new pass (local changes stay).
        if (page.reset)
            report.purged += store_.records().purgeOutsideScope(page.propertyIds);
        for (const auto& record : page.records)
            applyPulled(store_, record, report);
        state_.setPullCursor(page.cursor);
        tx.commit();

        if (!page.hasMore)
            return report;
        if (page.records.empty() && cursor == page.cursor)
            throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                        "the server says there is more to pull but its cursor does not move");
    }
}

} // namespace patrolbook::sync
