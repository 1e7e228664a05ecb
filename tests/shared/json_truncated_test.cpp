// Texts cut short: every reader of others' JSON refuses every prefix of a valid text as
// Error(Json, Malformed). simdjson 3.0.1's On-Demand API took a lone "{" for {} (its issue
// 1974), and it reads the byte just past the text as one more token: left there by the
// thread's previous, longer document, a '}' could close a cut-short text and a ',' carry
// it on (its issue 1834). So each prefix is read right after a text that leaves each such
// byte there.

#include "patrolbook/error.hpp"
#include "patrolbook/json_parse.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sync/fields_text.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "sync/pull_page.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

using namespace patrolbook;
using patrolbook::test::sample;

namespace {

using Reader = std::function<void(std::string_view)>;

// `read` takes `whole` and refuses each of its prefixes that is not whole, each read just
// after a text that leaves one of the bytes that mean something to a JSON reader (or
// the byte `whole` has there) in the thread's buffer right past the prefix.
void expectEveryPrefixRefused(const std::string& whole, const Reader& read)
{
    ASSERT_NO_THROW(read(whole)) << whole;
    // Whole but for white space at the end: the last cut that may be taken.
    std::size_t last = whole.size();
    while (last > 0 && whole[last - 1] == ' ')
        --last;
    std::vector<std::string> before{whole};
    for (const char c : std::string_view("}],:{[0tn"))
        before.push_back('"' + std::string(whole.size(), c) + '"'); // a JSON string: c at every byte but the first
    for (std::size_t cut = 0; cut < last; ++cut) {
        for (const auto& previous : before) {
            (void)parseJson(previous);
            const std::string_view prefix(whole.data(), cut);
            try {
                read(prefix);
                ADD_FAILURE() << "a text cut at byte " << cut << " was taken: " << prefix;
            } catch (const Error& e) {
                EXPECT_EQ(e.domain(), ErrorDomain::Json) << prefix;
                EXPECT_EQ(e.code(), ErrorCode::Malformed) << prefix;
                EXPECT_NE(e.message().find("not valid JSON"), std::string::npos) << prefix << ": " << e.message();
            }
            if (::testing::Test::HasFailure())
                return;
        }
    }
}

std::string pullPage()
{
    const auto area = sample<Area>();
    const auto item = sample<InspectionItem>();
    std::string page = R"({"records":[{"entity":"area","id":")" + area.id + R"(","version":7,"deleted":false,"fields":)"
        + fieldsToJson(area).dump() + R"(},{"entity":"inspection_item","id":")" + item.id
        + R"(","version":8,"deleted":true,"fields":{}},{"entity":"drone","id":"x","version":9,"deleted":false,)"
        + R"("fields":{"route":[[1,2],{"z":null}]}}],"cursor":"c9","has_more":false,"property_ids":["p"]})";
    return page;
}

std::string pushBody()
{
    sync::PushRequest request;
    request.deviceId = "device-1";
    const auto change = [&](std::string changeId, std::string entity, std::string id, sync::Json fields) {
        auto& c = request.changes.emplace_back();
        c.changeId = std::move(changeId);
        c.entity = std::move(entity);
        c.id = std::move(id);
        c.fields = std::move(fields);
    };
    change("c1", "area", sample<Area>().id, fieldsToJson(sample<Area>()));
    change("c2", "follow_up", sample<FollowUp>().id, fieldsToJson(sample<FollowUp>()));
    change("c3", "drone", "x", {{"route", {{1, 2}, {{"z", nullptr}}}}});
    return sync::toJsonText(request);
}

} // namespace

TEST(TruncatedJson, ALoneOpenerIsRefusedNotReadAsEmpty)
{
    for (const char* text : {"{", "[", "{ ", "[ ", "[{", "{\"a\":[", "{\"a\":{}", "[[]", "{\"a\":1,\"b\":[{}]"}) {
        const auto result = tryParseJson(text);
        EXPECT_FALSE(result.value) << text << " read as " << result.value->dump();
        EXPECT_NE(result.error.find("not valid JSON"), std::string::npos) << result.error;
    }
    // Placed at the end, where the text stops.
    EXPECT_NE(tryParseJson("{\"a\":[1,").error.find("(at byte 8)"), std::string::npos);
}

TEST(TruncatedJson, EveryPrefixOfAValueIsRefused)
{
    const std::string text = R"({"a":[1,-2.5e3,true,null,"x\"y\\"],"b":{"c":{},"d":[[]],"é":"地面"},"e":"}]"} )";
    expectEveryPrefixRefused(text, [](std::string_view t) { parseJson(t); });
    expectEveryPrefixRefused(R"([{"a":"b"},[1,2],"s",{}])", [](std::string_view t) { parseJson(t); });
    expectEveryPrefixRefused(R"("a string \" that ends late")", [](std::string_view t) { parseJson(t); });
}

TEST(TruncatedJson, EveryPrefixOfAPushBodyIsRefused)
{
    expectEveryPrefixRefused(pushBody(), [](std::string_view t) { sync::parsePushRequest(t); });
}

TEST(TruncatedJson, EveryPrefixOfAPullPageIsRefused)
{
    expectEveryPrefixRefused(pullPage(), [](std::string_view t) { sync::readPullPage(t); });
}

TEST(TruncatedJson, EveryPrefixOfAPushAnswerIsRefused)
{
    const std::vector<sync::ChangeResult> results{{"a", sync::ChangeStatus::Applied, 4, std::nullopt, false},
                                                  {"b", sync::ChangeStatus::Rejected, 0, "not \"yet\"", true}};
    expectEveryPrefixRefused(sync::pushAnswerText(results, "2026-01-01T00:00:00Z"),
                             [](std::string_view t) { sync::parsePushResults(t); });
}

TEST(TruncatedJson, EveryPrefixOfStoredFieldsIsRefused)
{
    const std::string fields = fieldsToJson(sample<Area>()).dump();
    expectEveryPrefixRefused(fields, [](std::string_view t) {
        Area area;
        (void)sync::readFieldsText(t, area);
    });
    expectEveryPrefixRefused(fields, [](std::string_view t) { (void)sync::stringMember(t, "name"); });
}
