#pragma once

#include "patrolbook/sync/protocol.hpp"
#include "patrolbook/sync/sync_report.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook {
class Store;
}

namespace patrolbook::sync {

// A pulled page made ready to store: its records decoded into typed records away from
// the store's thread, each step storing one of them (or noting why it could not).
struct PreparedPage {
    std::vector<std::function<void(Store&, PullReport&)>> steps;
    std::string cursor;
    bool hasMore = false;
    bool reset = false;
    std::vector<std::string> propertyIds;
};

// Reads a pull answer's text (the protocol's page object). Text that is not JSON or not
// a page throws Error(Json, Malformed); a record that cannot be used becomes a step that
// notes why, and the rest of the page goes on.
PreparedPage readPullPage(std::string_view body);

} // namespace patrolbook::sync
