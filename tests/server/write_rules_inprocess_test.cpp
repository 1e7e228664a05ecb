// The write rules (sync/write_rules.cpp) called directly, without a push or a server:
// where each entity belongs, who-fields, whose work a record is, property access and the
// role rules. write_rules_test.cpp checks the same rules end to end over HTTP.

#include "sync/write_rules.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using namespace patrolbook::server;
using sync::Json;

namespace {

Principal staff(const std::string& id, StaffRole role, std::vector<std::string> properties = {"p1"})
{
    Principal p;
    p.accountId = id;
    p.username = id;
    p.role = role;
    p.propertyIds = std::move(properties);
    return p;
}

const Principal patrol = staff("patrol-1", StaffRole::Patrol);
const Principal colleague = staff("patrol-2", StaffRole::Patrol);
const Principal office = staff("office-1", StaffRole::Office);
const Principal manager = staff("manager-1", StaffRole::Manager, {"p1", "p2"});

// writeRefusal over Json field sets: the record after the change, and before it (null
// for a new record).
std::optional<std::string> refusal(const Principal& who, const std::string& entity, const Json& after,
                                   const Json& before = Json::object(), bool deleting = false)
{
    return writeRefusal(who, entity, lookupIn(after), lookupIn(before), deleting);
}

bool mentions(const std::optional<std::string>& reason, const std::string& words)
{
    return reason && reason->find(words) != std::string::npos;
}

} // namespace

TEST(WriteRulesInProcess, EachEntityKnowsWhereItBelongsAndWhetherADeviceWritesIt)
{
    EXPECT_TRUE(placementOf("follow_up")->ownProperty);
    EXPECT_TRUE(placementOf("follow_up")->deviceWritable);
    const auto item = placementOf("inspection_item");
    ASSERT_TRUE(item);
    const auto parent = parentOf(*item, Json{{"inspection_id", "i-1"}});
    ASSERT_TRUE(parent);
    EXPECT_EQ(parent->entity, "inspection");
    EXPECT_EQ(parent->id, "i-1");
    const auto photo = parentOf(*placementOf("photo"), Json{{"record_entity", "owner_visit"}, {"record_id", "v-1"}});
    ASSERT_TRUE(photo);
    EXPECT_EQ(photo->entity, "owner_visit") << "a photo's parent entity is one of its fields";
    for (const char* reference : {"owner", "unit", "building", "property", "staff", "checklist"})
        EXPECT_FALSE(placementOf(reference)->deviceWritable) << reference;
    EXPECT_FALSE(placementOf("invoice")) << "an entity this server does not know";
}

TEST(WriteRulesInProcess, ANewRecordNamesItsMakerAndNobodyChangesTheMakerLater)
{
    const Json mine{{"created_by", patrol.accountId}, {"status", "open"}};
    EXPECT_FALSE(refusal(patrol, "follow_up", mine));
    EXPECT_TRUE(mentions(refusal(patrol, "follow_up", Json{{"created_by", colleague.accountId}}), "created_by"));
    EXPECT_TRUE(mentions(refusal(patrol, "inspection", Json{{"inspector_id", colleague.accountId}}), "inspector_id"));
    EXPECT_TRUE(mentions(refusal(manager, "inspection", Json{{"inspector_id", patrol.accountId}}), "inspector_id"))
        << "a patrol is the officer's own, even for a manager";
    EXPECT_TRUE(
        mentions(refusal(manager, "follow_up", Json{{"created_by", manager.accountId}}, mine), "cannot be changed"));
}

TEST(WriteRulesInProcess, ManagersAndTheFrontDeskAssignVisitsToTheTeam)
{
    const Json assigned{{"staff_id", patrol.accountId}};
    EXPECT_FALSE(refusal(manager, "owner_visit", assigned));
    EXPECT_FALSE(refusal(office, "owner_visit", assigned));
    EXPECT_TRUE(mentions(refusal(colleague, "owner_visit", assigned), "staff_id"));
    EXPECT_FALSE(refusal(manager, "owner_visit", Json{{"staff_id", colleague.accountId}}, assigned)) << "reassigned";
}

TEST(WriteRulesInProcess, OnlyAManagerClosesOrDeletesAFollowUpAndTheCloserIsTheVerifier)
{
    const Json open{{"created_by", patrol.accountId}, {"status", "open"}};
    Json closed = open;
    closed["status"] = "closed";
    closed["verified_by"] = manager.accountId;
    EXPECT_FALSE(refusal(manager, "follow_up", closed, open));
    auto byPatrol = closed;
    byPatrol["verified_by"] = patrol.accountId;
    EXPECT_TRUE(mentions(refusal(patrol, "follow_up", byPatrol, open), "only a manager can close"));
    auto namesAnother = closed;
    namesAnother["verified_by"] = patrol.accountId;
    EXPECT_TRUE(mentions(refusal(manager, "follow_up", namesAnother, open), "verified_by"));
    EXPECT_TRUE(mentions(refusal(patrol, "follow_up", open, open, true), "only a manager can delete"));
    EXPECT_FALSE(refusal(manager, "follow_up", open, open, true));
}

TEST(WriteRulesInProcess, TheFrontDeskWritesFollowUpsVisitsAndTheirPhotosOnly)
{
    EXPECT_TRUE(mentions(refusal(office, "inspection", Json{{"inspector_id", office.accountId}}), "front-desk"));
    EXPECT_TRUE(mentions(refusal(office, "photo", Json{{"record_entity", "inspection_item"}}), "front-desk"));
    EXPECT_FALSE(refusal(office, "photo", Json{{"record_entity", "follow_up"}}));
    EXPECT_TRUE(mentions(refusal(patrol, "area", Json{{"name", "B"}}, Json{{"name", "A"}}), "only a manager"));
    EXPECT_FALSE(refusal(manager, "area", Json{{"name", "B"}}, Json{{"name", "A"}}));
}

TEST(WriteRulesInProcess, APhotosHashIsItsIdentity)
{
    const Json before{{"sha256", std::string(64, 'a')}};
    EXPECT_TRUE(mentions(refusal(manager, "photo", Json{{"sha256", std::string(64, 'b')}}, before), "sha256"));
    EXPECT_FALSE(refusal(manager, "photo", Json{{"sha256", std::string(64, 'a')}, {"caption", "x"}}, before));
}

TEST(WriteRulesInProcess, WorkIsItsMakersItsAssigneesAndTheManagersUntilClosed)
{
    const auto open = ownershipIn("follow_up",
                                  lookupIn(Json{
                                      {"created_by", patrol.accountId},
                                      {"assignee_id", colleague.accountId},
                                      {"status", "in_progress"},
                                  }));
    ASSERT_TRUE(open);
    EXPECT_EQ(open->owners, (std::vector<std::string>{patrol.accountId, colleague.accountId}));
    EXPECT_FALSE(open->closed);
    EXPECT_FALSE(ownershipRefusal(patrol, *open));
    EXPECT_FALSE(ownershipRefusal(colleague, *open)) << "the assignee";
    EXPECT_TRUE(mentions(ownershipRefusal(staff("patrol-3", StaffRole::Patrol), *open), "colleague"));
    EXPECT_FALSE(ownershipRefusal(office, *open)) << "the front desk dispatches follow-ups";

    const auto finished
        = ownershipIn("inspection", lookupIn(Json{{"inspector_id", patrol.accountId}, {"status", "finished"}}));
    ASSERT_TRUE(finished);
    EXPECT_TRUE(finished->closed);
    EXPECT_TRUE(mentions(ownershipRefusal(patrol, *finished), "finished"));
    EXPECT_FALSE(ownershipRefusal(manager, *finished));
    EXPECT_FALSE(ownershipIn("inspection_item", lookupIn(Json::object()))) << "a line is its patrol's";
}

TEST(WriteRulesInProcess, NobodyMovesARecordIntoOrOutOfAPropertyNotTheirs)
{
    EXPECT_FALSE(accessRefusal(patrol, std::nullopt, std::string{"p1"}));
    EXPECT_TRUE(mentions(accessRefusal(patrol, std::nullopt, std::string{"p2"}), "access"));
    EXPECT_TRUE(mentions(accessRefusal(patrol, std::string{"p2"}, std::string{"p1"}), "access")) << "out of p2";
    EXPECT_FALSE(accessRefusal(manager, std::string{"p2"}, std::string{"p1"}));
    EXPECT_TRUE(mentions(accessRefusal(patrol, std::nullopt, std::string{}), "no property_id"));
    EXPECT_FALSE(accessRefusal(patrol, std::nullopt, std::nullopt)) << "a record of no property is judged elsewhere";
}
