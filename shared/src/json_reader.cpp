#include "json_reader.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/json_parse.hpp"

namespace patrolbook {

namespace {

using Json = nlohmann::json;

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

} // namespace patrolbook
