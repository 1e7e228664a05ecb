#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace patrolbook::server {

// The server's own threads for database work, so the HTTP library's I/O threads never
// wait on SQLite. drain() lets queued and running jobs finish, then stops the threads.
class WorkerPool {
public:
    explicit WorkerPool(unsigned threads);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // False once draining: the caller answers 503 itself.
    bool post(std::function<void()> job);
    void drain();

private:
    void run();
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> jobs_;
    std::vector<std::thread> threads_;
    std::size_t running_ = 0;
    bool stopping_ = false;
};

} // namespace patrolbook::server
