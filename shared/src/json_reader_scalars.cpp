// JsonReader's scalars: strings (escapes, UTF-8), numbers and \u escapes, the bytes a
// push or a pulled page is mostly made of.

#include "json_reader.hpp"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace patrolbook {

namespace {
void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Eight bytes at a time: the bytes that are a quote, a backslash, a control character or
// not ASCII (those a string cannot take as they are), as their high bits. A borrow can
// mark a byte after a true one, never before it, so the lowest mark is exact: with the
// bytes in little-endian order it is the first special byte. Most of a page is plain runs.
std::uint64_t specialBytes(std::uint64_t w)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const auto hasZero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t below0x20 = (w - ones * 0x20) & ~w & highs;
    return (below0x20 | hasZero(w ^ (ones * '"')) | hasZero(w ^ (ones * '\\')) | w) & highs;
}

bool plainByte(char c)
{
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x20 && b < 0x80 && c != '"' && c != '\\';
}

// The end of the run of plain ASCII bytes from p: the first special byte, or end.
const char* plainRun(const char* p, const char* end)
{
    while (end - p >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        if (const std::uint64_t special = specialBytes(w)) {
            if constexpr (std::endian::native == std::endian::little)
                return p + std::countr_zero(special) / 8;
            break;
        }
        p += 8;
    }
    while (p != end && plainByte(*p))
        ++p;
    return p;
}

} // namespace

bool JsonReader::hex4(std::uint32_t& out)
{
    if (end_ - p_ < 4)
        return fail("\\u must be followed by four hex digits");
    out = 0;
    for (int i = 0; i < 4; ++i, ++p_) {
        const char c = *p_;
        const int d = isDigit(c)     ? c - '0'
            : (c >= 'a' && c <= 'f') ? c - 'a' + 10
            : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                     : -1;
        if (d < 0)
            return fail("\\u must be followed by four hex digits");
        out = (out << 4) | static_cast<std::uint32_t>(d);
    }
    return true;
}

bool JsonReader::escape(std::string& out)
{
    ++p_; // the backslash
    if (p_ == end_)
        return fail("the text ends inside a string");
    switch (*p_++) {
    case '"':
        out += '"';
        return true;
    case '\\':
        out += '\\';
        return true;
    case '/':
        out += '/';
        return true;
    case 'b':
        out += '\b';
        return true;
    case 'f':
        out += '\f';
        return true;
    case 'n':
        out += '\n';
        return true;
    case 'r':
        out += '\r';
        return true;
    case 't':
        out += '\t';
        return true;
    case 'u': {
        std::uint32_t cp = 0;
        if (!hex4(cp))
            return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return fail("a UTF-16 low surrogate without a high one before it");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
                return fail("a UTF-16 high surrogate must be followed by a low one");
            p_ += 2;
            if (!hex4(low))
                return false;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail("a UTF-16 high surrogate must be followed by a low one");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(out, cp);
        return true;
    }
    default:
        --p_;
        return fail("unknown escape in a string");
    }
}

bool JsonReader::utf8()
{
    const unsigned char c = byte(*p_);
    int more = 0;
    unsigned char lo = 0x80, hi = 0xBF; // the range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return fail("invalid UTF-8 in a string");
    }
    if (end_ - p_ <= more)
        return fail("invalid UTF-8 in a string");
    ++p_;
    for (int i = 0; i < more; ++i, ++p_) {
        const unsigned char b = byte(*p_);
        if (b < (i == 0 ? lo : 0x80) || b > (i == 0 ? hi : 0xBF))
            return fail("invalid UTF-8 in a string");
    }
    return true;
}

bool JsonReader::string(std::string* out)
{
    ++p_; // the opening quote
    const char* run = p_; // bytes to copy as they are
    for (;;) {
        p_ = plainRun(p_, end_);
        if (p_ == end_)
            return fail("the text ends inside a string");
        const unsigned char c = byte(*p_);
        if (c == '"') {
            if (out)
                out->append(run, static_cast<std::size_t>(p_ - run));
            ++p_;
            return true;
        }
        if (c < 0x20)
            return fail("a control character in a string must be escaped");
        if (c >= 0x80) {
            if (!utf8())
                return false;
            continue;
        }
        if (out)
            out->append(run, static_cast<std::size_t>(p_ - run));
        skipped_.clear();
        if (!escape(out ? *out : skipped_))
            return false;
        run = p_;
    }
}

bool JsonReader::number(Json& out)
{
    const char* start = p_;
    const bool negative = *p_ == '-';
    if (negative)
        ++p_;
    if (p_ == end_ || !isDigit(*p_))
        return fail("a number needs digits");
    if (*p_ == '0')
        ++p_;
    else
        while (p_ != end_ && isDigit(*p_))
            ++p_;
    bool integer = true;
    if (p_ != end_ && *p_ == '.') {
        integer = false;
        ++p_;
        if (p_ == end_ || !isDigit(*p_))
            return fail("a decimal point must be followed by digits");
        while (p_ != end_ && isDigit(*p_))
            ++p_;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
        integer = false;
        ++p_;
        if (p_ != end_ && (*p_ == '+' || *p_ == '-'))
            ++p_;
        if (p_ == end_ || !isDigit(*p_))
            return fail("an exponent needs digits");
        while (p_ != end_ && isDigit(*p_))
            ++p_;
    }
    if (integer) {
        // Beyond 64 bits it becomes a float, as in nlohmann.
        if (negative) {
            std::int64_t v = 0;
            if (auto r = std::from_chars(start, p_, v); r.ec == std::errc{} && r.ptr == p_) {
                out = v;
                return true;
            }
        } else {
            std::uint64_t v = 0;
            if (auto r = std::from_chars(start, p_, v); r.ec == std::errc{} && r.ptr == p_) {
                out = v;
                return true;
            }
        }
    }
    double d = 0;
    const auto r = std::from_chars(start, p_, d);
    if (r.ec == std::errc::result_out_of_range) // strtod's answer: infinity or (nearly) zero
        d = std::strtod(std::string(start, p_).c_str(), nullptr);
    else if (r.ec != std::errc{} || r.ptr != p_)
        return fail("not a number");
    if (!std::isfinite(d)) {
        p_ = start;
        return fail("a number too large");
    }
    out = d;
    return true;
}

} // namespace patrolbook
