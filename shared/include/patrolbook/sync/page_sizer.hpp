#pragma once

#include "patrolbook/sync/protocol.hpp"

#include <chrono>
#include <cstddef>

namespace patrolbook::sync {

// How many records to ask for in the next pulled page. On a good link pages grow up to
// the protocol's maximum: fewer round trips, each with its fixed cost on both sides. On
// a poor mobile link a slow page halves the next: a page lost halfway costs less and
// each stored page shows progress sooner.
class PageSizer {
public:
    static constexpr std::size_t smallest = 100;
    static constexpr auto quick = std::chrono::milliseconds(250);
    static constexpr auto slow = std::chrono::seconds(2);

    std::size_t limit() const { return limit_; }
    // A page asked for with limit() arrived, after `took` from request to last byte.
    void fetched(std::chrono::steady_clock::duration took);

private:
    std::size_t limit_ = defaultPullLimit;
};

} // namespace patrolbook::sync
