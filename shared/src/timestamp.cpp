#include "patrolbook/timestamp.hpp"

#include <chrono>
#include <cstdio>

namespace patrolbook {

namespace {

constexpr std::int64_t msPerMinute = 60'000;
constexpr std::int64_t msPerDay = 86'400'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

bool digits(std::string_view s, std::size_t pos, std::size_t count, int& out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

} // namespace

Timestamp Timestamp::fromLocal(int year, unsigned month, unsigned day, unsigned hour, unsigned minute, unsigned second,
                               std::int32_t offsetMin)
{
    using namespace std::chrono;
    const sys_days date = year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    const std::int64_t localMs = static_cast<std::int64_t>(date.time_since_epoch().count()) * msPerDay
        + (static_cast<std::int64_t>(hour) * 3600 + minute * 60 + second) * 1000;
    return {localMs - offsetMin * msPerMinute, offsetMin};
}

Timestamp Timestamp::now(std::int32_t offsetMin)
{
    using namespace std::chrono;
    const auto ms = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    return {static_cast<std::int64_t>(ms), offsetMin};
}

std::optional<Timestamp> Timestamp::parse(std::string_view s)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, 0, 4, year) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, hour)
        || s[13] != ':' || !digits(s, 14, 2, minute) || s[16] != ':' || !digits(s, 17, 2, second))
        return std::nullopt;
    std::size_t pos = 19;
    int millis = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int scale = 100;
        const std::size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    if (pos >= s.size())
        return std::nullopt; // a zone designator is required: local times without one are ambiguous
    int offset = 0;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        int oh = 0, om = 0;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om))
            return std::nullopt;
        if (oh > 14 || om > 59)
            return std::nullopt;
        offset = (oh * 60 + om) * (s[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                             std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    Timestamp t = fromLocal(year, static_cast<unsigned>(month), static_cast<unsigned>(day), static_cast<unsigned>(hour),
                            static_cast<unsigned>(minute), static_cast<unsigned>(second), offset);
    t.utcMs += millis;
    return t;
}

namespace {

// The ISO text through snprintf: the reference, and the form for years outside 0..9999
// or offsets of 100 hours or more, which the fast path does not write.
void appendIsoSlow(std::string& out, std::int64_t utcMs, std::int32_t offsetMin)
{
    using namespace std::chrono;
    const std::int64_t localMs = utcMs + offsetMin * msPerMinute;
    const std::int64_t days = floorDiv(localMs, msPerDay);
    const std::int64_t msOfDay = localMs - days * msPerDay;
    const year_month_day ymd{sys_days{std::chrono::days{days}}};
    const int h = static_cast<int>(msOfDay / 3'600'000);
    const int m = static_cast<int>(msOfDay / 60'000 % 60);
    const int sec = static_cast<int>(msOfDay / 1000 % 60);
    const int ms = static_cast<int>(msOfDay % 1000);
    const int off = offsetMin < 0 ? -offsetMin : offsetMin;
    char buf[64];
    if (offsetMin == 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), h, m, sec, ms);
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03d%c%02d:%02d", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), h, m, sec, ms,
                      offsetMin < 0 ? '-' : '+', off / 60, off % 60);
    }
    out += buf;
}

void put2(char* p, unsigned v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
}

} // namespace

void Timestamp::appendIso(std::string& out) const
{
    // A push writes several times per record: digits by hand, not through snprintf.
    const std::int64_t localMs = utcMs + offsetMin * msPerMinute;
    const std::int64_t days = floorDiv(localMs, msPerDay);
    const auto msOfDay = static_cast<unsigned>(localMs - days * msPerDay);
    // Days to the civil date (H. Hinnant's algorithm, the one std::chrono uses).
    const std::int64_t z = days + 719'468;
    const std::int64_t era = floorDiv(z, 146'097);
    const auto doe = static_cast<unsigned>(z - era * 146'097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
    const unsigned off = static_cast<unsigned>(offsetMin < 0 ? -static_cast<std::int64_t>(offsetMin) : offsetMin);
    if (year < 0 || year > 9999 || off / 60 > 99) {
        appendIsoSlow(out, utcMs, offsetMin);
        return;
    }
    char buf[] = "0000-00-00T00:00:00.000+00:00";
    const auto y = static_cast<unsigned>(year);
    put2(buf, y / 100);
    put2(buf + 2, y % 100);
    put2(buf + 5, month);
    put2(buf + 8, day);
    put2(buf + 11, msOfDay / 3'600'000);
    put2(buf + 14, msOfDay / 60'000 % 60);
    put2(buf + 17, msOfDay / 1000 % 60);
    const unsigned ms = msOfDay % 1000;
    buf[20] = static_cast<char>('0' + ms / 100);
    put2(buf + 21, ms % 100);
    if (offsetMin == 0) {
        buf[23] = 'Z';
        out.append(buf, 24);
        return;
    }
    buf[23] = offsetMin < 0 ? '-' : '+';
    put2(buf + 24, off / 60);
    put2(buf + 27, off % 60);
    out.append(buf, sizeof buf - 1);
}

std::string Timestamp::toIso() const
{
    std::string out;
    appendIso(out);
    return out;
}

int Timestamp::minuteOfDay(std::int32_t offset) const
{
    const std::int64_t localMs = utcMs + offset * msPerMinute;
    const std::int64_t msOfDay = localMs - floorDiv(localMs, msPerDay) * msPerDay;
    return static_cast<int>(msOfDay / msPerMinute);
}

} // namespace patrolbook
