#include "api/worker_pool.hpp"

namespace patrolbook::server {

WorkerPool::WorkerPool(unsigned threads)
{
    for (unsigned i = 0; i < threads; ++i)
        threads_.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool()
{
    drain();
}

bool WorkerPool::post(std::function<void()> job)
{
    {
        std::lock_guard lock(mutex_);
        if (stopping_)
            return false;
        jobs_.push_back(std::move(job));
    }
    wake_.notify_one();
    return true;
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
        job(); // jobs catch their own exceptions: each answers its request whatever happens
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

std::size_t WorkerPool::inFlight() const
{
    std::lock_guard lock(mutex_);
    return jobs_.size() + running_;
}

} // namespace patrolbook::server
