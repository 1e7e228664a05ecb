#include "photos/gc_timer.hpp"

#include "photos/photo_service.hpp"

#include <cstdio>
#include <exception>

namespace patrolbook::server {

GcTimer::GcTimer(PhotoService& photos, std::chrono::seconds every)
    : photos_(photos)
    , every_(every)
    , thread_([this] { run(); })
{
}

GcTimer::~GcTimer()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void GcTimer::run()
{
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        lock.unlock();
        try {
            const auto r = photos_.collectGarbage();
            if (r.partsRemoved + r.uploadsExpired + r.photosRemoved > 0) {
                std::printf("patrolbook-server: gc: %d unfinished uploads and %d unclaimed photos expired, %d photo "
                            "files removed, %lld bytes freed\n",
                            r.partsRemoved, r.uploadsExpired, r.photosRemoved, static_cast<long long>(r.bytesFreed));
                std::fflush(stdout);
            }
        } catch (const std::exception& e) {
            // Tried again next time; a failed sweep costs disk, never data.
            std::fprintf(stderr, "patrolbook-server: gc failed: %s\n", e.what());
        }
        lock.lock();
        wake_.wait_for(lock, every_, [this] { return stopping_; });
    }
}

} // namespace patrolbook::server
