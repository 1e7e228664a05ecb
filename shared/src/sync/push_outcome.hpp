#pragma once

#include "api_client.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "patrolbook/sync/sync_report.hpp"
#include "push_batch.hpp"

#include <chrono>
#include <exception>
#include <optional>
#include <vector>

namespace patrolbook {
class Store;
}

namespace patrolbook::sync {

class DeviceState;

// What came of sending one batch: the server's results, a 413, or a failure.
struct PushOutcome {
    std::optional<std::vector<ChangeResult>> results;
    std::optional<HttpResponse> tooLarge;
    // As ApiClient and the answer's parser throw them; Error{Sync, Unreachable} when no
    // answer came.
    std::exception_ptr failure;
    std::chrono::steady_clock::duration took{};

    bool unanswered() const;
};

// POSTs the batch (nothing for an empty one). Never throws: whatever goes wrong is in
// the outcome, so the call can run on a thread of its own.
PushOutcome sendBatch(ApiClient& api, const Batch& batch);

// Applies the server's answer to `batch`: acknowledged entries go, refusals are marked,
// conflicts kept for review, all in one transaction. Returns how many entries were
// settled; throws Error{Sync, ServerError} once they are if the answer left some out.
std::size_t settle(Store& store, DeviceState& state, const Batch& batch, const std::vector<ChangeResult>& results,
                   PushReport& report);

} // namespace patrolbook::sync
