#pragma once

#include "api/request.hpp"
#include "api/response.hpp"
#include "routes/router.hpp"
#include "storage/review_repo.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace patrolbook::server {

class BrowserSession;
class DbPool;

// The office's review of synced records (docs/console-api.md, "Review"): one record's
// state with a comment, and approving a set of records at once. Who may is
// ConsolePolicy::mayReview (docs/security.md); the server records who and when.
class ReviewHandler {
public:
    static constexpr std::size_t maxComment = 2000; // bytes
    static constexpr std::size_t maxBulk = 200; // records in one approval

    ReviewHandler(BrowserSession& session, DbPool& pool);

    // POST /api/v1/console/records/{entity}/{id}/review
    Response review(const Request& request, const PathParams& params);
    // POST /api/v1/console/reviews
    Response approveMany(const Request& request);

private:
    BrowserSession& session_;
    DbPool& pool_;
};

// A record's review acts as the console shows them (oldest first).
nlohmann::json reviewHistoryJson(const std::vector<ReviewAct>& acts);

} // namespace patrolbook::server
