#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace patrolbook::server {

class PhotoService;

// `patrolbook-server gc`, run by `serve` on a thread of its own every `every` (first at
// start): expired uploads go without anyone running a cron job. Stops when destroyed.
class GcTimer {
public:
    GcTimer(PhotoService& photos, std::chrono::seconds every);
    ~GcTimer();
    GcTimer(const GcTimer&) = delete;
    GcTimer& operator=(const GcTimer&) = delete;

private:
    void run();
    PhotoService& photos_;
    std::chrono::seconds every_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace patrolbook::server
