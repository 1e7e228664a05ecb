#include "patrolbook/timestamp.hpp"

#include <gtest/gtest.h>

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
