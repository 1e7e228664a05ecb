#include "push_outcome.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <map>
#include <string_view>
#include <utility>

namespace patrolbook::sync {

bool PushOutcome::unanswered() const
{
    if (!failure)
        return false;
    try {
        std::rethrow_exception(failure);
    } catch (const Error& e) {
        return e.domain() == ErrorDomain::Sync && e.code() == ErrorCode::Unreachable;
    } catch (...) {
        return false;
    }
}

PushOutcome sendBatch(ApiClient& api, const Batch& batch)
{
    PushOutcome out;
    if (batch.entries.empty())
        return out;
    try {
        // Entries stay 'sent' whatever happens here: a retry resends the same change ids.
        const auto asked = std::chrono::steady_clock::now();
        auto response = api.sendJson("POST", "/api/v1/sync/push", batch.body, true);
        out.took = std::chrono::steady_clock::now() - asked;
        if (response.status == 413) {
            out.tooLarge = std::move(response);
            return out;
        }
        if (response.status < 200 || response.status >= 300)
            throw errorFromResponse(response);
        out.results = parseAnswer([&] { return parsePushResults(response.body); }, "push answer");
    } catch (...) {
        out.failure = std::current_exception();
    }
    return out;
}

std::size_t settle(Store& store, DeviceState& state, const Batch& batch, const std::vector<ChangeResult>& results,
                   PushReport& report)
{
    ++report.batches;
    std::map<std::string_view, const OutboxEntry*> entryOf;
    for (const auto& e : batch.entries)
        entryOf.emplace(e.changeId, &e);

    std::size_t answered = 0;
    std::size_t settled = 0;
    std::vector<Outbox::Acknowledgement> acks;
    acks.reserve(batch.entries.size());
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
    if (answered < batch.entries.size())
        throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                    "the server answered " + std::to_string(answered) + " of " + std::to_string(batch.entries.size())
                        + " changes");
    return settled;
}

} // namespace patrolbook::sync
