#include "patrolbook/uuid.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace patrolbook;

TEST(Uuid, NewIdsAreVersion7AndDistinct)
{
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const auto id = newUuid();
        ASSERT_TRUE(isUuid(id)) << id;
        EXPECT_EQ(id[14], '7') << id;
        EXPECT_TRUE(seen.insert(id).second) << id;
    }
}

TEST(Uuid, OnlyThe36CharacterHexFormWithDashesIsAnId)
{
    EXPECT_TRUE(isUuid("0190b5f2-7d7c-7a1e-9c3a-2f1e5d6c7b8a"));
    EXPECT_TRUE(isUuid("0190B5F2-7D7C-7A1E-9C3A-2F1E5D6C7B8A"));
    for (const char* bad : {"", "0190b5f2-7d7c-7a1e-9c3a-2f1e5d6c7b8", "0190b5f2-7d7c-7a1e-9c3a-2f1e5d6c7b8aa",
                            "0190b5f2x7d7c-7a1e-9c3a-2f1e5d6c7b8a", "0190b5f2-7d7c-7a1e-9c3a-2f1e5d6c7b8g",
                            "g190b5f2-7d7c-7a1e-9c3a-2f1e5d6c7b8a", "0190b5f2-7d7c-7a1e-9c3a2-f1e5d6c7b8a",
                            "0190b5f2-7d7c-7a1e-9c3a-2f1e5d6c7b8\xff", "0190b5f2 7d7c 7a1e 9c3a 2f1e5d6c7b8a"})
        EXPECT_FALSE(isUuid(bad)) << bad;
}
