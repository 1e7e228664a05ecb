// A change's fields read from their text (the server's way with new records) and push
// bodies that keep each change's fields as text.

#include "patrolbook/error.hpp"
#include "patrolbook/json_parse.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sync/fields_text.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "record_types.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <random>

using namespace patrolbook;
using patrolbook::test::sample;

namespace {

// What applyFields says of an item's fields it cannot take (empty if it takes them).
std::string applyFieldsMessage(const Json& fields)
{
    InspectionItem viaJson;
    try {
        applyFields(viaJson, fields);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

template <class T>
class FieldsText : public ::testing::Test {
};
TYPED_TEST_SUITE(FieldsText, patrolbook::test::RecordTypes, patrolbook::test::RecordTypeNames);

TYPED_TEST(FieldsText, ReadsWhatApplyFieldsReadsAndNamesEveryMember)
{
    Json fields = fieldsToJson(sample<TypeParam>());
    fields["added_by_newer_app"] = Json{{"nested", {1, 2}}};
    const std::string text = fields.dump(2);
    TypeParam expected;
    applyFields(expected, fields);
    TypeParam read;
    std::vector<std::string> names;
    EXPECT_FALSE(sync::readFieldsText(text, read, &names));
    EXPECT_EQ(read, expected) << text;
    std::vector<std::string> keys;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        keys.push_back(it.key());
    EXPECT_EQ(names, keys);
}

TEST(FieldsText, AWrongValueIsReportedInApplyFieldsWords)
{
    Json fields = fieldsToJson(sample<InspectionItem>());
    fields["result"] = "maybe";
    const std::string expected = applyFieldsMessage(fields);
    ASSERT_FALSE(expected.empty());
    InspectionItem read;
    EXPECT_EQ(sync::readFieldsText(fields.dump(), read), expected);
    EXPECT_THROW(sync::readFieldsText(R"({"result": "pass",})", read), Error);
}

TEST(FieldsText, StringMemberIsTheLastOfItsNameWhenItIsAString)
{
    EXPECT_EQ(sync::stringMember(R"({"a": 1, "property_id": "p1", "b": {"property_id": "x"}})", "property_id"), "p1");
    EXPECT_EQ(sync::stringMember(R"({"property_id": "p1", "property_id": "p2"})", "property_id"), "p2");
    EXPECT_EQ(sync::stringMember(R"({"property_id": "p1", "property_id": 5})", "property_id"), std::nullopt);
    EXPECT_EQ(sync::stringMember(R"({"other": "p1"})", "property_id"), std::nullopt);
    EXPECT_EQ(sync::stringMember(R"({"property_id": "\u5730\"q"})", "property_id"), "地\"q");
    EXPECT_THROW(sync::stringMember(R"({"property_id": "p1", "x": [1,}})", "property_id"), Error);
    EXPECT_THROW(sync::stringMember(R"([1])", "property_id"), Error);
}

// stringMember checks the whole text without making values of it: it must refuse exactly
// what the parser refuses, on random objects and damaged copies of them.
TEST(FieldsText, StringMemberRefusesWhatTheParserRefuses)
{
    std::mt19937_64 rng(7);
    const std::string pieces[]
        = {"id", "地面", "🧹", "\\\"", "\\u00e9", "\\n", "0190b5f2-7d7c-7a1e-9c3a-2f1e5d6c7b8a"};
    const auto text = [&] {
        std::string s;
        for (auto i = rng() % 4; i > 0; --i)
            s += pieces[rng() % std::size(pieces)];
        return s;
    };
    for (int doc = 0; doc < 400; ++doc) {
        std::string object = "{";
        for (auto i = rng() % 6; i > 0; --i) {
            if (object.size() > 1)
                object += ',';
            const auto value = rng() % 5;
            object += '"' + (rng() % 3 == 0 ? std::string{"name"} : text()) + "\":"
                + (value == 0       ? '"' + text() + '"'
                       : value == 1 ? std::to_string(static_cast<std::int64_t>(rng()) >> 20)
                       : value == 2 ? std::string{"[null, true, {\"name\": \"in\"}]"}
                       : value == 3 ? std::string{"-1.5e3"}
                                    : std::string{"false"});
        }
        object += '}';
        for (int m = 0; m < 6; ++m) {
            std::string t = object;
            if (m > 0) {
                const std::size_t at = rng() % t.size();
                if (m % 2)
                    t[at] = static_cast<char>(rng() % 256);
                else
                    t.erase(at, 1);
            }
            const auto parsed = tryParseJson(t);
            SCOPED_TRACE(t);
            if (!parsed.value || !parsed.value->is_object()) {
                EXPECT_THROW(sync::stringMember(t, "name"), Error);
                continue;
            }
            const auto it = parsed.value->find("name");
            const auto expected = it != parsed.value->end() && it->is_string()
                ? std::optional<std::string>{it->get<std::string>()}
                : std::nullopt;
            EXPECT_EQ(sync::stringMember(t, "name"), expected);
        }
    }
}

TEST(PushBodyText, EachChangeKeepsItsFieldsAsSentAndSaysWhetherANameRepeats)
{
    const std::string plain = R"({ "a" : 1, "note": "地面\"" })";
    const std::string repeated = R"({"a": 1, "a": 2})";
    const std::string nestedRepeat = R"({"a": {"x": 1, "x": 2}})";
    std::string body = R"({"device_id": "d", "changes": [)";
    for (const auto* fields : {&plain, &repeated, &nestedRepeat})
        body += std::string{body.back() == '[' ? "" : ","} + R"({"change_id": "c", "entity": "area", "id": "i", )"
            + R"("base_version": 0, "fields": )" + *fields + "}";
    body += "]}";
    const auto request = sync::parsePushRequest(body);
    ASSERT_EQ(request.changes.size(), 3u);
    EXPECT_EQ(request.changes[0].fieldsText, plain);
    EXPECT_FALSE(request.changes[0].repeatedNames);
    EXPECT_EQ(request.changes[1].fieldsText, repeated);
    EXPECT_TRUE(request.changes[1].repeatedNames);
    EXPECT_TRUE(request.changes[2].repeatedNames);
    EXPECT_TRUE(request.changes[0].fields.empty()); // read when the server judges the change

    std::string broken = body;
    broken.replace(broken.find(R"("note": "地面)"), 8, R"("note": 0x)");
    EXPECT_THROW(sync::parsePushRequest(broken), Error);

    // The same with "fields" before "entity": only checked on the way, never typed.
    std::string fieldsFirst = R"({"device_id": "d", "changes": [)";
    for (const auto* fields : {&plain, &repeated, &nestedRepeat})
        fieldsFirst += std::string{fieldsFirst.back() == '[' ? "" : ","} + R"({"fields": )" + *fields
            + R"(, "change_id": "c", "entity": "area", "id": "i", "base_version": 0})";
    fieldsFirst += "]}";
    const auto untyped = sync::parsePushRequest(fieldsFirst);
    ASSERT_EQ(untyped.changes.size(), 3u);
    EXPECT_EQ(untyped.changes[0].fieldsText, plain);
    EXPECT_FALSE(untyped.changes[0].sent.has_value());
    EXPECT_FALSE(untyped.changes[0].repeatedNames);
    EXPECT_TRUE(untyped.changes[1].repeatedNames);
    EXPECT_TRUE(untyped.changes[2].repeatedNames);
}

TEST(PushBodyText, AChangeThatNamesItsEntityFirstComesWithItsFieldsReadIntoTheType)
{
    Json fields = fieldsToJson(sample<InspectionItem>());
    fields["added_by_newer_app"] = Json{{"nested", {1, 2}}};
    Json wrong = fields;
    wrong["result"] = "maybe";
    const auto change = [](const char* entity, const Json& f) {
        return std::string{R"({"change_id": "c", "entity": ")"} + entity + R"(", "id": "i", "base_version": 0, )"
            + R"("fields": )" + f.dump() + "}";
    };
    const std::string body = R"({"device_id": "d", "changes": [)" + change("inspection_item", fields) + ","
        + change("inspection_item", wrong) + "," + change("not_a_record_type", fields) + "]}";
    const auto request = sync::parsePushRequest(body);
    ASSERT_EQ(request.changes.size(), 3u);

    InspectionItem expected;
    applyFields(expected, fields);
    const auto* read = std::any_cast<sync::SentRecord<InspectionItem>>(&request.changes[0].sent);
    ASSERT_NE(read, nullptr);
    EXPECT_FALSE(read->problem);
    EXPECT_EQ(read->record, expected);
    std::vector<std::string> keys;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        keys.push_back(it.key());
    EXPECT_EQ(read->names, keys);
    EXPECT_EQ(request.changes[0].fieldsText, fields.dump()); // still kept as sent, for storing

    const std::string message = applyFieldsMessage(wrong);
    ASSERT_FALSE(message.empty());
    const auto* wrongRead = std::any_cast<sync::SentRecord<InspectionItem>>(&request.changes[1].sent);
    ASSERT_NE(wrongRead, nullptr);
    EXPECT_EQ(wrongRead->problem, message);

    EXPECT_FALSE(request.changes[2].sent.has_value());
    EXPECT_EQ(request.changes[2].fieldsText, fields.dump());
}

TEST(PushBodyText, OneChangeWithThousandsOfNamesDoesNotSizeTheOthers)
{
    // Room for names is kept from change to change; a change that names thousands (a
    // hostile body within the size limit) must not make every later one ask for as much.
    std::string many = "{";
    for (int i = 0; i < 5000; ++i)
        many += std::string{i ? "," : ""} + R"("n":)" + std::to_string(i);
    many += "}";
    const auto change = [](const std::string& fields) {
        return R"({"change_id": "c", "entity": "inspection_item", "id": "i", "base_version": 0, "fields": )" + fields
            + "}";
    };
    const auto request = sync::parsePushRequest(R"({"device_id": "d", "changes": [)" + change(many) + ","
                                                + change(R"({"item_code": "A"})") + "]}");
    ASSERT_EQ(request.changes.size(), 2u);
    EXPECT_TRUE(request.changes[0].repeatedNames);
    const auto* small = std::any_cast<sync::SentRecord<InspectionItem>>(&request.changes[1].sent);
    ASSERT_NE(small, nullptr);
    EXPECT_EQ(small->names, std::vector<std::string>{"item_code"});
    EXPECT_LE(small->names.capacity(), 64u);
}

TEST(PushBodyText, ChangesBeyondWhatAPushMayHoldAreNotReadIntoTypes)
{
    // Refused for their number (413) once read: their fields are only checked.
    std::string body = R"({"device_id": "d", "changes": [)";
    for (std::size_t i = 0; i <= sync::maxChangesPerPush; ++i)
        body += std::string{i ? "," : ""}
            + R"({"change_id": "c", "entity": "inspection_item", "id": "i", "base_version": 0, "fields": {"note": "x"}})";
    body += "]}";
    const auto request = sync::parsePushRequest(body);
    ASSERT_EQ(request.changes.size(), sync::maxChangesPerPush + 1);
    EXPECT_TRUE(request.changes[sync::maxChangesPerPush - 1].sent.has_value());
    EXPECT_FALSE(request.changes[sync::maxChangesPerPush].sent.has_value());
    EXPECT_EQ(request.changes[sync::maxChangesPerPush].fieldsText, R"({"note": "x"})");
}
