#include "json_reader.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/json_parse.hpp"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace patrolbook {

namespace {

using Json = nlohmann::json;

unsigned char byte(char c)
{
    return static_cast<unsigned char>(c);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

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
    return byte(c) >= 0x20 && byte(c) < 0x80 && c != '"' && c != '\\';
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

JsonReader::JsonReader(std::string_view text)
    : begin_(text.data())
    , p_(text.data())
    , end_(text.data() + text.size())
{
}

char JsonReader::peek()
{
    skipSpace();
    return p_ == end_ ? '\0' : *p_;
}

void JsonReader::readValue(Json& out)
{
    skipSpace();
    check(value(out, 0));
}

void JsonReader::skipValue()
{
    if (peek() == '"') {
        check(string(nullptr));
        return;
    }
    Json ignored; // numbers and literals need no allocation; objects and arrays are rare here
    check(value(ignored, 0));
}

void JsonReader::readString(std::string& out)
{
    if (peek() != '"')
        throwError("expected a string");
    check(string(&out));
}

void JsonReader::beginObject()
{
    if (peek() != '{')
        throwError("expected an object");
    ++p_;
    afterOpen_ = true;
}

bool JsonReader::nextMember(std::string& key)
{
    if (!nextItem('}', "expected ',' or '}' after an object member"))
        return false;
    if (p_ == end_ || *p_ != '"')
        throwError("expected a member name in double quotes");
    key.clear();
    check(string(&key));
    skipSpace();
    if (p_ == end_ || *p_ != ':')
        throwError("expected ':' after a member name");
    ++p_;
    return true;
}

void JsonReader::beginArray()
{
    if (peek() != '[')
        throwError("expected an array");
    ++p_;
    afterOpen_ = true;
}

bool JsonReader::nextElement()
{
    return nextItem(']', "expected ',' or ']' after an array element");
}

void JsonReader::finish()
{
    skipSpace();
    if (p_ != end_)
        throwError("unexpected text after the JSON value");
}

bool JsonReader::parse(Json& out)
{
    if (end_ - p_ >= 3 && byte(p_[0]) == 0xEF && byte(p_[1]) == 0xBB && byte(p_[2]) == 0xBF)
        p_ += 3; // a byte order mark, skipped as nlohmann does
    skipSpace();
    if (!value(out, 0))
        return false;
    skipSpace();
    if (p_ != end_)
        return fail("unexpected text after the JSON value");
    return true;
}

std::string JsonReader::error() const
{
    return "not valid JSON: " + std::string{what_} + " (at byte " + std::to_string(at_) + ")";
}

void JsonReader::throwError(const char* what)
{
    fail(what);
    throw Error(ErrorDomain::Json, ErrorCode::Malformed, error());
}

void JsonReader::check(bool ok)
{
    if (!ok)
        throw Error(ErrorDomain::Json, ErrorCode::Malformed, error());
}

bool JsonReader::nextItem(char close, const char* expected)
{
    skipSpace();
    if (p_ == end_)
        throwError("the text ends inside an object or array");
    if (afterOpen_) {
        afterOpen_ = false;
        if (*p_ == close) {
            ++p_;
            return false;
        }
        return true;
    }
    if (*p_ == close) {
        ++p_;
        return false;
    }
    if (*p_ != ',')
        throwError(expected);
    ++p_;
    skipSpace();
    return true;
}

bool JsonReader::fail(const char* what)
{
    what_ = what;
    at_ = static_cast<std::size_t>(p_ - begin_);
    return false;
}

void JsonReader::skipSpace()
{
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t'))
        ++p_;
}

bool JsonReader::value(Json& out, int depth)
{
    if (p_ == end_)
        return fail("the text ends where a value should be");
    switch (*p_) {
    case '{':
        return object(out, depth + 1);
    case '[':
        return array(out, depth + 1);
    case '"': {
        std::string s;
        if (!string(&s))
            return false;
        out = std::move(s);
        return true;
    }
    case 't':
        return literal("true", 4, out, true);
    case 'f':
        return literal("false", 5, out, false);
    case 'n':
        return literal("null", 4, out, nullptr);
    default:
        if (*p_ == '-' || isDigit(*p_))
            return number(out);
        return fail("unexpected character where a value should be");
    }
}

bool JsonReader::literal(const char* word, std::size_t length, Json& out, Json v)
{
    if (static_cast<std::size_t>(end_ - p_) < length || std::memcmp(p_, word, length) != 0)
        return fail("unknown word (only true, false and null are allowed)");
    p_ += length;
    out = std::move(v);
    return true;
}

bool JsonReader::object(Json& out, int depth)
{
    if (depth > maxJsonDepth)
        return fail("nested too deep");
    ++p_;
    out = Json::object();
    auto& members = out.get_ref<Json::object_t&>();
    skipSpace();
    if (p_ != end_ && *p_ == '}') {
        ++p_;
        return true;
    }
    for (;;) {
        if (p_ == end_ || *p_ != '"')
            return fail("expected a member name in double quotes");
        std::string key;
        if (!string(&key))
            return false;
        skipSpace();
        if (p_ == end_ || *p_ != ':')
            return fail("expected ':' after a member name");
        ++p_;
        skipSpace();
        // Writers (ours too) mostly send keys in order: a hint at the end makes each
        // insert constant time. A repeated key keeps its node and takes the last value.
        const std::size_t before = members.size();
        auto it = members.emplace_hint(members.end(), std::move(key), nullptr);
        repeatedKeys_ += members.size() == before ? 1 : 0;
        if (!value(it->second, depth))
            return false;
        skipSpace();
        if (p_ == end_)
            return fail("the text ends inside an object");
        if (*p_ == '}') {
            ++p_;
            return true;
        }
        if (*p_ != ',')
            return fail("expected ',' or '}' after an object member");
        ++p_;
        skipSpace();
    }
}

bool JsonReader::array(Json& out, int depth)
{
    if (depth > maxJsonDepth)
        return fail("nested too deep");
    ++p_;
    out = Json::array();
    auto& items = out.get_ref<Json::array_t&>();
    skipSpace();
    if (p_ != end_ && *p_ == ']') {
        ++p_;
        return true;
    }
    for (;;) {
        items.emplace_back();
        if (!value(items.back(), depth))
            return false;
        skipSpace();
        if (p_ == end_)
            return fail("the text ends inside an array");
        if (*p_ == ']') {
            ++p_;
            return true;
        }
        if (*p_ != ',')
            return fail("expected ',' or ']' after an array element");
        ++p_;
        skipSpace();
    }
}

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
