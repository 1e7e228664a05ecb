#pragma once

#include "api/request.hpp"
#include "auth/principal.hpp"
#include "storage/console_repo.hpp"

#include <optional>
#include <string>

namespace patrolbook::server {

// A console list request read from its query string and bounded by who asks: the same
// property scoping as sync (docs/security.md), and patrol staff and specialists see
// only their own work (what they did, or a follow-up assigned to them).
struct ConsoleQuery {
    static constexpr std::size_t defaultLimit = 50;
    static constexpr std::size_t maxLimit = 200;

    ConsoleFilter filter;
    std::optional<ConsoleCursor> after;
    std::size_t limit = defaultLimit;

    // Throws ApiError 400 for a malformed parameter, 403 for a property not the caller's.
    static ConsoleQuery parse(const Request& request, const Principal& who);
    // The opaque cursor after `row`, and back.
    static std::string cursorAfter(const ConsoleRow& row);
    static ConsoleCursor parseCursor(const std::string& text);
};

} // namespace patrolbook::server
