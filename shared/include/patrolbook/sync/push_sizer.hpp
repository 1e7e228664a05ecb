#pragma once

#include "patrolbook/sync/protocol.hpp"

#include <chrono>
#include <cstddef>

namespace patrolbook::sync {

// How many changes and bytes to put in the next push. Like PageSizer for pulls: on a
// good link batches grow up to the protocol's maximum (fewer round trips, fewer commits
// waiting on the server's disk); a slow answer, or none, halves the next batch, so a
// push cut off on a poor mobile link costs less to send again. A 413 (a server that takes
// fewer changes, or a body over its limit) halves it at once, down to a single change,
// and it never grows back to the size refused.
class PushSizer {
public:
    static constexpr std::size_t smallest = 50; // where slowness alone takes it
    static constexpr auto quick = std::chrono::seconds(1);
    static constexpr auto slow = std::chrono::seconds(5);
    // Well under the server's maxPushBodyBytes (a batch's body is estimated before the
    // request is made), and under the 1 MiB a reverse proxy takes by default (nginx).
    static constexpr std::size_t defaultBodyBudget = 960 * 1024;

    explicit PushSizer(std::size_t bodyBudget = defaultBodyBudget)
        : bodyBudget_(bodyBudget)
    {
    }

    std::size_t changes() const { return changes_; }
    std::size_t bodyBudget() const { return bodyBudget_; }
    // A push of `sent` changes was answered after `took`, request to last byte.
    void answered(std::size_t sent, std::chrono::steady_clock::duration took);
    // The server refused a push of `sent` changes in `bytes` as too large (413). A push
    // larger than the present size was made before the size last shrank: it changes nothing.
    void refused(std::size_t sent, std::size_t bytes);
    // A push of `sent` changes got no answer (the link dropped or timed out): the next,
    // sent again after the back-off, is half as large, as after a slow answer.
    void failed(std::size_t sent);

private:
    std::size_t changes_ = firstPushChanges;
    std::size_t ceiling_ = maxChangesPerPush;
    std::size_t bodyBudget_;
};

} // namespace patrolbook::sync
