#include "patrolbook/error.hpp"
#include "patrolbook/json_parse.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

using namespace patrolbook;
using Json = nlohmann::json;

namespace {

// Equal values of equal types all the way down (== alone calls 1 and 1u equal).
bool sameTyped(const Json& a, const Json& b)
{
    if (a.type() != b.type())
        return false;
    if (a.is_object()) {
        if (a.size() != b.size())
            return false;
        for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib)
            if (ia.key() != ib.key() || !sameTyped(*ia, *ib))
                return false;
        return true;
    }
    if (a.is_array()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!sameTyped(a[i], b[i]))
                return false;
        return true;
    }
    return a == b;
}

// What nlohmann makes of the text, or nothing where it refuses it.
std::optional<Json> reference(const std::string& text)
{
    Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded())
        return std::nullopt;
    return j;
}

void expectAsNlohmann(const std::string& text)
{
    if (text.find('\0') != std::string::npos) {
        // nlohmann takes a NUL byte for the end of the text and ignores what follows it;
        // JSON has no such rule, and a body with hidden bytes after the value is refused.
        EXPECT_FALSE(tryParseJson(text).value) << "text with a NUL byte: " << text;
        return;
    }
    const auto expected = reference(text);
    const auto got = tryParseJson(text);
    ASSERT_EQ(got.value.has_value(), expected.has_value())
        << "text: " << text << "\nours: " << (got.value ? got.value->dump() : got.error);
    if (expected)
        EXPECT_TRUE(sameTyped(*got.value, *expected))
            << "text: " << text << "\nours: " << got.value->dump() << "\nnlohmann: " << expected->dump();
    else
        EXPECT_FALSE(got.error.empty());
}

Json randomValue(std::mt19937_64& rng, int depth)
{
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    static const std::string pieces[]
        = {"a",    "id",    "地面", "🧹", "é",    "\"", "\\",
           "/",    "\n",    "\t",   "\x01", "\x1f", " ",  "0190b5f2-7d7c-7a1e-9c3a-2f1e5d6c7b8a",
           "\x7f", "\u2028"};
    const auto text = [&] {
        std::string s;
        for (int i = pick(6); i > 0; --i)
            s += pieces[pick(static_cast<int>(std::size(pieces)))];
        return s;
    };
    switch (depth > 3 ? pick(6) : pick(8)) {
    case 0:
        return nullptr;
    case 1:
        return pick(2) == 0;
    case 2:
        return static_cast<std::int64_t>(rng()) >> pick(64);
    case 3:
        return rng() >> pick(64);
    case 4:
        return std::ldexp(static_cast<double>(static_cast<std::int64_t>(rng())), pick(200) - 100);
    case 5:
        return text();
    case 6: {
        Json a = Json::array();
        for (int i = pick(5); i > 0; --i)
            a.push_back(randomValue(rng, depth + 1));
        return a;
    }
    default: {
        Json o = Json::object();
        for (int i = pick(5); i > 0; --i)
            o[text()] = randomValue(rng, depth + 1);
        return o;
    }
    }
}

} // namespace

TEST(JsonParse, ReadsWhatNlohmannReads)
{
    const char* texts[] = {"null",
                           "true",
                           "false",
                           "0",
                           "-0",
                           "1",
                           "-1",
                           "18446744073709551615",
                           "18446744073709551616",
                           "-9223372036854775808",
                           "-9223372036854775809",
                           "1.5",
                           "-0.0",
                           "1e3",
                           "1E-3",
                           "1e+3",
                           "2.5e-400",
                           "1e-320",
                           "123456789012345678901234567890",
                           "\"\"",
                           "\"plain\"",
                           R"("esc \" \\ \/ \b \f \n \r \t")",
                           R"("\u0041\u00e9\u4e2d")",
                           R"("\ud83e\uddf9")",
                           R"("\uD83E\uDDF9 upper")",
                           "\"地面有积水\"",
                           "\"\xF0\x9F\xA7\xB9\"",
                           "[]",
                           "{}",
                           " \t\r\n[ 1 , 2 ] ",
                           R"({"b":1,"a":[true,{"c":null}],"":"empty key"})",
                           R"({"k":1,"k":2})",
                           R"({"k":{"x":1},"k":[2]})",
                           "\xEF\xBB\xBF{\"bom\":1}",
                           R"([[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]])"};
    for (const char* t : texts)
        expectAsNlohmann(t);
}

TEST(JsonParse, RefusesWhatNlohmannRefusesAndSaysWhere)
{
    const char* texts[] = {"",
                           " ",
                           "nul",
                           "truex",
                           "[1,]",
                           "[1 2]",
                           "{\"a\" 1}",
                           "{\"a\":1,}",
                           "{a:1}",
                           "{\"a\":}",
                           "01",
                           "-",
                           "1.",
                           ".5",
                           "1e",
                           "1e+",
                           "+1",
                           "0x10",
                           "1e400",
                           "-1e400",
                           "NaN",
                           "Infinity",
                           "\"unterminated",
                           "\"bad \\x escape\"",
                           "\"\\u12\"",
                           "\"\\uZZZZ\"",
                           "\"\\ud800\"",
                           "\"\\ud800\\u0041\"",
                           "\"\\udc00\"",
                           "\"tab\tinside\"",
                           "\"\xC0\xAF\"",
                           "\"\xED\xA0\x80\"",
                           "\"\xF4\x90\x80\x80\"",
                           "\"\xE4\xB8\"",
                           "\"\x80\"",
                           "\"\xFF\"",
                           "[1] [2]",
                           "{} x",
                           "/* comment */ 1",
                           "'single'"};
    for (const char* t : texts)
        expectAsNlohmann(t);
    EXPECT_FALSE(tryParseJson(std::string("27\0garbage", 11)).value);
    try {
        parseJson(R"({"a":[1,2,}])");
        FAIL() << "parsed";
    } catch (const Error& e) {
        EXPECT_EQ(e.domain(), ErrorDomain::Json);
        EXPECT_EQ(e.code(), ErrorCode::Malformed);
        EXPECT_NE(e.message().find("at byte 10"), std::string::npos) << e.message();
    }
}

TEST(JsonParse, RefusesNestingBeyondTheLimitInsteadOfRecursing)
{
    const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
    const auto result = tryParseJson(deep);
    EXPECT_FALSE(result.value);
    EXPECT_NE(result.error.find("nested too deep"), std::string::npos) << result.error;
    const std::string allowed = std::string(maxJsonDepth, '[') + std::string(maxJsonDepth, ']');
    EXPECT_TRUE(tryParseJson(allowed).value);
}

TEST(JsonParse, AgreesWithNlohmannOnRandomDocumentsAndTheirCorruptions)
{
    for (const std::uint64_t seed : {1u, 2u, 3u, 4u}) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        std::mt19937_64 rng(seed);
        for (int doc = 0; doc < 300; ++doc) {
            const Json value = randomValue(rng, 0);
            const std::string text = value.dump(doc % 3 == 0 ? 2 : -1);
            expectAsNlohmann(text);
            if (::testing::Test::HasFailure())
                return;
            // Damaged copies: a byte changed, dropped or doubled.
            for (int m = 0; m < 5 && !text.empty(); ++m) {
                std::string bad = text;
                const std::size_t at = rng() % bad.size();
                switch (rng() % 3) {
                case 0:
                    bad[at] = static_cast<char>(rng() % 256);
                    break;
                case 1:
                    bad.erase(at, 1);
                    break;
                default:
                    bad.insert(at, 1, bad[at]);
                }
                expectAsNlohmann(bad);
                if (::testing::Test::HasFailure())
                    return;
            }
        }
    }
}

TEST(JsonParse, FindsEverySpecialByteAtEveryPlaceInAString)
{
    // Strings are scanned eight bytes at a time: each kind of byte that ends the plain run,
    // at every offset across two words, followed by bytes a borrow could wrongly mark
    // (0x20, 0x21, '#' just above the quote, ']' just above the backslash).
    const std::string specials[] = {"\\n",   "\\\"",  "\\\\", "\\u4e2d", "中",  "🧹", "\x01",
                                    "\x1f ", "\x1f!", "\"",   "\"#",     "\\]", "\x7f", "\xc3("};
    for (const auto& special : specials)
        for (std::size_t before = 0; before < 24; ++before) {
            const std::string text = "[\"" + std::string(before, 'a') + special + std::string(11, '#') + "\"]";
            SCOPED_TRACE("offset " + std::to_string(before));
            expectAsNlohmann(text);
            if (::testing::Test::HasFailure())
                return;
        }
}
