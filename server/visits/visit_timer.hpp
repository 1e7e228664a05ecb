#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace patrolbook::server {

class DbPool;

// `patrolbook-server visits plan`, run by `serve` on a thread of its own every `every`
// (first at start): new owners and member coverage are planned without anyone pushing,
// and a loop done before this server planned visits gets its visit. Stops when destroyed.
class VisitTimer {
public:
    VisitTimer(DbPool& pool, std::chrono::seconds every);
    ~VisitTimer();
    VisitTimer(const VisitTimer&) = delete;
    VisitTimer& operator=(const VisitTimer&) = delete;

private:
    void run();
    DbPool& pool_;
    std::chrono::seconds every_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace patrolbook::server
