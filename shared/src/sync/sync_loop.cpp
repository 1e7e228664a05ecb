#include "patrolbook/sync/sync_loop.hpp"

#include "patrolbook/store.hpp"
#include "patrolbook/sync/sync_engine.hpp"

#include <thread>

namespace patrolbook::sync {

SyncLoop::SyncLoop(SyncEngine& engine, Backoff backoff, Sleep sleep)
    : engine_(engine)
    , backoff_(backoff)
    , sleep_(std::move(sleep))
{
}

void SyncLoop::defaultSleep(std::chrono::milliseconds delay)
{
    std::this_thread::sleep_for(delay);
}

bool SyncLoop::worthRetrying(const Error& e)
{
    if (e.domain() == ErrorDomain::Sync)
        return e.code() == ErrorCode::Unreachable || e.code() == ErrorCode::ServerError
            || e.code() == ErrorCode::Throttled;
    return e.domain() == ErrorDomain::Storage && e.code() == ErrorCode::Busy;
}

SyncLoop::Result SyncLoop::runUntilDrained(int maxAttempts)
{
    Result result;
    while (result.attempts < maxAttempts) {
        ++result.attempts;
        try {
            result.last = engine_.syncOnce();
            result.lastError.reset();
            if (engine_.pendingChanges() == 0) {
                result.outcome = Outcome::Drained;
                return result;
            }
            // Changes made meanwhile, or deferred ones whose parent just went: go again at
            // once while the rounds make progress, and back off when they do not.
            if (result.last.push.answered() > result.last.push.deferred) {
                backoff_.reset();
                continue;
            }
        } catch (const Error& e) {
            result.lastError = e;
            if (!worthRetrying(e)) {
                result.outcome = Outcome::NeedsUser;
                return result;
            }
        }
        if (result.attempts < maxAttempts)
            sleep_(backoff_.next());
    }
    result.outcome = Outcome::GaveUp;
    return result;
}

} // namespace patrolbook::sync
