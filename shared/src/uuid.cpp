#include "patrolbook/uuid.hpp"

#include <array>
#include <chrono>
#include <cstdint>
#include <random>

namespace patrolbook {

std::string newUuid()
{
    // Seeded once per thread from the OS; random_device per call would be ~100x slower
    // and ids are made for every record and every outbox entry.
    thread_local std::mt19937_64 rng{[] {
        std::random_device rd;
        std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
        return std::mt19937_64{seq};
    }()};
    // Version 7 (RFC 9562): the first 48 bits are the Unix time in ms, so ids made one
    // after another sort together and SQLite appends them to its B-trees instead of
    // writing all over them (several times faster inserts on a big table). The clock is
    // only used for locality: nothing orders records by it.
    const auto ms = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    std::uint64_t hi = (ms << 16) | (rng() & 0x0fffULL) | 0x7000ULL;
    std::uint64_t lo = (rng() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // variant 10
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(36, '-');
    int pos = 0;
    for (int i = 0; i < 32; ++i) {
        if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
            ++pos;
        const std::uint64_t word = i < 16 ? hi : lo;
        const int shift = 60 - 4 * (i % 16);
        out[static_cast<std::size_t>(pos++)] = hex[(word >> shift) & 0xf];
    }
    return out;
}

bool isUuid(std::string_view s)
{
    // A table, as every id of every pulled record and reference is checked.
    static constexpr auto isHex = [] {
        std::array<bool, 256> t{};
        for (int c = 0; c < 256; ++c)
            t[static_cast<std::size_t>(c)] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        return t;
    }();
    if (s.size() != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
        return false;
    for (std::size_t i = 0; i < 36; ++i)
        if (i != 8 && i != 13 && i != 18 && i != 23 && !isHex[static_cast<unsigned char>(s[i])])
            return false;
    return true;
}

bool isSha256Hex(std::string_view text)
{
    if (text.size() != 64)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

} // namespace patrolbook
