// A push judged in-process: SyncService and PushRun on a real server database (the demo
// estate, as `init --demo` makes it), with no HTTP and no server process. What is
// applied is stored at the next version; a replayed change id is answered, not applied
// again; the write rules refuse a change without stopping the others.

#include "inprocess_server.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "patrolbook/uuid.hpp"
#include "storage/record_repo.hpp"
#include "sync/push_run.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace patrolbook;
using namespace patrolbook::server;
using nlohmann::json;
using sync::ChangeStatus;

namespace {

class PushRunTest : public ::testing::Test {
protected:
    test::InProcessServer server;
    RecordRepo repo{server.pool.db()};

    static json change(const std::string& entity, const std::string& id, std::int64_t base, const json& fields,
                       const std::string& changeId = newUuid())
    {
        return {{"change_id", changeId}, {"entity", entity}, {"id", id}, {"base_version", base}, {"fields", fields}};
    }

    // The push as the sync handler hands it over: parsed from its body, then applied.
    std::vector<sync::ChangeResult> push(const std::string& username, const std::vector<json>& changes)
    {
        const json body{{"device_id", "t"}, {"changes", json(changes)}};
        return server.sync.push(server.principal(username), sync::parsePushRequest(body.dump()));
    }
    sync::ChangeResult pushOne(const std::string& username, const json& c) { return push(username, {c}).at(0); }

    // A new open follow-up made by `username` in their first property.
    json newFollowUp(const std::string& username, const std::string& description = "电梯按钮失灵")
    {
        const auto who = server.principal(username);
        return {{"property_id", who.propertyIds.at(0)}, {"source_entity", "manual"},
                {"description", description},           {"status", "open"},
                {"created_by", who.accountId},          {"created_at", "2026-11-27T10:00:00+08:00"}};
    }

    std::string storedDescription(const std::string& id)
    {
        const auto stored = repo.load("follow_up", id);
        return stored ? stored->state.fields.value("description", "") : "(not stored)";
    }
};

} // namespace

TEST_F(PushRunTest, ANewRecordIsAppliedAndStoredAtTheNextVersion)
{
    const auto before = repo.maxVersion();
    const std::string id = newUuid();
    const auto r = pushOne("patrol", change("follow_up", id, 0, newFollowUp("patrol")));
    ASSERT_EQ(r.status, ChangeStatus::Applied) << r.reason.value_or("");
    EXPECT_EQ(r.version, before + 1);
    EXPECT_EQ(repo.maxVersion(), before + 1);
    const auto stored = repo.load("follow_up", id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state.version, r.version);
    EXPECT_EQ(stored->state.fields.value("description", ""), "电梯按钮失灵");
    EXPECT_EQ(stored->propertyId, server.principal("patrol").propertyIds.at(0));
}

TEST_F(PushRunTest, AReplayedChangeIdIsAnsweredAsBeforeAndWritesNothing)
{
    // A device whose answer was lost sends the same change (same change id) again.
    const std::string id = newUuid();
    const auto first = change("follow_up", id, 0, newFollowUp("patrol"));
    const auto applied = pushOne("patrol", first);
    ASSERT_EQ(applied.status, ChangeStatus::Applied);
    const auto version = repo.maxVersion();

    const auto again = pushOne("patrol", first);
    EXPECT_EQ(again.status, ChangeStatus::Duplicate);
    EXPECT_EQ(again.version, applied.version) << "answered with the version it was applied at";
    EXPECT_EQ(repo.maxVersion(), version) << "nothing written the second time";

    // Even with other text under the same change id: the id, not the content, decides.
    auto edited = first;
    edited["fields"]["description"] = "something else";
    EXPECT_EQ(pushOne("patrol", edited).status, ChangeStatus::Duplicate);
    EXPECT_EQ(storedDescription(id), "电梯按钮失灵");
    EXPECT_EQ(repo.maxVersion(), version);
}

TEST_F(PushRunTest, TheSameChangeTwiceInOnePushIsAppliedOnce)
{
    const auto c = change("follow_up", newUuid(), 0, newFollowUp("patrol"));
    const auto before = repo.maxVersion();
    const auto results = push("patrol", {c, c});
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].status, ChangeStatus::Applied);
    EXPECT_EQ(results[1].status, ChangeStatus::Duplicate);
    EXPECT_EQ(results[1].version, results[0].version);
    EXPECT_EQ(repo.maxVersion(), before + 1);
}

TEST_F(PushRunTest, AWhoFieldNamingSomeoneElseIsRefusedAndTheRestOfThePushGoes)
{
    const auto manager = server.principal("manager");
    auto forged = newFollowUp("patrol");
    forged["created_by"] = manager.accountId; // the patrol officer says the manager made it
    const std::string forgedId = newUuid(), fineId = newUuid();
    const auto results = push(
        "patrol", {change("follow_up", forgedId, 0, forged), change("follow_up", fineId, 0, newFollowUp("patrol"))});
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].status, ChangeStatus::Rejected);
    EXPECT_NE(results[0].reason.value_or("").find("created_by"), std::string::npos) << results[0].reason.value_or("");
    EXPECT_FALSE(results[0].retry) << "only the user can fix it";
    EXPECT_FALSE(repo.load("follow_up", forgedId));
    EXPECT_EQ(results[1].status, ChangeStatus::Applied) << "one refusal does not block the others";
}

TEST_F(PushRunTest, AColleaguesWorkIsTheirsAndTheManagersButNobodyElses)
{
    const std::string id = newUuid();
    const auto made = pushOne("specialist", change("follow_up", id, 0, newFollowUp("specialist", "草坪有积水")));
    ASSERT_EQ(made.status, ChangeStatus::Applied) << made.reason.value_or("");
    const auto property = repo.load("follow_up", id)->propertyId.value_or("");
    if (!server.principal("patrol").hasProperty(property))
        GTEST_SKIP() << "the demo patrol officer does not share the specialist's property";

    const auto byPatrol = pushOne("patrol", change("follow_up", id, made.version, {{"description", "not mine"}}));
    EXPECT_EQ(byPatrol.status, ChangeStatus::Rejected);
    EXPECT_NE(byPatrol.reason.value_or("").find("colleague"), std::string::npos) << byPatrol.reason.value_or("");
    EXPECT_EQ(storedDescription(id), "草坪有积水");

    const auto byManager = pushOne("manager", change("follow_up", id, made.version, {{"description", "积水已排"}}));
    EXPECT_EQ(byManager.status, ChangeStatus::Applied) << byManager.reason.value_or("");
    EXPECT_EQ(storedDescription(id), "积水已排");
}

TEST_F(PushRunTest, AClosedFollowUpIsNoLongerItsMakersToChange)
{
    const std::string id = newUuid();
    const auto made = pushOne("patrol", change("follow_up", id, 0, newFollowUp("patrol")));
    ASSERT_EQ(made.status, ChangeStatus::Applied);
    const auto manager = server.principal("manager");
    const auto closed = pushOne(
        "manager",
        change(
            "follow_up", id, made.version,
            {{"status", "closed"}, {"verified_by", manager.accountId}, {"verified_at", "2026-11-28T10:00:00+08:00"}}));
    ASSERT_EQ(closed.status, ChangeStatus::Applied) << closed.reason.value_or("");

    const auto late = pushOne("patrol", change("follow_up", id, closed.version, {{"description", "more"}}));
    EXPECT_EQ(late.status, ChangeStatus::Rejected);
    EXPECT_NE(late.reason.value_or("").find("closed"), std::string::npos) << late.reason.value_or("");
}

TEST_F(PushRunTest, ARecordOfAPropertyNotTheirsIsRefused)
{
    const auto manager = server.principal("manager");
    const auto patrol = server.principal("patrol");
    std::string other;
    for (const auto& p : manager.propertyIds)
        if (!patrol.hasProperty(p))
            other = p;
    ASSERT_FALSE(other.empty()) << "the demo manager has a property the patrol officer has not";
    auto fields = newFollowUp("patrol");
    fields["property_id"] = other;
    const auto r = pushOne("patrol", change("follow_up", newUuid(), 0, fields));
    EXPECT_EQ(r.status, ChangeStatus::Rejected);
    EXPECT_NE(r.reason.value_or("").find("access"), std::string::npos) << r.reason.value_or("");
}

TEST_F(PushRunTest, ALineWhosePatrolIsNotOnTheServerYetIsToBeSentAgainNotRemembered)
{
    // Another device's patrol may reach the server after a line of it: "retry", and the
    // change id is not remembered, so the same change is judged afresh when it comes back.
    const auto c = change("inspection_item", newUuid(), 0,
                          {{"inspection_id", newUuid()}, {"item_code", "G-01"}, {"title", "门禁"}, {"result", "pass"}});
    const auto first = pushOne("patrol", c);
    EXPECT_EQ(first.status, ChangeStatus::Rejected);
    EXPECT_TRUE(first.retry);
    const auto again = pushOne("patrol", c);
    EXPECT_EQ(again.status, ChangeStatus::Rejected) << "judged again, not answered from a log";
    EXPECT_TRUE(again.retry);
}

TEST_F(PushRunTest, PushRunJudgesEachChangeInsideTheCallersTransaction)
{
    // PushRun itself, as SyncService drives it: one run over a push, inside a
    // transaction the caller commits (or, here, rolls back).
    const auto who = server.principal("patrol");
    auto request = sync::parsePushRequest(
        json{{"device_id", "t"}, {"changes", json::array({change("follow_up", newUuid(), 0, newFollowUp("patrol"))})}}
            .dump());
    const auto before = repo.maxVersion();
    {
        sqlite::Transaction tx(server.pool.db());
        HistoryRepo history(server.pool.db());
        PushRun run(repo, history, who, request.changes);
        const auto r = run.apply(request.changes[0]);
        EXPECT_EQ(r.status, ChangeStatus::Applied);
        EXPECT_EQ(r.version, before + 1);
        repo.flush();
    } // not committed
    EXPECT_EQ(repo.maxVersion(), before) << "nothing outlives the caller's rollback";
    EXPECT_FALSE(repo.load("follow_up", request.changes[0].id));
}
