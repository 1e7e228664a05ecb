#include "patrolbook/uuid.hpp"
#include "patrolbook/visit_rules.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using patrolbook::test::sample;

namespace {

constexpr std::int32_t shanghai = 480;

Timestamp local(unsigned day, unsigned hour, unsigned minute, std::int32_t offset = shanghai)
{
    return Timestamp::fromLocal(2026, 11, day, hour, minute, 0, offset);
}

OwnerVisit doneVisit(Timestamp serviceDone, Timestamp visited)
{
    auto v = sample<OwnerVisit>();
    v.serviceCompletedAt = serviceDone;
    v.visitedAt = visited;
    return v;
}

} // namespace

TEST(VisitDeadline, ExactlySeventyTwoHoursIsStillOnTime)
{
    const auto done = local(24, 16, 30);
    EXPECT_EQ(visitDueAt(done), local(27, 16, 30));
    EXPECT_TRUE(isOnTime(doneVisit(done, local(27, 16, 30))));
    EXPECT_FALSE(isOnTime(doneVisit(done, local(27, 16, 30).plusMinutes(1))));
    auto late = doneVisit(done, Timestamp{local(27, 16, 30).utcMs + 1, shanghai});
    EXPECT_FALSE(isOnTime(late)) << "one millisecond late is late";
}

TEST(VisitDeadline, CountsInstantsNotWallClocks)
{
    // Service closed at 23:00 in Shanghai; the phone that records the visit is set to UTC.
    const auto done = local(24, 23, 0);
    const auto visitedUtc = Timestamp::fromLocal(2026, 11, 27, 15, 0, 0, 0); // 23:00 Shanghai
    EXPECT_TRUE(isOnTime(doneVisit(done, visitedUtc)));
    EXPECT_FALSE(isOnTime(doneVisit(done, visitedUtc.plusMinutes(1))));
}

TEST(VisitDeadline, MinutesLeftGoNegativeOnceOverdue)
{
    auto v = doneVisit(local(24, 10, 0), local(25, 10, 0));
    EXPECT_EQ(minutesLeft(v, local(26, 10, 0)), 24 * 60);
    EXPECT_EQ(minutesLeft(v, local(27, 10, 0)), 0);
    EXPECT_EQ(minutesLeft(v, Timestamp{local(27, 10, 0).utcMs + 1, shanghai}), -1);
    v.serviceCompletedAt.reset();
    EXPECT_FALSE(minutesLeft(v, local(26, 10, 0)));
    EXPECT_TRUE(isOnTime(v)) << "no dated service, no deadline";
}

TEST(RestHours, DefaultsAreLunchAndNight)
{
    const auto rest = RestHours::defaults();
    EXPECT_FALSE(rest.contains(local(27, 11, 59)));
    EXPECT_TRUE(rest.contains(local(27, 12, 0)));
    EXPECT_TRUE(rest.contains(local(27, 13, 59)));
    EXPECT_FALSE(rest.contains(local(27, 14, 0))) << "the end is outside";
    EXPECT_FALSE(rest.contains(local(27, 20, 59)));
    EXPECT_TRUE(rest.contains(local(27, 21, 0)));
}

TEST(RestHours, NightRangeCrossesMidnight)
{
    const auto rest = RestHours::defaults();
    EXPECT_TRUE(rest.contains(local(27, 23, 59)));
    EXPECT_TRUE(rest.contains(local(28, 0, 0)));
    EXPECT_TRUE(rest.contains(local(28, 7, 59)));
    EXPECT_FALSE(rest.contains(local(28, 8, 0)));
}

TEST(RestHours, AreJudgedInThePropertysTimeNotTheDevices)
{
    const auto rest = RestHours::defaults(shanghai);
    // 05:00 UTC is 13:00 in Shanghai: lunch rest, whatever zone the phone is in.
    const auto fromUtcPhone = Timestamp::fromLocal(2026, 11, 27, 5, 0, 0, 0);
    const auto fromTokyoPhone = fromUtcPhone.atOffset(540);
    EXPECT_TRUE(rest.contains(fromUtcPhone));
    EXPECT_TRUE(rest.contains(fromTokyoPhone));
    // 09:30 in Tokyo is 08:30 in Shanghai: allowed.
    EXPECT_FALSE(rest.contains(Timestamp::fromLocal(2026, 11, 27, 9, 30, 0, 540)));
}

TEST(RestHours, AreConfigurablePerProperty)
{
    auto property = sample<Property>();
    property.restHours = {"11:30-13:30", "22:00-07:30"};
    const auto rest = RestHours::forProperty(property);
    EXPECT_TRUE(rest.contains(local(27, 11, 30)));
    EXPECT_FALSE(rest.contains(local(27, 13, 30)));
    EXPECT_FALSE(rest.contains(local(27, 21, 30)));
    EXPECT_TRUE(rest.contains(local(28, 7, 29)));
}

TEST(RestHours, NextAllowedStepsOutOfTouchingRanges)
{
    const RestHours rest({*TimeRange::parse("11:00-12:30"), *TimeRange::parse("12:00-14:00")}, shanghai);
    EXPECT_EQ(rest.nextAllowed(local(27, 11, 15)), local(27, 14, 0));
    EXPECT_EQ(rest.nextAllowed(local(27, 10, 0)), local(27, 10, 0));
    EXPECT_EQ(RestHours::defaults().nextAllowed(local(27, 22, 10)), local(28, 8, 0));
}

TEST(VisitPlanning, APlanInRestHoursIsRefusedWithTheNextAllowedTime)
{
    auto v = sample<OwnerVisit>();
    v.status = VisitStatus::Planned;
    v.plannedAt = local(27, 12, 30);
    const auto problems = planningProblems(v, RestHours::defaults());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].domain(), ErrorDomain::Rule);
    EXPECT_EQ(problems[0].code(), ErrorCode::InRestHours);
    EXPECT_EQ(problems[0].field(), "planned_at");
    EXPECT_NE(problems[0].message().find("2026-11-27T14:00:00.000+08:00"), std::string::npos) << problems[0].message();
    v.plannedAt = local(27, 14, 0);
    EXPECT_TRUE(planningProblems(v, RestHours::defaults()).empty());
}

TEST(VisitPlanning, ContactingNowWarnsAboutRestHoursAndAPassedDeadline)
{
    auto v = sample<OwnerVisit>();
    v.serviceCompletedAt = local(23, 9, 0);
    const auto warnings = contactWarnings(v, RestHours::defaults(), local(26, 21, 30));
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0].code(), ErrorCode::InRestHours);
    EXPECT_EQ(warnings[1].code(), ErrorCode::PastDeadline);
    EXPECT_TRUE(contactWarnings(v, RestHours::defaults(), local(26, 8, 59)).empty());
}

TEST(VisitCoverage, CountsMemberOwnersVisitedInThePeriod)
{
    std::vector<Owner> owners(4, sample<Owner>());
    for (auto& o : owners)
        o.id = newUuid();
    owners[3].member = false;
    const auto from = local(1, 0, 0);
    const auto to = local(30, 0, 0);
    auto visit = [&](const Owner& o, Timestamp at) {
        auto v = doneVisit(at.plusMinutes(-24 * 60), at);
        v.ownerId = o.id;
        return v;
    };
    std::vector<OwnerVisit> visits{
        visit(owners[0], local(10, 10, 0)), visit(owners[0], local(12, 12, 30)), // a second visit, in lunch rest
        visit(owners[1], local(30, 10, 0)), // after the period
        visit(owners[3], local(10, 10, 0)), // not a member
    };
    auto late = visit(owners[2], local(20, 10, 0));
    late.serviceCompletedAt = local(15, 10, 0);
    visits.push_back(late);
    auto planned = visit(owners[1], local(11, 10, 0));
    planned.status = VisitStatus::Planned;
    visits.push_back(planned);

    const auto c = memberCoverage(owners, visits, from, to, RestHours::defaults());
    EXPECT_EQ(c.memberOwners, 3);
    EXPECT_EQ(c.visitedMembers, 2);
    EXPECT_EQ(c.unvisitedMemberIds, std::vector<std::string>{owners[1].id});
    EXPECT_DOUBLE_EQ(c.share(), 2.0 / 3.0);
    EXPECT_EQ(c.doneVisits, 4);
    EXPECT_EQ(c.onTimeVisits, 3);
    EXPECT_EQ(c.visitsInRestHours, 1);
}

TEST(VisitCoverage, NewOwnersAreContactedWithinAWeek)
{
    auto o = sample<Owner>();
    o.assignedAt = local(20, 9, 0);
    EXPECT_EQ(firstContactDueAt(o), local(27, 9, 0));
    o.assignedAt.reset();
    EXPECT_FALSE(firstContactDueAt(o));
}

TEST(TimeRangeText, ParsesAndRefusesTypos)
{
    EXPECT_EQ(TimeRange::parse("21:00-08:00")->toString(), "21:00-08:00");
    EXPECT_EQ(TimeRange::parse("22:00-24:00")->endMin, 0);
    for (const char* bad : {"", "12-14", "12:00", "12:00-12:00", "25:00-26:00", "12:60-13:00", "a2:00-13:00"})
        EXPECT_FALSE(TimeRange::parse(bad)) << bad;
}
