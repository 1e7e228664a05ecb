#include "api/worker_pool.hpp"

#include <cstdio>
#include <exception>

namespace patrolbook::server {

WorkerPool::WorkerPool(unsigned threads, std::size_t maxQueued)
    : maxQueued_(maxQueued)
{
    for (unsigned i = 0; i < threads; ++i)
        threads_.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool()
{
    drain();
}

WorkerPool::Posted WorkerPool::post(std::function<void()> job)
{
    {
        std::lock_guard lock(mutex_);
        if (stopping_)
            return Posted::Stopping;
        // Counted without the jobs running: those hold a thread, not a queue place.
        if (jobs_.size() >= maxQueued_)
            return Posted::Full;
        jobs_.push_back(std::move(job));
    }
    wake_.notify_one();
    return Posted::Queued;
}

void WorkerPool::run()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (jobs_.empty())
                return; // stopping, and nothing left to do
            job = std::move(jobs_.front());
            jobs_.pop_front();
            ++running_;
        }
        try {
            job(); // jobs answer their request whatever happens; this is the last line of defence
        } catch (const std::exception& e) {
            std::fprintf(stderr, "patrolbook-server: a request job failed: %s\n", e.what());
        } catch (...) {
            std::fprintf(stderr, "patrolbook-server: a request job failed\n");
        }
        std::lock_guard lock(mutex_);
        --running_;
    }
}

void WorkerPool::drain()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_)
        if (t.joinable())
            t.join();
    threads_.clear();
}

} // namespace patrolbook::server
