// Records to JSON and back (record_json.hpp): every field, unknown fields kept, and
// refusals that name the field.
#include "patrolbook/record_json.hpp"
#include "patrolbook/validation.hpp"
#include "record_types.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using patrolbook::test::sample;

template <class T>
class JsonRoundTrip : public ::testing::Test {
};
TYPED_TEST_SUITE(JsonRoundTrip, patrolbook::test::RecordTypes, patrolbook::test::RecordTypeNames);

TYPED_TEST(JsonRoundTrip, EveryFieldSurvivesTextAndBack)
{
    TypeParam original = sample<TypeParam>();
    original.version = 7;
    ASSERT_TRUE(validate(original).empty()) << validate(original).front().what();
    const std::string text = toJson(original).dump();
    const auto back = fromJson<TypeParam>(Json::parse(text));
    EXPECT_EQ(back, original) << text;
}

TYPED_TEST(JsonRoundTrip, UnknownFieldsAreKeptAndWrittenBack)
{
    TypeParam original = sample<TypeParam>();
    Json j = toJson(original);
    j["added_by_newer_app"] = Json{{"nested", {1, 2, 3}}};
    j["x_flag"] = true;
    const auto parsed = fromJson<TypeParam>(j);
    EXPECT_FALSE(parsed.extra.empty());
    const Json again = toJson(parsed);
    EXPECT_EQ(again["added_by_newer_app"], j["added_by_newer_app"]);
    EXPECT_EQ(again["x_flag"], true);
    EXPECT_EQ(again, j);
}

TEST(Json, WrongTypeNamesTheField)
{
    Json j = toJson(sample<Inspection>());
    j["started_at"] = 12345;
    try {
        fromJson<Inspection>(j);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.domain(), ErrorDomain::Json);
        EXPECT_EQ(e.code(), ErrorCode::WrongType);
        EXPECT_EQ(e.field(), "started_at");
    }
}

TEST(Json, UnknownEnumValueIsRejectedWithTheAllowedValues)
{
    Json j = toJson(sample<InspectionItem>());
    j["result"] = "maybe";
    try {
        fromJson<InspectionItem>(j);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidValue);
        EXPECT_EQ(e.field(), "result");
        EXPECT_NE(e.message().find("pass, fail, na"), std::string::npos) << e.message();
    }
}

TEST(Json, MissingOrBadIdIsRejected)
{
    Json j = toJson(sample<Area>());
    j["id"] = "not-a-uuid";
    EXPECT_THROW(fromJson<Area>(j), Error);
    j.erase("id");
    EXPECT_THROW(fromJson<Area>(j), Error);
    EXPECT_THROW(fromJson<Area>(Json::array()), Error);
}

TEST(Json, NullClearsAnOptionalField)
{
    auto visit = sample<OwnerVisit>();
    applyFields(visit, Json{{"suggestions", nullptr}});
    EXPECT_FALSE(visit.suggestions.has_value());
}

TEST(Json, FailedApplyLeavesTheRecordUnchanged)
{
    auto visit = sample<OwnerVisit>();
    const auto before = visit;
    EXPECT_THROW(applyFields(visit, Json{{"note", "ok"}, {"duration_min", "four"}}), Error);
    EXPECT_EQ(visit, before);
}

TEST(Json, TimestampsKeepTheDeviceOffset)
{
    auto inspection = sample<Inspection>();
    const Json j = toJson(inspection);
    EXPECT_EQ(j["started_at"], "2026-11-27T10:00:00.000+08:00");
    EXPECT_EQ(j["position"]["accuracy_m"], 6.5);
}

TEST(Json, ChangedFieldsListsExactlyWhatDiffers)
{
    auto a = sample<Inspection>();
    auto b = a;
    b.note = "changed";
    b.status = RecordStatus::Finished;
    EXPECT_EQ(changedFields(a, b), (std::vector<std::string>{"status", "note"}));
    EXPECT_TRUE(changedFields(a, a).empty());
}
