#include "patrolbook/sync/backoff.hpp"

#include <algorithm>
#include <limits>

namespace patrolbook::sync {

Backoff::Backoff()
    : Backoff(std::random_device{}())
{
}

Backoff::Backoff(std::uint64_t seed, std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : rng_(seed)
    , base_(std::max(base, std::chrono::milliseconds{1}))
    , cap_(std::max(cap, base_))
{
}

std::chrono::milliseconds Backoff::ceiling() const
{
    // Doubling stops at the cap, so the ceiling never overflows however long the outage.
    auto bound = base_;
    for (int i = 0; i < failures_ && bound < cap_; ++i)
        bound *= 2;
    return std::min(bound, cap_);
}

std::chrono::milliseconds Backoff::next()
{
    const auto bound = ceiling();
    if (failures_ < std::numeric_limits<int>::max())
        ++failures_;
    std::uniform_int_distribution<std::int64_t> pick(0, bound.count());
    return std::chrono::milliseconds{pick(rng_)};
}

} // namespace patrolbook::sync
