#include "visits/visit_timer.hpp"

#include "patrolbook/sqlite/transaction.hpp"
#include "storage/db_pool.hpp"
#include "visits/visit_planner.hpp"

#include <cstdio>
#include <exception>

namespace patrolbook::server {

VisitTimer::VisitTimer(DbPool& pool, std::chrono::seconds every)
    : pool_(pool)
    , every_(every)
    , thread_([this] { run(); })
{
}

VisitTimer::~VisitTimer()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void VisitTimer::run()
{
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        lock.unlock();
        try {
            auto& db = pool_.db();
            const auto turn = pool_.writeTurn();
            sqlite::Transaction tx(db);
            const auto plan = VisitPlanner(db).planAll(Timestamp::now());
            tx.commit();
            if (plan.afterService + plan.newOwner + plan.coverage + plan.flagged > 0) {
                std::printf("patrolbook-server: visits: %d after a service, %d first contacts, %d coverage visits "
                            "planned; %d visits flagged in rest hours\n",
                            plan.afterService, plan.newOwner, plan.coverage, plan.flagged);
                std::fflush(stdout);
            }
        } catch (const std::exception& e) {
            // Tried again next time: every rule is idempotent, nothing is half made.
            std::fprintf(stderr, "patrolbook-server: planning visits failed: %s\n", e.what());
        }
        lock.lock();
        wake_.wait_for(lock, every_, [this] { return stopping_; });
    }
}

} // namespace patrolbook::server
