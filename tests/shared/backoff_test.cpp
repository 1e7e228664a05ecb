// The device's waits between sync attempts while the network or the server is away:
// jittered exponential backoff from one second, capped at five minutes, reproducible
// from a seed.

#include "patrolbook/sync/backoff.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace patrolbook;
using namespace std::chrono_literals;

TEST(Backoff, TheCeilingDoublesFromOneSecond)
{
    sync::Backoff b(42);
    EXPECT_EQ(b.ceiling(), 1s);
    b.next();
    EXPECT_EQ(b.ceiling(), 2s);
    b.next();
    EXPECT_EQ(b.ceiling(), 4s);
    b.next();
    EXPECT_EQ(b.ceiling(), 8s);
}

TEST(Backoff, IsCappedAtFiveMinutesHoweverLongTheOutage)
{
    sync::Backoff b(7);
    for (int i = 0; i < 10'000; ++i)
        EXPECT_LE(b.next(), 300s);
    EXPECT_EQ(b.ceiling(), 300s);
}

TEST(Backoff, DelaysAreSpreadOverTheWholeRange)
{
    // Full jitter: anything from 0 to the ceiling, so devices that failed together do not
    // come back together.
    std::set<std::int64_t> seen;
    std::chrono::milliseconds lowest = 300s;
    std::chrono::milliseconds highest = 0ms;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        sync::Backoff b(seed);
        for (int i = 0; i < 12; ++i)
            b.next(); // well past the cap
        const auto d = b.next();
        EXPECT_GE(d, 0ms);
        EXPECT_LE(d, 300s);
        seen.insert(d.count());
        lowest = std::min(lowest, d);
        highest = std::max(highest, d);
    }
    EXPECT_GT(seen.size(), 150u);
    EXPECT_LT(lowest, 60s);
    EXPECT_GT(highest, 240s);
}

TEST(Backoff, LaterDelaysAreLongerOnAverage)
{
    double first = 0;
    double fifth = 0;
    for (std::uint64_t seed = 0; seed < 500; ++seed) {
        sync::Backoff b(seed);
        first += static_cast<double>(b.next().count());
        for (int i = 0; i < 3; ++i)
            b.next();
        fifth += static_cast<double>(b.next().count());
    }
    EXPECT_GT(fifth, first * 8); // ceilings 1 s and 16 s
}

TEST(Backoff, ResetStartsAgainFromTheBase)
{
    sync::Backoff b(3);
    for (int i = 0; i < 20; ++i)
        b.next();
    b.reset();
    EXPECT_EQ(b.failures(), 0);
    EXPECT_EQ(b.ceiling(), 1s);
    EXPECT_LE(b.next(), 1s);
}

TEST(Backoff, TheSameSeedGivesTheSameDelays)
{
    sync::Backoff a(99);
    sync::Backoff b(99);
    for (int i = 0; i < 15; ++i)
        EXPECT_EQ(a.next(), b.next());
}
