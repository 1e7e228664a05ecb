#pragma once

#include <chrono>
#include <cstdint>
#include <random>

namespace patrolbook::sync {

// How long to wait before the next sync attempt after a failure: exponential growth with
// full jitter (a random delay in [0, min(cap, base * 2^n)]), so a fleet of phones that
// lost the server at the same moment does not come back at the same moment.
class Backoff {
public:
    static constexpr std::chrono::milliseconds defaultBase{1'000};
    static constexpr std::chrono::milliseconds defaultCap{300'000};

    // Seeded from std::random_device.
    Backoff();
    // A fixed seed gives the same delays every run (tests).
    explicit Backoff(std::uint64_t seed, std::chrono::milliseconds base = defaultBase,
                     std::chrono::milliseconds cap = defaultCap);

    // The delay before the next attempt; every call raises the ceiling of the next one.
    std::chrono::milliseconds next();
    // The upper bound of the delay next() returns next.
    std::chrono::milliseconds ceiling() const;
    // After a success: start again from the base.
    void reset() { failures_ = 0; }
    int failures() const { return failures_; }

private:
    std::mt19937_64 rng_;
    std::chrono::milliseconds base_;
    std::chrono::milliseconds cap_;
    int failures_ = 0;
};

} // namespace patrolbook::sync
