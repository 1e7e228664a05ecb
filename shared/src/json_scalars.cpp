#include "json_scalars.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace patrolbook::json {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trimmed(std::string_view token)
{
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

} // namespace

const char* readNumber(std::string_view token, nlohmann::json& out)
{
    token = trimmed(token);
    const char* p = token.data();
    const char* end = p + token.size();
    const char* start = p;
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    if (p == end || !isDigit(*p))
        return "a number needs digits";
    if (*p == '0')
        ++p;
    else
        while (p != end && isDigit(*p))
            ++p;
    bool integer = true;
    if (p != end && *p == '.') {
        integer = false;
        ++p;
        if (p == end || !isDigit(*p))
            return "a decimal point must be followed by digits";
        while (p != end && isDigit(*p))
            ++p;
    }
    if (p != end && (*p == 'e' || *p == 'E')) {
        integer = false;
        ++p;
        if (p != end && (*p == '+' || *p == '-'))
            ++p;
        if (p == end || !isDigit(*p))
            return "an exponent needs digits";
        while (p != end && isDigit(*p))
            ++p;
    }
    if (p != end)
        return "not a number";
    if (integer) {
        // Beyond 64 bits it becomes a double, as in nlohmann.
        if (negative) {
            std::int64_t v = 0;
            if (auto r = std::from_chars(start, end, v); r.ec == std::errc{} && r.ptr == end) {
                out = v;
                return nullptr;
            }
        } else {
            std::uint64_t v = 0;
            if (auto r = std::from_chars(start, end, v); r.ec == std::errc{} && r.ptr == end) {
                out = v;
                return nullptr;
            }
        }
    }
    double d = 0;
    const auto r = std::from_chars(start, end, d);
    if (r.ec == std::errc::result_out_of_range) // strtod's answer: infinity or (nearly) zero
        d = std::strtod(std::string(start, end).c_str(), nullptr);
    else if (r.ec != std::errc{} || r.ptr != end)
        return "not a number";
    if (!std::isfinite(d))
        return "a number too large";
    out = d;
    return nullptr;
}

const char* readLiteral(std::string_view token, nlohmann::json& out)
{
    token = trimmed(token);
    if (token == "true")
        out = true;
    else if (token == "false")
        out = false;
    else if (token == "null")
        out = nullptr;
    else
        return "unknown word (only true, false and null are allowed)";
    return nullptr;
}

const char* firstBadUtf8(const char* begin, const char* end)
{
    for (const char* p = begin; p != end;) {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more = 0;
        unsigned char lo = 0x80, hi = 0xBF; // the range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return p;
        }
        if (end - p <= more)
            return p;
        for (int i = 1; i <= more; ++i) {
            const auto b = static_cast<unsigned char>(p[i]);
            if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
                return p;
        }
        p += more + 1;
    }
    return end;
}

const char* firstUnescapedControl(const char* begin, const char* end)
{
    bool inString = false;
    for (const char* p = begin; p != end; ++p) {
        if (!inString) {
            inString = *p == '"';
            continue;
        }
        if (*p == '\\' && p + 1 != end)
            ++p;
        else if (*p == '"')
            inString = false;
        else if (static_cast<unsigned char>(*p) < 0x20)
            return p;
    }
    return end;
}

} // namespace patrolbook::json
