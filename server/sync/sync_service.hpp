#pragma once

#include "auth/principal.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <atomic>
#include <string>
#include <vector>

namespace patrolbook::server {

class DbPool;
class Metrics;

// Push and pull (docs/sync-protocol.md), over the server database.
class SyncService {
public:
    SyncService(DbPool& pool, Metrics& metrics);

    // Applies a push in one transaction: each change at most once, one result per change
    // in request order; an invalid or forbidden change is rejected without blocking the others.
    std::vector<sync::ChangeResult> push(const Principal& who, sync::PushRequest&& request);
    // A pull page: the body, and its cursor and has_more again for the response headers.
    struct PullAnswer {
        std::string body;
        std::string cursor;
        bool hasMore = false;
    };
    // A page of records newer than the cursor that the principal may see, as the JSON
    // answer text (stored fields are passed through without re-encoding). `property`
    // narrows it to one of the principal's properties (a tablet showing one estate);
    // one that is not theirs is 403.
    PullAnswer pull(const Principal& who, const std::string& cursor, std::size_t limit,
                    const std::string& property = {});

private:
    DbPool& pool_;
    Metrics& metrics_;
};

} // namespace patrolbook::server
