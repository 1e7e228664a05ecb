#include "patrolbook/demo_estate.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/records.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;

TEST(JsonText, WritesWhatDumpWritesForEveryKindOfValue)
{
    const Json values[] = {
        nullptr,
        true,
        false,
        0,
        -42,
        std::int64_t{9'223'372'036'854'775'807},
        std::uint64_t{18'446'744'073'709'551'615u},
        31.2304567,
        -0.5,
        "",
        "地面有积水，请尽快处理",
        "quote \" backslash \\ slash / tab \t newline \n return \r bell \x07 unit \x1f del \x7f",
        "emoji 🧹 and é",
        Json::array(),
        Json::object(),
        Json{{"b", {1, 2, {{"deep", nullptr}}}}, {"a", "x"}, {"weird key \"\n", 1}},
    };
    for (const auto& v : values)
        EXPECT_EQ(jsonText(v), v.dump());
}

TEST(JsonText, WritesEveryDemoRecordAsDumpDoes)
{
    const auto estate = makeDemoEstate(Timestamp::now(480));
    int compared = 0;
    const auto check = [&](const auto& records) {
        for (const auto& r : records) {
            const Json j = toJson(r);
            ASSERT_EQ(jsonText(j), j.dump());
            ++compared;
        }
    };
    check(estate.properties);
    check(estate.buildings);
    check(estate.checklists);
    check(estate.areas);
    check(estate.staff);
    check(estate.units);
    check(estate.owners);
    check(estate.inspections);
    check(estate.inspectionItems);
    check(estate.visits);
    check(estate.followUps);
    EXPECT_GT(compared, 100);
}

TEST(JsonText, RecordValuesAreWrittenAsDumpWritesThem)
{
    // appendValueJson writes times and id lists itself (a push writes every record):
    // the same bytes as the Json value's dump(), field by field.
    const auto estate = makeDemoEstate(Timestamp::now(-570));
    int compared = 0;
    const auto check = [&]<class T>(const T& r) {
        forEachField<T>([&](const auto& f) {
            std::string out;
            appendValueJson(out, r.*(f.member));
            ASSERT_EQ(out, valueToJson(r.*(f.member)).dump()) << f.name;
            ++compared;
        });
    };
    for (const auto& r : estate.inspections)
        check(r);
    for (const auto& r : estate.inspectionItems)
        check(r);
    for (const auto& r : estate.visits)
        check(r);
    for (const auto& r : estate.followUps)
        check(r);
    EXPECT_GT(compared, 1000);
    for (const auto& ids : std::vector<std::vector<std::string>>{{}, {"a"}, {"引号\"", "x\\y", "\n"}}) {
        std::string out;
        appendValueJson(out, ids);
        EXPECT_EQ(out, valueToJson(ids).dump());
    }
}

TEST(JsonText, EscapesACharacterAtEveryPositionOfAString)
{
    // Strings are scanned eight bytes at a time: each character that needs escaping, at
    // every offset of strings up to three words long, beside plain ASCII and UTF-8.
    for (const char special : {'"', '\\', '\n', '\x01', '\x1f', '\x7f'})
        for (std::size_t length = 1; length <= 24; ++length)
            for (std::size_t at = 0; at < length; ++at) {
                std::string s(length, 'a');
                if (length > 6) // three UTF-8 bytes (all >= 0x80), away from `at`
                    s.replace(at >= 3 ? 0 : length - 3, 3, "号");
                s[at] = special;
                const Json j = s;
                ASSERT_EQ(jsonText(j), j.dump()) << length << " " << at;
            }
}

TEST(JsonText, AppendsToWhatIsThere)
{
    std::string out = "[";
    appendJson(out, Json{{"k", "v"}});
    EXPECT_EQ(out, R"([{"k":"v"})");
}

TEST(JsonText, FieldNamesAreWrittenAsTheyAreSoNoneMayNeedEscaping)
{
    // appendFieldsJson writes the names without escaping them.
    int names = 0;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        forEachField<T>([&](const auto& f) {
            EXPECT_FALSE(f.name.empty());
            for (const char c : f.name)
                EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')
                    << Schema<T>::entity << "." << f.name;
            std::string quoted;
            appendJsonString(quoted, f.name);
            EXPECT_EQ(quoted, "\"" + std::string{f.name} + "\"");
            ++names;
        });
    });
    EXPECT_GT(names, 50);
}
