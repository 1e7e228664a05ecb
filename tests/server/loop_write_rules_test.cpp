// The write rules of the loops' records (sync/write_rules.cpp) called directly: who
// registers repair orders and complaints, who corrects what they were registered with, who
// takes a handover over, and the fields a step stamps with the one who takes it.

#include "sync/write_rules.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using namespace patrolbook::server;
using sync::Json;

namespace {

Principal staff(const std::string& id, StaffRole role)
{
    Principal p;
    p.accountId = id;
    p.username = id;
    p.role = role;
    p.propertyIds = {"p1"};
    return p;
}

const Principal patrol = staff("patrol-1", StaffRole::Patrol);
const Principal colleague = staff("patrol-2", StaffRole::Patrol);
const Principal specialist = staff("specialist-1", StaffRole::Specialist);
const Principal office = staff("office-1", StaffRole::Office);
const Principal manager = staff("manager-1", StaffRole::Manager);

std::optional<std::string> refusal(const Principal& who, const std::string& entity, const Json& after,
                                   const Json& before = Json::object(), bool deleting = false)
{
    return writeRefusal(who, entity, lookupIn(after), lookupIn(before), deleting);
}

bool mentions(const std::optional<std::string>& reason, const std::string& words)
{
    return reason && reason->find(words) != std::string::npos;
}

Json order(const std::string& status = "registered")
{
    return {{"property_id", "p1"}, {"description", "漏水"}, {"status", status}, {"registered_by", office.accountId}};
}

Json handover()
{
    return {{"property_id", "p1"},
            {"post", "前台"},
            {"summary", "无异常"},
            {"handed_by", patrol.accountId},
            {"status", "handed"}};
}

} // namespace

TEST(LoopWriteRules, RepairOrdersAndComplaintsAreRegisteredAtTheDeskNotOnPatrol)
{
    auto mine = [](const Principal& who) {
        auto r = order();
        r["registered_by"] = who.accountId;
        return r;
    };
    EXPECT_FALSE(refusal(office, "repair_order", mine(office)));
    EXPECT_FALSE(refusal(specialist, "repair_order", mine(specialist)));
    EXPECT_FALSE(refusal(manager, "repair_order", mine(manager)));
    EXPECT_TRUE(mentions(refusal(patrol, "repair_order", mine(patrol)), "registered by the front desk"));
    EXPECT_TRUE(mentions(refusal(specialist, "repair_order", order()), "registered_by"))
        << "registered in someone else's name";
}

TEST(LoopWriteRules, WhatAnOrderWasRegisteredWithIsItsRegistrarsOrAManagersToCorrect)
{
    auto dispatched = order("dispatched");
    dispatched["assignee_id"] = patrol.accountId;
    dispatched["dispatched_by"] = office.accountId;
    auto corrected = dispatched;
    corrected["description"] = "厨房和卫生间都漏水";
    EXPECT_FALSE(refusal(office, "repair_order", corrected, dispatched));
    EXPECT_FALSE(refusal(manager, "repair_order", corrected, dispatched));
    EXPECT_TRUE(mentions(refusal(patrol, "repair_order", corrected, dispatched), "'description'"));
    EXPECT_TRUE(mentions(refusal(specialist, "repair_order", corrected, dispatched), "'description'"));
    auto accepted = dispatched;
    accepted["status"] = "accepted";
    EXPECT_FALSE(refusal(patrol, "repair_order", accepted, dispatched)) << "its assignee takes its steps";
    EXPECT_TRUE(mentions(refusal(office, "repair_order", dispatched, dispatched, true), "only a manager"));
}

TEST(LoopWriteRules, WhoDispatchedAndWhoApprovedIsWhoeverPushedTheStep)
{
    auto dispatched = order("dispatched");
    dispatched["assignee_id"] = patrol.accountId;
    dispatched["dispatched_by"] = manager.accountId;
    EXPECT_TRUE(mentions(refusal(office, "repair_order", dispatched, order()), "dispatched_by"));
    dispatched["dispatched_by"] = office.accountId;
    EXPECT_FALSE(refusal(office, "repair_order", dispatched, order()));

    const Json proposed{{"property_id", "p1"},
                        {"status", "proposed"},
                        {"registered_by", office.accountId},
                        {"complaint_class", "cleaning"},
                        {"solution", "加班清运"}};
    auto approved = proposed;
    approved["status"] = "approved";
    approved["approved_by"] = office.accountId;
    EXPECT_TRUE(mentions(refusal(manager, "complaint", approved, proposed), "approved_by"));
    approved["approved_by"] = manager.accountId;
    EXPECT_FALSE(refusal(manager, "complaint", approved, proposed));
}

TEST(LoopWriteRules, AHandoverIsTakenOverByTheNextShiftWhoChangesOnlyTheReceipt)
{
    const auto handed = handover();
    EXPECT_FALSE(refusal(patrol, "handover", handed));
    auto received = handed;
    received.update({{"status", "received"}, {"received_by", colleague.accountId}, {"receive_note", "已接"}});
    EXPECT_FALSE(refusal(colleague, "handover", received, handed));
    auto own = received;
    own["received_by"] = patrol.accountId;
    EXPECT_TRUE(mentions(refusal(patrol, "handover", own, handed), "not the one who handed"));
    EXPECT_TRUE(mentions(refusal(specialist, "handover", received, handed), "received_by"));
    auto rewritten = received;
    rewritten["summary"] = "一切正常";
    EXPECT_TRUE(mentions(refusal(colleague, "handover", rewritten, handed), "'summary'"));

    auto named = handed;
    named["to_staff_id"] = specialist.accountId;
    auto byOther = named;
    byOther.update({{"status", "received"}, {"received_by", colleague.accountId}});
    EXPECT_TRUE(mentions(refusal(colleague, "handover", byOther, named), "named colleague"));
    auto byNamed = named;
    byNamed.update({{"status", "received"}, {"received_by", specialist.accountId}});
    EXPECT_FALSE(refusal(specialist, "handover", byNamed, named));

    auto edited = handed;
    edited["summary"] = "补充: 3号楼停水";
    EXPECT_FALSE(refusal(patrol, "handover", edited, handed));
    EXPECT_TRUE(mentions(refusal(colleague, "handover", edited, handed), "only the one who handed"));
    EXPECT_TRUE(mentions(refusal(patrol, "handover", received, received), "taken over already"));
}

TEST(LoopWriteRules, ALoopEventIsNeverADevicesToWrite)
{
    const auto placement = placementOf("loop_event");
    ASSERT_TRUE(placement);
    EXPECT_FALSE(placement->deviceWritable);
    EXPECT_TRUE(placement->ownProperty) << "it pulls to the loop's property";
}

// A published checklist revision never changes: only the server writes it, and every
// signed-in user pulls it, as the checklists it belongs to (docs/security.md).
TEST(LoopWriteRules, AChecklistRevisionIsNeverADevicesToWriteAndBelongsToNoProperty)
{
    const auto placement = placementOf("checklist_revision");
    ASSERT_TRUE(placement);
    EXPECT_FALSE(placement->deviceWritable);
    EXPECT_FALSE(placement->ownProperty);
}
