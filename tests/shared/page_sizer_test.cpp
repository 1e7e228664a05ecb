#include "patrolbook/sync/page_sizer.hpp"

#include <gtest/gtest.h>

using namespace patrolbook::sync;
using namespace std::chrono_literals;

TEST(PageSizer, PagesGrowToTheMaximumWhileTheyComeQuickly)
{
    PageSizer sizer;
    EXPECT_EQ(sizer.limit(), defaultPullLimit);
    sizer.fetched(20ms);
    EXPECT_EQ(sizer.limit(), 2 * defaultPullLimit);
    for (int i = 0; i < 10; ++i)
        sizer.fetched(20ms);
    EXPECT_EQ(sizer.limit(), maxPullLimit);
}

TEST(PageSizer, ASlowPageHalvesTheNextDownToTheSmallestAndAnOrdinaryOneKeepsIt)
{
    PageSizer sizer;
    sizer.fetched(1s);
    EXPECT_EQ(sizer.limit(), defaultPullLimit);
    sizer.fetched(5s);
    EXPECT_EQ(sizer.limit(), defaultPullLimit / 2);
    for (int i = 0; i < 10; ++i)
        sizer.fetched(5s);
    EXPECT_EQ(sizer.limit(), PageSizer::smallest);
    sizer.fetched(10ms);
    EXPECT_EQ(sizer.limit(), 2 * PageSizer::smallest);
}
