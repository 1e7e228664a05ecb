// A property's complaint classes and departments: its own lists from its record's extra
// JSON, the default set without them.

#include "patrolbook/loops/complaint_lists.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;

TEST(ComplaintLists, APropertyWithoutListsUsesTheDefaultSet)
{
    EXPECT_TRUE(listHas(complaintList("", "complaint_classes"), "noise"));
    EXPECT_TRUE(listHas(complaintList(R"({"x":1})", "departments"), "engineering"));
    EXPECT_FALSE(listHas(complaintList("", "departments"), "noise"));
    EXPECT_EQ(defaultComplaintClasses().size(), 10U);
    EXPECT_EQ(defaultDepartments().size(), 6U);
}

TEST(ComplaintLists, APropertysOwnListReplacesTheDefault)
{
    const auto extra = R"({"complaint_classes":[{"code":"pets","zh":"宠物","en":"Pets"}]})";
    const auto classes = complaintList(extra, "complaint_classes");
    ASSERT_EQ(classes.size(), 1U);
    EXPECT_EQ(classes[0].zh, "宠物");
    EXPECT_FALSE(listHas(classes, "noise"));
    EXPECT_TRUE(listHas(complaintList(extra, "departments"), "security")) << "departments stay the default";
}
