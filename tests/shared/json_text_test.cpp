#include "patrolbook/demo_estate.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/record_json.hpp"

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

TEST(JsonText, AppendsToWhatIsThere)
{
    std::string out = "[";
    appendJson(out, Json{{"k", "v"}});
    EXPECT_EQ(out, R"([{"k":"v"})");
}
