#include "patrolbook/timestamp.hpp"

#include <gtest/gtest.h>

#include <utility>

using patrolbook::Timestamp;

TEST(Timestamp, ParsesOffsetsAndFractions)
{
    const auto t = Timestamp::parse("2026-11-27T10:00:00+08:00");
    ASSERT_TRUE(t);
    EXPECT_EQ(t->offsetMin, 480);
    EXPECT_EQ(*t, Timestamp::parse("2026-11-27T02:00:00Z")->atOffset(480));
    EXPECT_EQ(Timestamp::parse("2026-11-27T02:00:00.250Z")->utcMs - Timestamp::parse("2026-11-27T02:00:00Z")->utcMs,
              250);
    EXPECT_EQ(Timestamp::parse("2026-11-26T21:30:00-04:30")->utcMs, t->utcMs);
}

TEST(Timestamp, FormatsAndReparsesTheSameInstantAndOffset)
{
    for (const char* text : {"2026-11-27T10:00:00.000+08:00", "1969-12-31T23:59:59.999Z",
                             "2024-02-29T00:00:00.001-09:30", "2026-01-01T00:00:00.000+14:00"}) {
        const auto t = Timestamp::parse(text);
        ASSERT_TRUE(t) << text;
        EXPECT_EQ(t->toIso(), text);
    }
}

TEST(Timestamp, FormatsEdgeDatesAndOffsetsAsPrintfWould)
{
    // Years and offsets outside the usual four and two digits are written as snprintf's
    // "%04d" and "%02d" write them: wider, or with the sign.
    const std::pair<Timestamp, const char*> cases[] = {
        {Timestamp::fromUtcMs(0), "1970-01-01T00:00:00.000Z"},
        {Timestamp::fromUtcMs(-1, -30), "1969-12-31T23:29:59.999-00:30"},
        {Timestamp::fromLocal(0, 1, 1, 0, 0, 0, 0), "0000-01-01T00:00:00.000Z"},
        {Timestamp::fromLocal(0, 2, 29, 12, 0, 0, -59), "0000-02-29T12:00:00.000-00:59"},
        {Timestamp::fromLocal(9999, 12, 31, 23, 59, 59, 840), "9999-12-31T23:59:59.000+14:00"},
        {Timestamp::fromLocal(2000, 2, 29, 7, 5, 9, 330), "2000-02-29T07:05:09.000+05:30"},
        {Timestamp::fromLocal(2100, 3, 1, 0, 0, 0, -720), "2100-03-01T00:00:00.000-12:00"},
        {Timestamp::fromLocal(1900, 2, 28, 23, 59, 59, 0), "1900-02-28T23:59:59.000Z"},
        {Timestamp::fromLocal(-1, 12, 31, 0, 0, 0, 0), "-001-12-31T00:00:00.000Z"},
        {Timestamp::fromLocal(-2000, 3, 1, 1, 2, 3, 60), "-2000-03-01T01:02:03.000+01:00"},
        {Timestamp::fromLocal(10000, 1, 1, 0, 0, 0, 0), "10000-01-01T00:00:00.000Z"},
        {Timestamp::fromLocal(2026, 11, 27, 10, 0, 0, 6000), "2026-11-27T10:00:00.000+100:00"},
        {Timestamp::fromLocal(2026, 11, 27, 10, 0, 0, -5999), "2026-11-27T10:00:00.000-99:59"},
    };
    for (const auto& [t, text] : cases)
        EXPECT_EQ(t.toIso(), text);
    std::string out = "x";
    Timestamp::fromUtcMs(999).appendIso(out);
    EXPECT_EQ(out, "x1970-01-01T00:00:00.999Z");
}

TEST(Timestamp, EveryDayOfFourHundredYearsFormatsAndReparses)
{
    // A whole Gregorian cycle and then some, at an odd time of day and both offset signs.
    const auto first = Timestamp::fromLocal(1899, 12, 30, 0, 0, 0, 0).utcMs;
    for (std::int64_t day = 0; day < 146'097 + 800; ++day) {
        const Timestamp t{first + day * 86'400'000 + 45'296'789, day % 2 == 0 ? 345 : -210};
        const auto text = t.toIso();
        const auto back = Timestamp::parse(text);
        ASSERT_TRUE(back) << text;
        ASSERT_EQ(*back, t) << text;
    }
}

TEST(Timestamp, RejectsWhatIsNotAnIsoTimeWithAZone)
{
    for (const char* text :
         {"", "2026-11-27", "2026-11-27T10:00:00", "2026-11-27T10:00:00+8", "2026-02-30T10:00:00Z",
          "2026-11-27T25:00:00Z", "2026-11-27T10:00:00+15:00", "2026-11-27T10:00:00Zjunk", "yesterday"})
        EXPECT_FALSE(Timestamp::parse(text)) << text;
}

TEST(Timestamp, OrdersByInstantWhateverTheOffset)
{
    const auto shanghai = *Timestamp::parse("2026-11-27T10:00:00+08:00");
    const auto london = *Timestamp::parse("2026-11-27T02:30:00Z");
    EXPECT_LT(shanghai, london);
    EXPECT_EQ(shanghai <=> shanghai.atOffset(0), std::weak_ordering::equivalent);
}

TEST(Timestamp, MinuteOfDayAtAnOffsetCrossesMidnight)
{
    const auto t = *Timestamp::parse("2026-11-27T23:30:00Z");
    EXPECT_EQ(t.minuteOfDay(0), 23 * 60 + 30);
    EXPECT_EQ(t.minuteOfDay(480), 7 * 60 + 30);
    EXPECT_EQ(t.minuteOfDay(-600), 13 * 60 + 30);
    EXPECT_EQ(Timestamp::fromUtcMs(-1).minuteOfDay(0), 1439);
}
