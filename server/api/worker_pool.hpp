#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace patrolbook::server {

// The server's own threads for database work, so the HTTP library's I/O threads never
// wait on SQLite. The queue is bounded: a request that would wait behind `maxQueued`
// others is refused at once (503 with Retry-After) instead of holding its body in memory
// for as long as the backlog lasts. drain() lets queued and running jobs finish, then
// stops the threads.
class WorkerPool {
public:
    enum class Posted { Queued, Full, Stopping };

    WorkerPool(unsigned threads, std::size_t maxQueued);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Full or Stopping: the job was not taken and the caller answers 503 itself.
    Posted post(std::function<void()> job);
    void drain();

private:
    void run();
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> jobs_;
    std::vector<std::thread> threads_;
    std::size_t maxQueued_;
    std::size_t running_ = 0;
    bool stopping_ = false;
};

} // namespace patrolbook::server
