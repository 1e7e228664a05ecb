#include "patrolbook/validation.hpp"
#include "record_types.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace patrolbook;
using patrolbook::test::sample;

namespace {

// The codes of every problem, with the field each names.
template <class T>
std::vector<std::pair<ErrorCode, std::string>> problems(const T& record)
{
    std::vector<std::pair<ErrorCode, std::string>> out;
    for (const auto& e : validate(record)) {
        EXPECT_EQ(e.domain(), ErrorDomain::Validation);
        EXPECT_FALSE(e.message().empty());
        out.emplace_back(e.code(), e.field());
    }
    return out;
}

using P = std::pair<ErrorCode, std::string>;

} // namespace

template <class T>
class EveryRecord : public ::testing::Test {
};
TYPED_TEST_SUITE(EveryRecord, patrolbook::test::RecordTypes, patrolbook::test::RecordTypeNames);

TYPED_TEST(EveryRecord, SampleIsValid)
{
    EXPECT_TRUE(problems(sample<TypeParam>()).empty());
}

TYPED_TEST(EveryRecord, IdMustBeAUuid)
{
    auto r = sample<TypeParam>();
    r.id = "42";
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::InvalidId, "id"}}));
}

TEST(Validation, RequiredFieldsAreNamedEachOne)
{
    Inspection r = sample<Inspection>();
    r.areaId.clear();
    r.inspectorId.clear();
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::Required, "area_id"}, {ErrorCode::Required, "inspector_id"}}));
}

TEST(Validation, ReferencesMustBeIds)
{
    auto r = sample<Area>();
    r.buildingId = "building three";
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::InvalidId, "building_id"}}));
}

TEST(Validation, CoordinatesInRange)
{
    auto r = sample<Inspection>();
    r.position = GeoPoint{91, 121.47, 5.0};
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::OutOfRange, "position"}}));
    r.position = GeoPoint{31.23, -180.5, 5.0};
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::OutOfRange, "position"}}));
    r.position = GeoPoint{std::nan(""), 121.47, std::nullopt};
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::OutOfRange, "position"}}));
    r.position = GeoPoint{31.23, 121.47, -1.0};
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::OutOfRange, "position"}}));
    r.position = GeoPoint{-90, 180, 0.0};
    EXPECT_TRUE(problems(r).empty());
}

TEST(Validation, OffsetsBeyondFourteenHoursAreRefused)
{
    auto r = sample<Inspection>();
    r.startedAt.offsetMin = 15 * 60;
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::OutOfRange, "started_at"}}));
}

TEST(Validation, AFinishedInspectionNeedsItsFinishTimeAfterItsStart)
{
    auto r = sample<Inspection>();
    r.status = RecordStatus::Finished;
    r.finishedAt.reset();
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::Required, "finished_at"}}));
    r.finishedAt = r.startedAt.plusMinutes(-1);
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::OutOfRange, "finished_at"}}));
}

TEST(Validation, AFinishedInspectionHasEveryItemAnswered)
{
    auto inspection = sample<Inspection>();
    inspection.status = RecordStatus::Finished;
    auto answered = sample<InspectionItem>();
    auto open = sample<InspectionItem>();
    open.result.reset();
    EXPECT_TRUE(validateCompletion(inspection, {answered}).empty());
    const auto errors = validateCompletion(inspection, {answered, open});
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].code(), ErrorCode::Incomplete);
    EXPECT_NE(errors[0].message().find("1 checklist item"), std::string::npos);
    EXPECT_EQ(validateCompletion(inspection, {}).size(), 1u) << "no items at all is not finished either";
    inspection.status = RecordStatus::Draft;
    EXPECT_TRUE(validateCompletion(inspection, {answered, open}).empty()) << "a draft may be incomplete";
}

TEST(Validation, ADoneVisitHasTimeAndOutcome)
{
    auto r = sample<OwnerVisit>();
    r.visitedAt.reset();
    r.outcome.reset();
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::Required, "visited_at"}, {ErrorCode::Required, "outcome"}}));
}

TEST(Validation, AVisitThatDidNotSatisfyNeedsANote)
{
    auto r = sample<OwnerVisit>();
    r.outcome = VisitOutcome::Unsatisfied;
    r.note = "   ";
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::NoteRequired, "note"}}));
    r.outcome = VisitOutcome::Average;
    r.note.reset();
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::NoteRequired, "note"}}));
    r.outcome = VisitOutcome::Satisfied;
    EXPECT_TRUE(problems(r).empty());
}

TEST(Validation, AVisitBeingRecordedMayHaveItsOutcomeBeforeItsNote)
{
    auto r = sample<OwnerVisit>();
    r.status = VisitStatus::Planned;
    r.plannedAt = r.visitedAt;
    r.outcome = VisitOutcome::Unsatisfied;
    r.note.reset();
    EXPECT_TRUE(problems(r).empty()) << "saved as given; the note is required when it is done";
    r.status = VisitStatus::Done;
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::NoteRequired, "note"}}));
}

TEST(Validation, APlannedVisitHasATime)
{
    auto r = sample<OwnerVisit>();
    r.status = VisitStatus::Planned;
    r.plannedAt.reset();
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::Required, "planned_at"}}));
}

TEST(Validation, AFollowUpClosesOnlyWithAVerifier)
{
    auto r = sample<FollowUp>();
    r.verifiedBy.reset();
    r.verifiedAt.reset();
    EXPECT_EQ(
        problems(r),
        (std::vector<P>{{ErrorCode::VerifierRequired, "verified_by"}, {ErrorCode::VerifierRequired, "verified_at"}}));
    r.status = FollowUpStatus::Fixed;
    EXPECT_TRUE(problems(r).empty());
}

TEST(Validation, AFinishedAcceptanceNeedsTheOwnersSignature)
{
    auto r = sample<RenovationCheck>();
    r.status = RecordStatus::Finished;
    r.signaturePhotoId.reset();
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::SignatureRequired, "signature_photo_id"}}));
    r.kind = RenovationKind::Patrol;
    EXPECT_TRUE(problems(r).empty()) << "a renovation patrol needs no signature";
}

TEST(Validation, PropertyRestHoursMustParse)
{
    auto r = sample<Property>();
    r.restHours = {"12:00-14:00", "noon till two", "08:00-08:00"};
    EXPECT_EQ(problems(r),
              (std::vector<P>{{ErrorCode::InvalidValue, "rest_hours"}, {ErrorCode::InvalidValue, "rest_hours"}}));
}

TEST(Validation, PhotoHashIsSha256Hex)
{
    auto r = sample<Photo>();
    r.sha256 = std::string(64, 'G');
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::InvalidValue, "sha256"}}));
    r.sha256 = std::string(63, 'a');
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::InvalidValue, "sha256"}}));
}

TEST(Validation, ChecklistItemCodesAreUnique)
{
    auto r = sample<Checklist>();
    r.items.push_back(r.items.front());
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::InvalidValue, "items"}}));
    r.items.clear();
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::Required, "items"}}));
}

TEST(Validation, OwnerEmailNeedsAnAt)
{
    auto r = sample<Owner>();
    r.email = "wang.example.cn";
    EXPECT_EQ(problems(r), (std::vector<P>{{ErrorCode::InvalidValue, "email"}}));
}

// The owner's details the administration keeps in `extra` (ownerExtraFields): checked
// when given, a leap day is a day, other keys in `extra` are not the rules' business.
TEST(Validation, AnOwnersDetailsInExtraAreCheckedWhenGiven)
{
    auto r = sample<Owner>();
    r.extra = R"({"title":"教师","car_plates":["沪A·12345"],"move_in_date":"2024-02-29","notes":null,"x":1})";
    EXPECT_TRUE(problems(r).empty());
    r.extra = R"({"title":7,"car_plates":"沪A·12345","move_in_date":"2023-02-29","notes":["a"]})";
    EXPECT_EQ(problems(r),
              (std::vector<P>{{ErrorCode::InvalidValue, "title"},
                              {ErrorCode::InvalidValue, "notes"},
                              {ErrorCode::InvalidValue, "car_plates"},
                              {ErrorCode::InvalidValue, "move_in_date"}}));
    r.extra = R"({"car_plates":["沪A·12345",""],"move_in_date":"2024-5-1"})";
    EXPECT_EQ(problems(r),
              (std::vector<P>{{ErrorCode::InvalidValue, "car_plates"}, {ErrorCode::InvalidValue, "move_in_date"}}));
}
