#pragma once

#include <cstdint>
#include <iterator>
#include <string>

namespace patrolbook::demo {

// splitmix64 rather than <random>'s distributions: those differ between standard
// libraries, and the estate must be the same everywhere for the same seed.
struct Rng {
    std::uint64_t state;

    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int range(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool percent(int p) { return range(0, 99) < p; }
    double real(double lo, double hi) { return lo + (hi - lo) * static_cast<double>(next() >> 11) * 0x1.0p-53; }
    template <class C>
    const auto& pick(const C& items)
    {
        return items[below(std::size(items))];
    }

    std::string digits(int count)
    {
        std::string out;
        for (int i = 0; i < count; ++i)
            out += static_cast<char>('0' + range(0, 9));
        return out;
    }

    std::string uuid()
    {
        const std::uint64_t hi = (next() & ~0xf000ULL) | 0x4000ULL;
        const std::uint64_t lo = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        std::string out;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                out += '-';
            out += "0123456789abcdef"[((i < 16 ? hi : lo) >> (60 - 4 * (i % 16))) & 0xf];
        }
        return out;
    }
};

} // namespace patrolbook::demo
