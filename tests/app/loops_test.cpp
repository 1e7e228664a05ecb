// The loops on the phone: Today's counts by role, my follow-ups and the verification
// queue, a loop's history, renovation failures raising follow-ups and their re-check,
// and who may confirm a shift handover.
#include "model_fixture.hpp"

#include "follow_up_queue_model.hpp"
#include "handover_form.hpp"
#include "handover_list_model.hpp"
#include "loop_history_model.hpp"
#include "record_detail.hpp"
#include "record_text.hpp"
#include "renovation_form.hpp"
#include "today_loops.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/enum_names.hpp"
#include "patrolbook/uuid.hpp"

#include <QAbstractItemModelTester>

using namespace patrolbook;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

} // namespace

class LoopsTest : public ModelTest {
protected:
    FollowUp followUp(const std::string& assignee, FollowUpStatus status, Timestamp due)
    {
        FollowUp f;
        f.id = newUuid();
        f.version = 1;
        f.propertyId = home().id;
        f.areaId = estate_.areas[1].id;
        f.description = "消防通道堆放杂物 " + f.id.substr(0, 4);
        f.assigneeId = assignee;
        f.status = status;
        f.dueAt = due;
        f.createdBy = staff("manager").id;
        f.createdAt = now().plusMinutes(-3 * 1440);
        records().putFromServer(f);
        return f;
    }
    Handover handover(const std::string& by, std::optional<std::string> to, Timestamp at)
    {
        Handover h;
        h.id = newUuid();
        h.version = 1;
        h.propertyId = home().id;
        h.post = "前台";
        h.shift = Shift::Day;
        h.shiftStart = at.plusMinutes(-12 * 60);
        h.summary = "白班无异常";
        h.handedBy = by;
        h.handedAt = at;
        h.toStaffId = std::move(to);
        records().putFromServer(h);
        return h;
    }
};

TEST_F(LoopsTest, TodayCountsWhatIsAssignedToMeAndWhatIsOverdue)
{
    TodayLoops loops(&session());
    loops.setNow(nowDateTime());
    const int mine = loops.myFollowUps(), overdue = loops.overdue();
    followUp(userId_, FollowUpStatus::Open, now().plusMinutes(-60));
    followUp(userId_, FollowUpStatus::InProgress, now().plusMinutes(1440));
    followUp(userId_, FollowUpStatus::Fixed, now().plusMinutes(-60)); // waits for a manager, not for me
    followUp(staff("patrol2").id, FollowUpStatus::Open, now().plusMinutes(-60));
    notifySaved();
    EXPECT_EQ(loops.myFollowUps(), mine + 2);
    EXPECT_EQ(loops.overdue(), overdue + 1) << "mine only";
    EXPECT_TRUE(loops.works());
    EXPECT_FALSE(loops.approves()) << "a patrol user verifies nothing";
    EXPECT_EQ(loops.followUpsToVerify(), 0);
    EXPECT_FALSE(loops.registers());
}

TEST_F(LoopsTest, AManagerCountsTheFixesToVerifyAndEveryOverdueFollowUp)
{
    signInAs("manager");
    TodayLoops loops(&session());
    loops.setNow(nowDateTime());
    const int verify = loops.followUpsToVerify(), overdue = loops.overdue();
    followUp(userId_, FollowUpStatus::Fixed, now().plusMinutes(60));
    followUp(staff("patrol").id, FollowUpStatus::Fixed, now().plusMinutes(60));
    followUp(staff("patrol2").id, FollowUpStatus::Open, now().plusMinutes(-60));
    notifySaved();
    EXPECT_TRUE(loops.approves());
    EXPECT_EQ(loops.followUpsToVerify(), verify + 2);
    EXPECT_EQ(loops.overdue(), overdue + 1) << "the team's";
}

TEST_F(LoopsTest, TheFrontDeskRegistersAndFixesNothing)
{
    signInAs("office");
    TodayLoops loops(&session());
    EXPECT_TRUE(loops.registers());
    EXPECT_FALSE(loops.works()) << "no follow-up tiles for the desk";
    EXPECT_FALSE(loops.approves());
}

TEST_F(LoopsTest, MyFollowUpsListOverdueFirstAndMarkedThenByDueDate)
{
    FollowUpQueueModel mine(&session());
    QAbstractItemModelTester tester(&mine, fatal);
    mine.setNow(nowDateTime());
    const auto later = followUp(userId_, FollowUpStatus::Open, now().plusMinutes(3 * 1440));
    const auto soon = followUp(userId_, FollowUpStatus::InProgress, now().plusMinutes(60));
    const auto late = followUp(userId_, FollowUpStatus::Open, now().plusMinutes(-1440));
    followUp(userId_, FollowUpStatus::Fixed, now().plusMinutes(-1440));
    followUp(staff("patrol2").id, FollowUpStatus::Open, now().plusMinutes(-1440));
    notifySaved();
    const auto ids = strings(mine, FollowUpQueueModel::FollowUpIdRole);
    const auto at = [&](const FollowUp& f) { return ids.indexOf(QString::fromStdString(f.id)); };
    ASSERT_GE(at(late), 0);
    ASSERT_GE(at(soon), 0);
    ASSERT_GE(at(later), 0);
    EXPECT_EQ(at(late), 0) << "overdue first";
    EXPECT_LT(at(soon), at(later));
    EXPECT_TRUE(mine.data(mine.index(0), FollowUpQueueModel::OverdueRole).toBool());
    EXPECT_FALSE(mine.data(mine.index(at(soon)), FollowUpQueueModel::OverdueRole).toBool());
    EXPECT_FALSE(mine.data(mine.index(0), FollowUpQueueModel::DueRole).toString().isEmpty());
}

TEST_F(LoopsTest, TheVerificationQueueIsAManagersAndHoldsOnlyFixedFollowUps)
{
    const auto fixed = followUp(userId_, FollowUpStatus::Fixed, now());
    followUp(userId_, FollowUpStatus::Open, now());
    FollowUpQueueModel queue(&session());
    QAbstractItemModelTester tester(&queue, fatal);
    queue.setQueue("verify");
    EXPECT_EQ(queue.rowCount(), 0) << "a patrol user verifies nothing";

    signInAs("manager");
    const auto ids = strings(queue, FollowUpQueueModel::FollowUpIdRole);
    EXPECT_TRUE(ids.contains(QString::fromStdString(fixed.id)));
    for (const auto& id : ids)
        EXPECT_EQ(records().get<FollowUp>(id.toStdString())->status, FollowUpStatus::Fixed);
}

TEST_F(LoopsTest, ALoopsHistoryListsItsStepsOldestFirstInWords)
{
    const auto f = followUp(userId_, FollowUpStatus::Fixed, now());
    auto event = [&](const std::string& action, FollowUpStatus from, FollowUpStatus to, int minutesAgo,
                     std::optional<std::string> note) {
        LoopEvent e;
        e.id = newUuid();
        e.version = 1;
        e.propertyId = home().id;
        e.loopEntity = "follow_up";
        e.loopId = f.id;
        e.action = action;
        e.fromStatus = std::string(toString(from));
        e.toStatus = std::string(toString(to));
        e.actorId = userId_;
        e.at = now().plusMinutes(-minutesAgo);
        e.receivedAt = e.at;
        e.note = std::move(note);
        records().putFromServer(e);
    };
    LoopHistoryModel history(&session());
    QAbstractItemModelTester tester(&history, fatal);
    history.setEntity("follow_up");
    history.setRecordId(QString::fromStdString(f.id));
    EXPECT_EQ(history.rowCount(), 0);
    event("mark_fixed", FollowUpStatus::InProgress, FollowUpStatus::Fixed, 10, "已清理");
    event("take", FollowUpStatus::Open, FollowUpStatus::InProgress, 60, std::nullopt);
    notifySaved();
    ASSERT_EQ(history.rowCount(), 2);
    EXPECT_EQ(history.data(history.index(0), LoopHistoryModel::StepRole).toString(),
              Vocabulary::stepLabel("follow_up", "take"))
        << "oldest first, newest last";
    EXPECT_EQ(history.data(history.index(1), LoopHistoryModel::NoteRole).toString(), "已清理");
    EXPECT_EQ(history.data(history.index(1), LoopHistoryModel::ActorRole).toString(),
              QString::fromStdString(staff("patrol").name));
    EXPECT_EQ(history.data(history.index(1), LoopHistoryModel::WhenRole).toString(),
              RecordText::propertyDateTime(now().plusMinutes(-10), 480));
}

TEST_F(LoopsTest, ARenovationFailureRaisesAFollowUpDueOnItsRectifyByDate)
{
    RenovationForm form(&session());
    const auto owner = records().ownersOfProperty(home().id).at(3);
    ASSERT_TRUE(form.start(QString::fromStdString(owner.id), Values::RenovationKind::Patrol));
    ASSERT_TRUE(form.setResult(0, Values::ItemResult::Fail));
    ASSERT_TRUE(form.setRectifyBy(0, "2026-12-05"));
    const auto itemId = form.items()->row(0).itemId.toStdString();
    const auto fuId = DeviceQueries(store().database()).followUpOfLine(itemId);
    ASSERT_TRUE(fuId) << "a failure is a follow-up";
    const auto fu = records().get<FollowUp>(*fuId);
    EXPECT_EQ(fu->sourceEntity, FollowUpSource::RenovationItem);
    EXPECT_EQ(fu->unitId, owner.unitId);
    EXPECT_EQ(fu->dueAt, records().get<RenovationItem>(itemId)->rectifyBy) << "due when it is to be rectified";
    EXPECT_EQ(RecordText::propertyDate(fu->dueAt, 480), "2026-12-05");

    ASSERT_TRUE(form.setResult(0, Values::ItemResult::Pass));
    EXPECT_FALSE(DeviceQueries(store().database()).followUpOfLine(itemId)) << "answered fail by mistake";
}

TEST_F(LoopsTest, AReCheckStartsFromAFinishedCheckWithFailuresListsThemFirstAndIsLinkedBothWays)
{
    RenovationForm form(&session());
    const auto owner = records().ownersOfProperty(home().id).at(3);
    ASSERT_TRUE(form.start(QString::fromStdString(owner.id), Values::RenovationKind::Patrol));
    const int last = form.total() - 1;
    for (int row = 0; row < form.total(); ++row)
        ASSERT_TRUE(form.setResult(row, row == last ? Values::ItemResult::Fail : Values::ItemResult::Pass));
    const auto failedCode = form.items()->row(last).code;
    EXPECT_FALSE(form.canRecheck()) << "not finished yet";
    ASSERT_TRUE(form.finish()) << form.errorString().toStdString();
    ASSERT_TRUE(form.canRecheck());
    const auto checked = form.checkId();

    ASSERT_TRUE(form.startRecheck()) << form.errorString().toStdString();
    EXPECT_NE(form.checkId(), checked);
    EXPECT_EQ(form.rechecksId(), checked);
    EXPECT_EQ(form.status(), Values::RecordStatus::Draft);
    EXPECT_EQ(form.items()->row(0).code, failedCode) << "the failed line first";
    const auto recheck = records().get<RenovationCheck>(form.checkId().toStdString());
    EXPECT_EQ(recheck->unitId, owner.unitId);
    EXPECT_EQ(recheck->rechecksId, checked.toStdString());

    RecordDetail detail(&session());
    detail.load("renovation_check", checked);
    ASSERT_EQ(detail.links().size(), 1) << "the checked one names its re-check";
    EXPECT_EQ(detail.links()[0].toMap()["recordId"].toString(), form.checkId());
    detail.load("renovation_check", form.checkId());
    ASSERT_EQ(detail.links().size(), 1) << "the re-check names what it re-checks";
    EXPECT_EQ(detail.links()[0].toMap()["recordId"].toString(), checked);

    ASSERT_TRUE(form.open(checked));
    EXPECT_EQ(form.recheckedById(), QString::fromStdString(recheck->id));
    ASSERT_TRUE(form.startRecheck());
    EXPECT_EQ(form.checkId(), QString::fromStdString(recheck->id)) << "one re-check per check";
}

TEST_F(LoopsTest, AHandoverIsConfirmedOnceByTheNextPersonNeverByItsWriter)
{
    HandoverForm form(&session());
    const auto id = form.hand("前台", 0, "两处整改未完成", {}, {});
    ASSERT_FALSE(id.isEmpty()) << form.errorString().toStdString();
    EXPECT_FALSE(form.receive(id, {}));
    EXPECT_TRUE(form.hasError()) << "not by its writer";
    EXPECT_EQ(form.hand("前台", 0, "  ", {}, {}), "") << "a handover says what happened";

    signInAs("patrol2");
    HandoverListModel waiting(&session());
    QAbstractItemModelTester tester(&waiting, fatal);
    ASSERT_TRUE(strings(waiting, HandoverListModel::HandoverIdRole).contains(id));
    ASSERT_TRUE(form.receive(id, "已知悉"));
    const auto h = records().get<Handover>(id.toStdString());
    EXPECT_EQ(h->status, HandoverStatus::Received);
    EXPECT_EQ(h->receivedBy, staff("patrol2").id);
    EXPECT_EQ(h->receiveNote, "已知悉");
    notifySaved();
    EXPECT_FALSE(strings(waiting, HandoverListModel::HandoverIdRole).contains(id));
    EXPECT_FALSE(form.receive(id, {})) << "received once";
}

TEST_F(LoopsTest, AHandoverNamingSomeoneIsTheirsToConfirmAndTheManagerSeesItUnconfirmedAShiftLater)
{
    const auto h = handover(staff("patrol2").id, staff("specialist").id, now().plusMinutes(-13 * 60));
    HandoverForm form(&session());
    EXPECT_FALSE(form.receive(QString::fromStdString(h.id), {})) << "named for someone else";

    signInAs("manager");
    HandoverListModel stale(&session());
    stale.setQueue("unconfirmed");
    stale.setNow(nowDateTime());
    EXPECT_TRUE(strings(stale, HandoverListModel::HandoverIdRole).contains(QString::fromStdString(h.id)));
    TodayLoops loops(&session());
    loops.setNow(nowDateTime());
    EXPECT_GE(loops.handoversUnconfirmed(), 1);

    signInAs("specialist");
    ASSERT_TRUE(form.receive(QString::fromStdString(h.id), {})) << form.errorString().toStdString();
}

TEST_F(LoopsTest, AHandoverCarriesOverOpenItemsPickedFromTheOpenLoops)
{
    const auto open = followUp(userId_, FollowUpStatus::Open, now());
    HandoverForm form(&session());
    const auto key = QString::fromStdString("follow_up:" + open.id);
    bool offered = false;
    for (const auto& item : form.openItems())
        offered = offered || item.toMap()["key"].toString() == key;
    ASSERT_TRUE(offered);
    const auto id = form.hand("岗亭", 1, "夜班交接", {key}, {});
    ASSERT_FALSE(id.isEmpty()) << form.errorString().toStdString();
    EXPECT_EQ(records().get<Handover>(id.toStdString())->openItems, std::vector<std::string>{key.toStdString()});
    EXPECT_EQ(records().get<Handover>(id.toStdString())->shift, Shift::Night);
}
