// Calendar days as the date fields type them, checked and counted without a JavaScript
// Date (which would carry the phone's zone).
#include "dates.hpp"
#include "model_fixture.hpp"
#include "record_list_model.hpp"

#include <gtest/gtest.h>

TEST(DatesTest, OnlyARealDayWrittenInFullIsADate)
{
    const Dates dates;
    EXPECT_TRUE(dates.isDate("2028-02-29"));
    EXPECT_FALSE(dates.isDate("2026-02-29")) << "not a leap year";
    EXPECT_FALSE(dates.isDate("2026-13-01"));
    EXPECT_FALSE(dates.isDate("2026-1-7")) << "the field keeps what it shows: ten characters";
    EXPECT_FALSE(dates.isDate(""));
    EXPECT_FALSE(dates.isDate("31.05.2024"));
}

TEST(DatesTest, QuickPicksCountCalendarDaysFromTheDayGiven)
{
    const Dates dates;
    EXPECT_EQ(dates.addDays("2026-12-31", 1), "2027-01-01");
    EXPECT_EQ(dates.addDays("2026-03-28", 3), "2026-03-31");
    EXPECT_EQ(dates.addDays("2028-02-28", 1), "2028-02-29");
    EXPECT_EQ(dates.addDays("", 0), QDate::currentDate().toString("yyyy-MM-dd")) << "the phone's today";
}

TEST_F(ModelTest, TheRecordsListTakesItsDateBoundsAsTypedDays)
{
    RecordListModel model(&session());
    model.setFromDay("2026-11-02");
    EXPECT_EQ(model.fromDate(), QDate(2026, 11, 2));
    EXPECT_EQ(model.fromDay(), "2026-11-02");
    model.setToDay("2026-11-31");
    EXPECT_FALSE(model.toDate().isValid()) << "no such day: no bound";
    EXPECT_EQ(model.toDay(), "");
    model.setFromDay("");
    EXPECT_FALSE(model.fromDate().isValid());
}
