// The return visits the server plans by rule (docs/domain.md, "Return visits"), on a
// real server process: after a repair or a complaint, a new owner's first contact, a
// member's coverage visit, and the rest-hours flag on a visit done at the wrong time.

#include "api_client.hpp"
#include "patrolbook/loops/complaint_flow.hpp"
#include "patrolbook/loops/repair_flow.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/visit_rules.hpp"
#include "server_process.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <csignal>

using namespace patrolbook;
using nlohmann::json;

namespace {

struct Row {
    std::vector<std::string> cells;
};

std::vector<Row> query(const test::ServerProcess& server, const std::string& sql)
{
    sqlite::Database db(server.dataDir() / "server.db");
    sqlite::Statement st(db, sql);
    std::vector<Row> out;
    while (st.step()) {
        Row r;
        for (int i = 0; i < st.columnCount(); ++i)
            r.cells.push_back(st.isNull(i) ? std::string{} : st.getString(i));
        out.push_back(std::move(r));
    }
    return out;
}

void exec(const test::ServerProcess& server, const std::string& sql)
{
    sqlite::Database db(server.dataDir() / "server.db");
    db.exec(sql);
}

// A demo owner whose specialist has a demo account, with the owner's property (the
// manager has both).
struct OwnerAt {
    Owner owner;
    Property property;
};

OwnerAt ownerWithSpecialist(const test::ServerProcess& server)
{
    const auto rows = query(server,
                            "SELECT o.id, o.fields, p.id, p.fields FROM record o JOIN record p "
                            "ON p.entity = 'property' AND p.id = o.property_id "
                            "WHERE o.entity = 'owner' AND json_extract(o.fields, '$.assigned_staff_id') "
                            "IN (SELECT id FROM account) ORDER BY o.version LIMIT 1");
    if (rows.empty())
        throw std::runtime_error("the demo estate has no owner with a specialist");
    const auto& c = rows.front().cells;
    return {fromFields<Owner>(c[0], 1, false, json::parse(c[1])),
            fromFields<Property>(c[2], 1, false, json::parse(c[3]))};
}

// Pushes one change of a record as the signed-in user; returns its result.
template <Record T>
json push(test::ApiClient& api, const T& r, std::int64_t baseVersion, const std::string& changeId = newUuid())
{
    const json body{{"device_id", "test"},
                    {"changes",
                     json::array({{{"change_id", changeId},
                                   {"entity", std::string{Schema<T>::entity}},
                                   {"id", r.id},
                                   {"base_version", baseVersion},
                                   {"fields", fieldsToJson(r)},
                                   {"deleted", false}}})}};
    const auto answer = api.json("POST", "/api/v1/sync/push", body);
    return answer.at("results").at(0);
}

// The manager takes a repair order for the owner from registration to done, each step
// through the shared flow and pushed; the last step's change id is `finishChange`.
RepairOrder finishedRepair(test::ApiClient& api, const std::string& managerId, const Owner& owner,
                           const Timestamp& doneAt, const std::string& finishChange)
{
    RepairOrder r;
    r.id = newUuid();
    r.propertyId = owner.propertyId;
    r.unitId = owner.unitId;
    r.ownerId = owner.id;
    r.description = "卫生间地漏堵塞";
    r.registeredBy = managerId;
    r.registeredAt = doneAt.plusMinutes(-180);
    auto version = push(api, r, 0).at("version").get<std::int64_t>();
    const auto step = [&](std::string_view action, const Timestamp& at, const std::string& change = newUuid()) {
        r = RepairFlow::apply(r, action, managerId, StaffRole::Manager, at);
        const auto result = push(api, r, version, change);
        EXPECT_EQ(result.at("status"), "applied") << action << ": " << result.dump();
        version = result.at("version").get<std::int64_t>();
    };
    r.assigneeId = managerId;
    step("dispatch", doneAt.plusMinutes(-150));
    step("accept", doneAt.plusMinutes(-120));
    r.afterPhotoIds = {newUuid()};
    r.signaturePhotoId = newUuid();
    step("finish", doneAt, finishChange);
    return r;
}

std::string managerId(const test::ServerProcess& server)
{
    return query(server, "SELECT id FROM account WHERE username = 'manager'").at(0).cells.at(0);
}

std::vector<Row> visitsFollowing(const test::ServerProcess& server, const std::string& loopId)
{
    return query(server,
                 "SELECT id, version, fields FROM record WHERE entity = 'owner_visit' AND "
                 "json_extract(fields, '$.service_ref') = '"
                     + loopId + "'");
}

} // namespace

TEST(ReturnVisits, ARepairDoneGetsOneReturnVisitAcrossRetriesAndTwoServerRestarts)
{
    test::ServerProcess server;
    const auto [owner, property] = ownerWithSpecialist(server);
    test::ApiClient api(server.url());
    api.login("manager");
    const auto me = managerId(server);
    const auto doneAt = Timestamp::now(static_cast<std::int32_t>(property.utcOffsetMin)).plusMinutes(-60);
    const auto finish = newUuid();
    const auto repair = finishedRepair(api, me, owner, doneAt, finish);
    ASSERT_EQ(visitsFollowing(server, repair.id).size(), 1u);
    const auto first = visitsFollowing(server, repair.id).front().cells;

    // The finish sent again (its answer lost), then the server killed and restarted twice,
    // with the rules run again by the CLI in between: still the one visit, unchanged.
    EXPECT_EQ(push(api, repair, 0, finish).at("status"), "duplicate");
    for (int restart = 0; restart < 2; ++restart) {
        server.kill(SIGKILL);
        server.wait();
        ASSERT_EQ(server.runCommand("visits plan --data-dir " + server.dataDir().string()), 0);
        server.start();
        api.login("manager");
        EXPECT_EQ(push(api, repair, 0, finish).at("status"), "duplicate");
    }
    const auto after = visitsFollowing(server, repair.id);
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after.front().cells, first);

    // The owner's specialist pulls it.
    test::TempDir dir;
    test::Device specialist(dir.file("specialist.db"), server.url());
    const auto specialistName
        = query(server, "SELECT username FROM account WHERE id = '" + *owner.assignedStaffId + "'");
    ASSERT_EQ(specialistName.size(), 1u);
    specialist.engine->signIn(specialistName.front().cells.at(0), "demo");
    specialist.engine->pull();
    const auto pulled = specialist.store->records().get<OwnerVisit>(first.at(0));
    ASSERT_TRUE(pulled);
    EXPECT_EQ(pulled->staffId, *owner.assignedStaffId);
    EXPECT_EQ(pulled->rule, VisitRule::AfterService);
    EXPECT_EQ(pulled->purpose, VisitPurpose::AfterRepair);
    EXPECT_EQ(pulled->serviceKind, ServiceKind::Repair);
    EXPECT_EQ(pulled->serviceRef, repair.id);
}

TEST(ReturnVisits, AReturnVisitIsDueThreeDaysAfterTheRepairAndPlannedAfterTheRestHours)
{
    test::ServerProcess server;
    const auto [owner, property] = ownerWithSpecialist(server);
    const auto rest = RestHours::forProperty(property);
    ASSERT_FALSE(rest.ranges().empty());
    test::ApiClient api(server.url());
    api.login("manager");
    // Done half an hour into the owners' first rest range, yesterday.
    const auto offset = static_cast<std::int32_t>(property.utcOffsetMin);
    const auto today = Timestamp::now(offset).atOffset(offset).toIso();
    const auto midnight = Timestamp::fromLocal(std::stoi(today.substr(0, 4)), std::stoul(today.substr(5, 2)),
                                               std::stoul(today.substr(8, 2)), 0, 0, 0, offset)
                              .plusMinutes(-24 * 60);
    const auto range = rest.ranges().front();
    const auto doneAt = midnight.plusMinutes(range.startMin + 30);
    ASSERT_TRUE(rest.contains(doneAt));
    const auto repair = finishedRepair(api, managerId(server), owner, doneAt, newUuid());

    const auto rows = visitsFollowing(server, repair.id);
    ASSERT_EQ(rows.size(), 1u);
    const auto visit = fromFields<OwnerVisit>(rows[0].cells[0], 1, false, json::parse(rows[0].cells[2]));
    EXPECT_EQ(visit.status, VisitStatus::Planned);
    EXPECT_EQ(visit.serviceCompletedAt, doneAt);
    EXPECT_EQ(visitDueAt(visit), doneAt.plusMinutes(3 * 24 * 60));
    ASSERT_TRUE(visit.plannedAt);
    EXPECT_GE(*visit.plannedAt, doneAt);
    EXPECT_FALSE(rest.contains(*visit.plannedAt)) << visit.plannedAt->toIso();
    const int minute = visit.plannedAt->minuteOfDay(offset);
    EXPECT_GE(minute, 9 * 60) << visit.plannedAt->toIso();
    EXPECT_LT(minute, 18 * 60) << visit.plannedAt->toIso();
    // The first such time: a minute earlier is in the rest hours or outside working hours.
    const auto before = visit.plannedAt->plusMinutes(-1);
    EXPECT_TRUE(rest.contains(before) || before.minuteOfDay(offset) < 9 * 60 || before < doneAt)
        << visit.plannedAt->toIso();
    EXPECT_EQ(visit.staffId, *owner.assignedStaffId);
    EXPECT_EQ(query(server, "SELECT created_account FROM record WHERE id = '" + visit.id + "'").at(0).cells.at(0),
              "system");
}

TEST(ReturnVisits, AComplaintCarriedOutGetsItsReturnVisitAfterTheComplaint)
{
    test::ServerProcess server;
    const auto [owner, property] = ownerWithSpecialist(server);
    test::ApiClient api(server.url());
    api.login("manager");
    const auto me = managerId(server);
    const auto at = Timestamp::now(static_cast<std::int32_t>(property.utcOffsetMin)).plusMinutes(-300);
    Complaint c;
    c.id = newUuid();
    c.propertyId = owner.propertyId;
    c.unitId = owner.unitId;
    c.ownerId = owner.id;
    c.complainant = owner.name;
    c.receivedAt = at;
    c.content = "楼上夜间装修噪音";
    c.complaintClass = "noise";
    c.registeredBy = me;
    auto version = push(api, c, 0).at("version").get<std::int64_t>();
    int minutes = 0;
    for (const auto* action : {"accept", "investigate", "propose", "approve", "carry_out"}) {
        if (std::string_view{action} == "investigate") {
            c.cause = "装修队违规夜间施工";
            c.department = "engineering";
        } else if (std::string_view{action} == "propose") {
            c.solution = "约谈装修队，限定施工时间";
        } else if (std::string_view{action} == "carry_out") {
            c.consent = OwnerConsent::Verbal;
        }
        c = ComplaintFlow::apply(c, action, me, StaffRole::Manager, at.plusMinutes(minutes += 30));
        const auto result = push(api, c, version);
        ASSERT_EQ(result.at("status"), "applied") << action << ": " << result.dump();
        version = result.at("version").get<std::int64_t>();
        // No visit until the complaint is carried out.
        EXPECT_EQ(visitsFollowing(server, c.id).size(), std::string_view{action} == "carry_out" ? 1u : 0u) << action;
    }
    const auto rows = visitsFollowing(server, c.id);
    ASSERT_EQ(rows.size(), 1u);
    const auto visit = fromFields<OwnerVisit>(rows[0].cells[0], 1, false, json::parse(rows[0].cells[2]));
    EXPECT_EQ(visit.purpose, VisitPurpose::AfterComplaint);
    EXPECT_EQ(visit.serviceKind, ServiceKind::Complaint);
    EXPECT_EQ(visit.serviceCompletedAt, c.stepAt);
    EXPECT_EQ(visit.staffId, *owner.assignedStaffId);
}

TEST(ReturnVisits, TheCliPlansANewOwnersFirstContactAndAMembersCoverageVisitOncePerMonth)
{
    test::ServerProcess server;
    server.kill(SIGTERM);
    server.wait();
    const auto [someone, property] = ownerWithSpecialist(server);
    const auto specialist = *someone.assignedStaffId;
    const auto offset = static_cast<std::int32_t>(property.utcOffsetMin);
    const auto now = Timestamp::fromLocal(2027, 3, 10, 7, 15, 0, offset); // before working hours
    const auto add = [&](const Owner& o) {
        exec(server,
             "INSERT INTO record (entity, id, version, property_id, deleted, needs_review, fields, "
             "field_versions) VALUES ('owner', '"
                 + o.id + "', (SELECT max(version) + 1 FROM record), '" + o.propertyId + "', 0, 0, json('"
                 + fieldsToJson(o).dump() + "'), '')");
    };
    Owner fresh = someone;
    fresh.id = newUuid();
    fresh.name = "新业主";
    fresh.member = false;
    fresh.assignedAt = now.plusMinutes(-24 * 60);
    add(fresh);
    Owner member = someone;
    member.id = newUuid();
    member.name = "会员业主";
    member.member = true;
    member.assignedAt = now.plusMinutes(-200 * 24 * 60);
    add(member);
    const auto plan = [&](const Timestamp& at) {
        return server.runCommand("visits plan --data-dir " + server.dataDir().string() + " --now " + at.toIso());
    };
    const auto visitsOf = [&](const Owner& o) {
        std::vector<OwnerVisit> out;
        for (const auto& r : query(server,
                                   "SELECT id, fields FROM record WHERE entity = 'owner_visit' AND "
                                   "json_extract(fields, '$.owner_id') = '"
                                       + o.id + "' ORDER BY version"))
            out.push_back(fromFields<OwnerVisit>(r.cells[0], 1, false, json::parse(r.cells[1])));
        return out;
    };

    ASSERT_EQ(plan(now), 0);
    ASSERT_EQ(plan(now.plusMinutes(60)), 0); // run again: nothing new
    const auto first = visitsOf(fresh);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].rule, VisitRule::NewOwner);
    EXPECT_EQ(first[0].purpose, VisitPurpose::NewOwner);
    EXPECT_EQ(first[0].staffId, specialist);
    ASSERT_TRUE(first[0].plannedAt);
    EXPECT_LE(*first[0].plannedAt, *firstContactDueAt(fresh));
    EXPECT_EQ(first[0].plannedAt->minuteOfDay(offset), 9 * 60); // the working day's start
    const auto coverage = visitsOf(member);
    ASSERT_EQ(coverage.size(), 1u);
    EXPECT_EQ(coverage[0].rule, VisitRule::Coverage);
    EXPECT_EQ(coverage[0].purpose, VisitPurpose::Satisfaction);
    EXPECT_EQ(coverage[0].staffId, specialist);

    // Next month the member is due again; the new owner, with a visit, is not new any more.
    ASSERT_EQ(plan(Timestamp::fromLocal(2027, 4, 2, 10, 0, 0, offset)), 0);
    ASSERT_EQ(plan(Timestamp::fromLocal(2027, 4, 3, 10, 0, 0, offset)), 0);
    EXPECT_EQ(visitsOf(member).size(), 2u);
    EXPECT_EQ(visitsOf(fresh).size(), 1u);

    EXPECT_EQ(server.runCommand("visits plan --data-dir " + server.dataDir().string() + " --now tomorrow"), 2);
}

TEST(ReturnVisits, AVisitDoneInRestHoursIsAcceptedFlaggedAndPulledWithTheFlag)
{
    test::ServerProcess server;
    const auto [owner, property] = ownerWithSpecialist(server);
    const auto rest = RestHours::forProperty(property);
    const auto username = query(server, "SELECT username FROM account WHERE id = '" + *owner.assignedStaffId + "'");
    ASSERT_EQ(username.size(), 1u);
    test::TempDir dir;
    test::Device phone(dir.file("phone.db"), server.url());
    phone.engine->signIn(username.front().cells.at(0), "demo");
    phone.engine->pull();
    const auto offset = static_cast<std::int32_t>(property.utcOffsetMin);
    const auto midnight = Timestamp::fromLocal(2026, 12, 1, 0, 0, 0, offset);
    const auto inRest = midnight.plusMinutes(rest.ranges().front().startMin + 20);
    const auto atWork = firstContactTime(midnight.plusMinutes(10 * 60), rest);
    ASSERT_TRUE(rest.contains(inRest));

    const auto record = [&](const Timestamp& at) {
        OwnerVisit v;
        v.id = newUuid();
        v.propertyId = owner.propertyId;
        v.ownerId = owner.id;
        v.staffId = phone.userId();
        v.status = VisitStatus::Done;
        v.visitedAt = at;
        v.outcome = VisitOutcome::Satisfied;
        phone.store->records().insert(v);
        return v.id;
    };
    const auto late = record(inRest);
    const auto fine = record(atWork);
    phone.engine->syncOnce();
    phone.engine->pull();

    const auto flagged = phone.store->records().get<OwnerVisit>(late);
    ASSERT_TRUE(flagged);
    EXPECT_TRUE(flagged->inRestHours);
    EXPECT_EQ(flagged->status, VisitStatus::Done); // accepted as recorded
    EXPECT_EQ(flagged->visitedAt, inRest);
    EXPECT_FALSE(phone.store->records().get<OwnerVisit>(fine)->inRestHours);
    // Never silently: the change is the server's, in the visit's history.
    const auto history
        = query(server, "SELECT account_id, changes FROM record_history WHERE record_id = '" + late + "'");
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].cells[0], "system");
    EXPECT_EQ(json::parse(history[0].cells[1]), json({{"in_rest_hours", {false, true}}}));
    EXPECT_EQ(phone.store->outbox().pendingCount(), 0);
}
