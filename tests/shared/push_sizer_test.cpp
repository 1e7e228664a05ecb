#include "patrolbook/sync/push_sizer.hpp"

#include <gtest/gtest.h>

using namespace patrolbook::sync;
using namespace std::chrono_literals;

TEST(PushSizer, StartsAtWhatEveryServerTakesAndGrowsToTheMaximumWhileAnswersComeQuickly)
{
    PushSizer sizer;
    EXPECT_EQ(sizer.changes(), firstPushChanges);
    EXPECT_EQ(sizer.bodyBudget(), PushSizer::defaultBodyBudget);
    EXPECT_LT(sizer.bodyBudget(), maxPushBodyBytes);
    sizer.answered(sizer.changes(), 30ms);
    EXPECT_EQ(sizer.changes(), 2 * firstPushChanges);
    for (int i = 0; i < 10; ++i)
        sizer.answered(sizer.changes(), 30ms);
    EXPECT_EQ(sizer.changes(), maxChangesPerPush);
}

TEST(PushSizer, AShortBatchAnsweredQuicklySaysNothingAboutAFullOne)
{
    PushSizer sizer;
    sizer.answered(12, 5ms); // the outbox held 12
    EXPECT_EQ(sizer.changes(), firstPushChanges);
}

TEST(PushSizer, ASlowAnswerHalvesTheNextBatchDownToTheSmallestAndAnOrdinaryOneKeepsIt)
{
    PushSizer sizer;
    sizer.answered(sizer.changes(), 2s);
    EXPECT_EQ(sizer.changes(), firstPushChanges);
    sizer.answered(sizer.changes(), 8s);
    EXPECT_EQ(sizer.changes(), firstPushChanges / 2);
    for (int i = 0; i < 20; ++i)
        sizer.answered(sizer.changes(), 8s);
    EXPECT_EQ(sizer.changes(), PushSizer::smallest);
}

TEST(PushSizer, ARefusalHalvesChangesAndBytesDownToOneAndTheSizeRefusedIsNeverTriedAgain)
{
    PushSizer sizer;
    sizer.answered(sizer.changes(), 10ms);
    sizer.answered(sizer.changes(), 10ms);
    ASSERT_EQ(sizer.changes(), 2000u);
    sizer.refused(2000, 900'000); // a server that takes fewer
    EXPECT_EQ(sizer.changes(), 1000u);
    EXPECT_EQ(sizer.bodyBudget(), 450'000u);
    sizer.refused(1000, 450'000);
    EXPECT_EQ(sizer.changes(), 500u);
    for (int i = 0; i < 5; ++i)
        sizer.answered(sizer.changes(), 10ms);
    EXPECT_EQ(sizer.changes(), 500u);
    for (int i = 0; i < 20; ++i)
        sizer.refused(sizer.changes(), sizer.bodyBudget());
    EXPECT_EQ(sizer.changes(), 1u);
    EXPECT_EQ(sizer.bodyBudget(), 1u);
}

TEST(PushSizer, APushLeftWithoutAnAnswerHalvesTheNextDownToTheSmallest)
{
    PushSizer sizer;
    sizer.failed(sizer.changes());
    EXPECT_EQ(sizer.changes(), firstPushChanges / 2);
    sizer.failed(40); // a short batch lost: the next is no larger than half of it
    EXPECT_EQ(sizer.changes(), PushSizer::smallest);
    sizer.answered(sizer.changes(), 10ms);
    EXPECT_EQ(sizer.changes(), 2 * PushSizer::smallest);
}

TEST(PushSizer, ARefusalOfAPushMadeBeforeTheLastRefusalChangesNothing)
{
    PushSizer sizer;
    sizer.answered(sizer.changes(), 10ms);
    sizer.answered(sizer.changes(), 10ms);
    ASSERT_EQ(sizer.changes(), 2000u);
    // Two pushes of 2,000 were on the wire; both are refused.
    sizer.refused(2000, 900'000);
    sizer.refused(2000, 900'000);
    EXPECT_EQ(sizer.changes(), 1000u);
    EXPECT_EQ(sizer.bodyBudget(), 450'000u);
    // A short push (the outbox ran low) refused at the present size still counts.
    sizer.refused(600, 400'000);
    EXPECT_EQ(sizer.changes(), 300u);
    EXPECT_EQ(sizer.bodyBudget(), 200'000u);
}
