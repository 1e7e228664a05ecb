#include "patrolbook/json_text.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace patrolbook {

namespace {

std::uint64_t load8(const char* p)
{
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// Whether any of the eight bytes is a control character, '"' or '\\'. Exact as a yes or
// no (a borrow only starts at a byte that matches), whatever the byte order.
bool needsEscape(std::uint64_t v)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const auto zeroByte = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
    const std::uint64_t control = (v - ones * 0x20) & ~v & highs;
    return (control | zeroByte(v ^ (ones * '"')) | zeroByte(v ^ (ones * '\\'))) != 0;
}

void appendString(std::string& out, std::string_view s)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0; // start of the run of bytes copied as they are
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Eight bytes at a time while none needs escaping: a push writes every record's
        // ids, names and notes through here.
        while (i + 8 <= s.size() && !needsEscape(load8(s.data() + i)))
            i += 8;
        if (i == s.size())
            break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s, plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        }
    }
    out.append(s, plain, s.size() - plain);
    out += '"';
}

template <class Int>
void appendInteger(std::string& out, Int v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

} // namespace

void appendJson(std::string& out, const nlohmann::json& value)
{
    using T = nlohmann::json::value_t;
    switch (value.type()) {
    case T::object: {
        out += '{';
        bool first = true;
        for (const auto& [key, member] : value.get_ref<const nlohmann::json::object_t&>()) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, key);
            out += ':';
            appendJson(out, member);
        }
        out += '}';
        return;
    }
    case T::array: {
        out += '[';
        bool first = true;
        for (const auto& element : value) {
            if (!first)
                out += ',';
            first = false;
            appendJson(out, element);
        }
        out += ']';
        return;
    }
    case T::string:
        appendString(out, value.get_ref<const std::string&>());
        return;
    case T::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case T::number_integer:
        appendInteger(out, value.get<std::int64_t>());
        return;
    case T::number_unsigned:
        appendInteger(out, value.get<std::uint64_t>());
        return;
    default:
        // Floats (nlohmann's shortest round-trip form), null, binary, discarded: rare here.
        out += value.dump();
        return;
    }
}

void appendJsonString(std::string& out, std::string_view text)
{
    appendString(out, text);
}

std::string jsonText(const nlohmann::json& value)
{
    std::string out;
    out.reserve(256);
    appendJson(out, value);
    return out;
}

} // namespace patrolbook
