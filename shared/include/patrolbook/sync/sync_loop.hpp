#pragma once

#include "patrolbook/error.hpp"
#include "patrolbook/sync/backoff.hpp"
#include "patrolbook/sync/sync_report.hpp"

#include <chrono>
#include <functional>
#include <optional>

namespace patrolbook::sync {

class SyncEngine;

// What drains the outbox without anyone pressing a button: sync, and on a failure that
// time can cure (no network, server down or busy) wait with jittered backoff and try
// again. It stops when the outbox holds nothing but rejected entries (those wait for
// the user), when the failure needs the user (signed out, app too old, not allowed),
// or after maxAttempts.
class SyncLoop {
public:
    using Sleep = std::function<void(std::chrono::milliseconds)>;

    enum class Outcome { Drained, NeedsUser, GaveUp };
    struct Result {
        Outcome outcome = Outcome::Drained;
        int attempts = 0;
        SyncReport last;
        std::optional<Error> lastError;
    };

    SyncLoop(SyncEngine& engine, Backoff backoff, Sleep sleep = defaultSleep);
    Result runUntilDrained(int maxAttempts);

    static void defaultSleep(std::chrono::milliseconds delay);
    // Failures that waiting can cure.
    static bool worthRetrying(const Error& e);

private:
    SyncEngine& engine_;
    Backoff backoff_;
    Sleep sleep_;
};

} // namespace patrolbook::sync
