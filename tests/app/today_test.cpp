// The Today screen: visits due by urgency, and the day's figures.
#include "model_fixture.hpp"

#include "notice_list_model.hpp"
#include "patrol_form.hpp"
#include "session.hpp"
#include "today_summary.hpp"
#include "visit_due_model.hpp"

#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/uuid.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <limits>
#include <optional>

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QVariant at(const QAbstractItemModel& model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

} // namespace

class TodayTest : public ModelTest {
protected:
    // A visit for 张伟 after a repair finished `hoursAgo` hours ago (none: a visit that
    // follows no dated service).
    patrolbook::OwnerVisit plannedVisit(std::size_t ownerIndex, std::optional<int> hoursAgo)
    {
        const auto& owner = estate_.owners[ownerIndex];
        patrolbook::OwnerVisit v;
        v.id = patrolbook::newUuid();
        v.version = 1;
        v.propertyId = owner.propertyId;
        v.ownerId = owner.id;
        v.unitId = owner.unitId;
        v.staffId = userId_;
        v.status = patrolbook::VisitStatus::Planned;
        v.plannedAt = todayAt(15, 0, 1);
        if (hoursAgo) {
            v.purpose = patrolbook::VisitPurpose::AfterRepair;
            v.serviceKind = patrolbook::ServiceKind::Repair;
            v.serviceCompletedAt = now().plusMinutes(-60 * *hoursAgo);
        }
        return v;
    }

    patrolbook::FollowUp followUp(const std::string& assignee, patrolbook::Timestamp due)
    {
        patrolbook::FollowUp f;
        f.id = patrolbook::newUuid();
        f.version = 1;
        f.propertyId = home().id;
        f.areaId = estate_.areas[1].id;
        f.description = "电梯按钮失灵";
        f.assigneeId = assignee;
        f.dueAt = due;
        f.createdBy = staff("manager").id;
        f.createdAt = now().plusMinutes(-600);
        return f;
    }
};

TEST_F(TodayTest, VisitsDueComeMostUrgentFirstWithTheTimeLeft)
{
    const auto overdue = plannedVisit(0, 80); // 72 h limit: 8 h late
    const auto inAnHour = plannedVisit(1, 71);
    const auto inTwoDays = plannedVisit(2, 24);
    const auto noLimit = plannedVisit(3, std::nullopt);
    auto someoneElses = plannedVisit(4, 79);
    someoneElses.staffId = staff("patrol2").id;
    {
        patrolbook::sqlite::Transaction tx(store().database());
        // Saved in another order than the urgency.
        for (const auto& v : {inTwoDays, noLimit, overdue, someoneElses, inAnHour})
            records().putFromServer(v);
        tx.commit();
    }
    VisitDueModel model(&session());
    model.setNow(nowDateTime());
    model.reload();
    QAbstractItemModelTester tester(&model, fatal);
    ASSERT_GE(model.rowCount(), 4);
    EXPECT_EQ(at(model, 0, VisitDueModel::VisitIdRole).toString().toStdString(), overdue.id);
    EXPECT_EQ(at(model, 0, VisitDueModel::MinutesLeftRole).toLongLong(), -8 * 60);
    EXPECT_TRUE(at(model, 0, VisitDueModel::OverdueRole).toBool());
    EXPECT_EQ(at(model, 1, VisitDueModel::VisitIdRole).toString().toStdString(), inAnHour.id);
    EXPECT_EQ(at(model, 1, VisitDueModel::MinutesLeftRole).toLongLong(), 60);
    EXPECT_FALSE(at(model, 1, VisitDueModel::OverdueRole).toBool());
    const QDateTime due = at(model, 1, VisitDueModel::DueAtRole).toDateTime();
    EXPECT_EQ(due.toMSecsSinceEpoch(), now().plusMinutes(60).utcMs);
    EXPECT_EQ(due.offsetFromUtc(), 8 * 3600);
    EXPECT_EQ(at(model, 1, VisitDueModel::OwnerNameRole).toString().toStdString(), estate_.owners[1].name);
    EXPECT_EQ(at(model, 1, VisitDueModel::UnitLabelRole).toString().toStdString(), unitOf(estate_.owners[1]).number);
    EXPECT_EQ(at(model, 1, VisitDueModel::PurposeRole).toInt(), int(Values::VisitPurpose::AfterRepair));

    qint64 lastMinutes = std::numeric_limits<qint64>::min();
    bool limitless = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto id = at(model, row, VisitDueModel::VisitIdRole).toString().toStdString();
        EXPECT_NE(id, someoneElses.id) << "another member of staff's visit";
        EXPECT_EQ(records().get<patrolbook::OwnerVisit>(id)->staffId, userId_);
        if (!at(model, row, VisitDueModel::DueAtRole).toDateTime().isValid()) {
            limitless = true;
            EXPECT_EQ(at(model, row, VisitDueModel::MinutesLeftRole).toLongLong(), 0);
            continue;
        }
        EXPECT_FALSE(limitless) << "visits without a limit go last";
        EXPECT_GE(at(model, row, VisitDueModel::MinutesLeftRole).toLongLong(), lastMinutes);
        lastMinutes = at(model, row, VisitDueModel::MinutesLeftRole).toLongLong();
    }
    EXPECT_TRUE(limitless);
    const int last = model.rowCount() - 1;
    EXPECT_EQ(at(model, last, VisitDueModel::PlannedAtRole).toDateTime().toMSecsSinceEpoch(), todayAt(15, 0, 1).utcMs);
}

TEST_F(TodayTest, SummaryCountsTheDayAndFollowsEverySave)
{
    TodaySummary today(&session());
    today.setNow(nowDateTime());
    QSignalSpy changed(&today, &TodaySummary::changed);

    int daily = 0, home = 0;
    for (const auto& a : estate_.areas)
        if (a.propertyId == this->home().id) {
            ++home;
            daily += a.patrolEveryDays == 1 ? 1 : 0;
        }
    EXPECT_GE(today.areasDue(), daily) << "an area patrolled every day is due every day";
    EXPECT_LE(today.areasDue(), home);
    EXPECT_EQ(today.areasDone(), 0) << "the estate's patrols today are still under way";
    const auto draft = *std::find_if(estate_.inspections.begin(), estate_.inspections.end(), [&](const auto& i) {
        return i.inspectorId == userId_ && i.status == patrolbook::RecordStatus::Draft;
    });
    EXPECT_EQ(today.draftInspectionId().toStdString(), draft.id);
    int open = 0;
    for (const auto& f : estate_.followUps)
        if (f.propertyId == this->home().id
            && (f.status == patrolbook::FollowUpStatus::Open || f.status == patrolbook::FollowUpStatus::InProgress)
            && (f.createdBy == userId_ || f.assigneeId == userId_))
            ++open;
    EXPECT_EQ(today.openFollowUps(), open);
    EXPECT_EQ(today.pendingSync(), 0) << "the estate came from the server";

    // A daily area patrolled this morning, a follow-up for 张伟 overdue since an hour, and
    // one made on this phone (a change waiting to sync).
    const auto area = *std::find_if(estate_.areas.begin(), estate_.areas.end(), [&](const auto& a) {
        return a.propertyId == this->home().id && a.patrolEveryDays == 1;
    });
    const int due = today.areasDue(), overdue = today.overdueFollowUps();
    records().putFromServer(finishedInspection(area, todayAt(8, 30)));
    records().putFromServer(followUp(userId_, now().plusMinutes(-60)));
    records().insert(followUp(userId_, now().plusMinutes(3 * 1440)));
    records().putFromServer(followUp(staff("patrol2").id, now().plusMinutes(-60))); // not 张伟's
    EXPECT_EQ(changed.count(), 0) << "nothing said yet";
    notifySaved();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(today.areasDue(), due);
    EXPECT_EQ(today.areasDone(), 1);
    EXPECT_EQ(today.openFollowUps(), open + 2);
    EXPECT_EQ(today.overdueFollowUps(), overdue + 1);
    EXPECT_EQ(today.pendingSync(), 1);
    EXPECT_GE(today.visitsDue()->rowCount(), 0);
}

TEST_F(TodayTest, AnUnfinishedPatrolSaysWhichItIsAndWhetherItWasStartedHere)
{
    // The demo estate's draft came from the server: started on another device.
    TodaySummary today(&session());
    today.setNow(nowDateTime());
    const auto draft = *std::find_if(estate_.inspections.begin(), estate_.inspections.end(), [&](const auto& i) {
        return i.inspectorId == userId_ && i.status == patrolbook::RecordStatus::Draft;
    });
    ASSERT_EQ(today.draftInspectionId().toStdString(), draft.id);
    EXPECT_FALSE(today.draftFromThisDevice()) << "not this device's: it must not claim \"everything you entered\"";
    const auto& area = *std::find_if(estate_.areas.begin(), estate_.areas.end(),
                                     [&](const auto& a) { return a.id == draft.areaId; });
    EXPECT_TRUE(today.draftTitle().startsWith(QString::fromStdString(area.name))) << today.draftTitle().toStdString();

    // One started here is said to be kept here.
    PatrolForm form(&session());
    const auto other = *std::find_if(estate_.areas.begin(), estate_.areas.end(),
                                     [&](const auto& a) { return a.propertyId == home().id && a.id != draft.areaId; });
    ASSERT_TRUE(form.start(QString::fromStdString(other.id)));
    ASSERT_TRUE(form.setResult(0, Values::ItemResult::Pass));
    notifySaved();
    EXPECT_EQ(today.draftInspectionId(), form.inspectionId());
    EXPECT_TRUE(today.draftFromThisDevice());
    EXPECT_TRUE(today.draftTitle().startsWith(QString::fromStdString(other.name)));
}

TEST_F(TodayTest, TodayIsThePropertysDayWhateverTheDevicesZone)
{
    // 01:00 in Shanghai is still the day before in UTC.
    TodaySummary today(&session());
    today.setNow(QDateTime(QDate(2026, 11, 27), QTime(1, 0), Qt::OffsetFromUTC, 8 * 3600));
    today.reload();
    EXPECT_EQ(today.dateText(), "2026-11-27");
}

TEST_F(TodayTest, TheOfficesReviewAsksForACorrectionUntilTheUserAnswersIt)
{
    // The office found issues in one of 张伟's patrols and one of a colleague's; the
    // notices come from the server like any record.
    const auto& area = estate_.areas[0];
    const auto mine = finishedInspection(area, todayAt(8, 0));
    auto colleagues = finishedInspection(area, todayAt(8, 30));
    colleagues.inspectorId = staff("patrol2").id;
    auto notice = [&](const patrolbook::Inspection& of, const std::string& recipient) {
        patrolbook::Notice n;
        n.id = patrolbook::newUuid();
        n.version = 1;
        n.propertyId = home().id;
        n.recipientId = recipient;
        n.recordEntity = "inspection";
        n.recordId = of.id;
        n.state = patrolbook::ReviewState::HasIssues;
        n.comment = "大堂照片模糊，请补拍";
        n.reviewerId = staff("office").id;
        n.reviewedAt = now();
        n.recordVersion = of.version;
        return n;
    };
    {
        patrolbook::sqlite::Transaction tx(store().database());
        records().putFromServer(mine);
        records().putFromServer(colleagues);
        records().putFromServer(notice(mine, userId_));
        records().putFromServer(notice(colleagues, staff("patrol2").id));
        tx.commit();
    }
    NoticeListModel notices(&session());
    QAbstractItemModelTester tester(&notices, fatal);
    notifySaved();
    ASSERT_EQ(notices.rowCount(), 1) << "only the user's own";
    EXPECT_EQ(at(notices, 0, NoticeListModel::RecordIdRole).toString().toStdString(), mine.id);
    EXPECT_EQ(at(notices, 0, NoticeListModel::CommentRole).toString(), QStringLiteral("大堂照片模糊，请补拍"));
    EXPECT_FALSE(at(notices, 0, NoticeListModel::ReviewerRole).toString().isEmpty());
    EXPECT_FALSE(at(notices, 0, NoticeListModel::TitleRole).toString().isEmpty());

    // The record's page shows its own notice; another record's page none.
    NoticeListModel onRecord(&session());
    onRecord.setRecordId(QString::fromStdString(mine.id));
    EXPECT_EQ(onRecord.rowCount(), 1);
    onRecord.setRecordId(QString::fromStdString(colleagues.id));
    EXPECT_EQ(onRecord.rowCount(), 0);

    // "Corrected", with a reply: the answer waits to sync and the notice leaves the list.
    const auto pending = store().outbox().pendingCount();
    const auto id = at(notices, 0, NoticeListModel::NoticeIdRole).toString();
    ASSERT_TRUE(notices.markCorrected(id, "已补拍"));
    EXPECT_EQ(notices.rowCount(), 0);
    EXPECT_EQ(store().outbox().pendingCount(), pending + 1);
    const auto answered = records().get<patrolbook::Notice>(id.toStdString());
    ASSERT_TRUE(answered && answered->correctedAt);
    EXPECT_EQ(answered->reply, "已补拍");
}

TEST_F(TodayTest, ARecordWrittenAgainSinceItsReviewNoLongerAsksForACorrection)
{
    const auto patrol = finishedInspection(estate_.areas[0], todayAt(8, 0));
    patrolbook::Notice n;
    n.id = patrolbook::newUuid();
    n.version = 1;
    n.propertyId = home().id;
    n.recipientId = userId_;
    n.recordEntity = "inspection";
    n.recordId = patrol.id;
    n.comment = "补充备注";
    n.reviewedAt = now();
    n.recordVersion = patrol.version;
    records().putFromServer(patrol);
    records().putFromServer(n);
    NoticeListModel notices(&session());
    EXPECT_EQ(notices.rowCount(), 1);
    auto corrected = patrol;
    corrected.version = patrol.version + 5; // a later version from the server
    records().putFromServer(corrected);
    notifySaved();
    EXPECT_EQ(notices.rowCount(), 0);
}
