// "My records": paging through thousands, filters, the order, and where each stands with
// the server.
#include "model_fixture.hpp"

#include "patrol_form.hpp"
#include "record_list_model.hpp"
#include "today_summary.hpp"

#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/uuid.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <set>

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
constexpr int generated = 3 * RecordListModel::pageSize - 45;

QVariant at(const QAbstractItemModel& model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

// Every match, once the count (run off the GUI thread) has arrived.
int counted(const RecordListModel& model)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return model.countKnown(); }, 10'000)) << "the count arrives";
    return model.totalCount();
}

int rowOf(const QAbstractItemModel& model, const std::string& id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (at(model, row, RecordListModel::RecordIdRole).toString().toStdString() == id)
            return row;
    return -1;
}

// The tester checks every signal; it does not fetch by itself here, since Qt 6.4's tester
// fetches from its modelReset handler before it has closed the reset it is tracking, and
// then reports its own fetch as a change in flight. The tests fetch, as a view does.
class Tester : public QAbstractItemModelTester {
public:
    explicit Tester(QAbstractItemModel* model)
        : QAbstractItemModelTester(model, fatal)
    {
        setUseFetchMore(false);
    }
};

void fetchAll(RecordListModel& model)
{
    for (int pages = 0; model.canFetchMore({}); ++pages) {
        ASSERT_LT(pages, 100);
        model.fetchMore({});
    }
}

} // namespace

class RecordListTest : public ModelTest {
protected:
    void SetUp() override
    {
        ModelTest::SetUp();
        // A few hundred of 张伟's patrols, ten minutes apart, going back from an hour ago.
        patrolbook::sqlite::Transaction tx(store().database());
        for (int i = 0; i < generated; ++i) {
            const auto& area = estate_.areas[std::size_t(i) % 12];
            auto in = finishedInspection(area, now().plusMinutes(-60 - 10 * i));
            ids_.push_back(in.id);
            records().putFromServer(in);
        }
        tx.commit();
    }

    // 张伟's records in the estate, by kind (a follow-up is his when he raised it or is to
    // fix it).
    int mine(const std::string& kind) const
    {
        int n = 0;
        if (kind.empty() || kind == "inspection")
            for (const auto& i : estate_.inspections)
                n += i.inspectorId == userId_ ? 1 : 0;
        if (kind.empty() || kind == "owner_visit")
            for (const auto& v : estate_.visits)
                n += v.staffId == userId_ ? 1 : 0;
        if (kind.empty() || kind == "follow_up")
            for (const auto& f : estate_.followUps)
                n += f.createdBy == userId_ || f.assigneeId == userId_ ? 1 : 0; // raised by or to fix
        return n;
    }

    std::vector<std::string> ids_;
};

TEST_F(RecordListTest, PagesThroughEveryRecordNewestFirst)
{
    RecordListModel model(&session());
    const int total = generated + mine("");
    EXPECT_EQ(counted(model), total);
    EXPECT_EQ(model.rowCount(), RecordListModel::pageSize) << "opening the list reads one page";
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * RecordListModel::pageSize);
    // The rest, as a view scrolling to the end fetches it, each step checked by the tester.
    Tester tester(&model);
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), total);
    EXPECT_FALSE(model.canFetchMore({}));

    std::set<QString> seen;
    qint64 last = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_TRUE(seen.insert(at(model, row, RecordListModel::RecordIdRole).toString()).second) << "row " << row;
        const QDateTime when = at(model, row, RecordListModel::WhenRole).toDateTime();
        ASSERT_TRUE(when.isValid()) << row;
        EXPECT_LE(when.toMSecsSinceEpoch(), last) << "row " << row;
        last = when.toMSecsSinceEpoch();
    }
    // The generated patrols keep their order, newest first, across the page boundaries.
    int previous = -1;
    for (const auto& id : ids_) {
        const int row = rowOf(model, id);
        EXPECT_GT(row, previous);
        previous = row;
    }
    const int first = rowOf(model, ids_[0]);
    EXPECT_EQ(at(model, first, RecordListModel::KindRole).toString(), "inspection");
    EXPECT_EQ(at(model, first, RecordListModel::TitleRole).toString().toStdString(), estate_.areas[0].name);
    EXPECT_EQ(at(model, first, RecordListModel::SubtitleRole).toString(), "") << "no note";
    EXPECT_EQ(at(model, first, RecordListModel::KindTextRole).toString(), "Area patrol");
    EXPECT_EQ(at(model, first, RecordListModel::StatusRole).toString(), "finished");
    EXPECT_EQ(at(model, first, RecordListModel::StatusTextRole).toString(), "Finished");
    EXPECT_EQ(at(model, first, RecordListModel::SyncStateRole).toInt(), int(Values::SyncState::Synced));
    EXPECT_EQ(at(model, first, RecordListModel::WhenRole).toDateTime().offsetFromUtc(), 8 * 3600);
    EXPECT_EQ(at(model, first, RecordListModel::WhenRole).toDateTime().time().hour(), 9);

    // A save reloads the list and keeps as many rows as were showing; the rest follows.
    const auto saved = finishedInspection(estate_.areas[3], now().plusMinutes(-5));
    records().putFromServer(saved);
    notifySaved();
    EXPECT_EQ(counted(model), total + 1);
    EXPECT_EQ(model.rowCount(), total);
    EXPECT_GE(rowOf(model, saved.id), 0);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), total + 1);
    EXPECT_FALSE(model.canFetchMore({}));
    // A new question starts again at the top, one page long.
    model.setKind("inspection");
    EXPECT_EQ(model.rowCount(), RecordListModel::pageSize);
}

TEST_F(RecordListTest, CountsFailedLinesOfAPatrol)
{
    const auto failed = std::find_if(estate_.inspections.begin(), estate_.inspections.end(), [&](const auto& in) {
        return in.note && in.status == patrolbook::RecordStatus::Finished;
    });
    ASSERT_NE(failed, estate_.inspections.end());
    int fails = 0;
    for (const auto& item : estate_.inspectionItems)
        fails += item.inspectionId == failed->id && item.result == patrolbook::ItemResult::Fail ? 1 : 0;
    ASSERT_GT(fails, 0);
    RecordListModel model(&session());
    model.setMineOnly(false);
    fetchAll(model);
    const int row = rowOf(model, failed->id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(at(model, row, RecordListModel::FailedRole).toInt(), fails);
    EXPECT_EQ(at(model, row, RecordListModel::SubtitleRole).toString().toStdString(), *failed->note);
    EXPECT_EQ(at(model, rowOf(model, ids_[0]), RecordListModel::FailedRole).toInt(), 0);
}

TEST_F(RecordListTest, FiltersByKindStatusAreaTextAndAuthor)
{
    RecordListModel model(&session());
    Tester tester(&model);
    model.setKind("follow_up");
    EXPECT_EQ(counted(model), mine("follow_up"));
    fetchAll(model);
    for (const auto& kind : strings(model, RecordListModel::KindRole))
        EXPECT_EQ(kind, "follow_up");
    model.setKind("owner_visit");
    EXPECT_EQ(counted(model), mine("owner_visit"));
    model.setKind("");

    model.setStatus("draft");
    EXPECT_EQ(counted(model), 1) << "张伟's patrol under way";
    EXPECT_EQ(at(model, 0, RecordListModel::RecordIdRole).toString().toStdString(),
              std::find_if(estate_.inspections.begin(), estate_.inspections.end(), [&](const auto& i) {
                  return i.status == patrolbook::RecordStatus::Draft && i.inspectorId == userId_;
              })->id);
    model.setStatus("open"); // a follow-up's status: no patrol matches it
    fetchAll(model);
    for (const auto& kind : strings(model, RecordListModel::KindRole))
        EXPECT_EQ(kind, "follow_up");
    model.setStatus("");

    const auto& area = estate_.areas[2];
    model.setAreaId(QString::fromStdString(area.id));
    const int ofArea = counted(model);
    EXPECT_GE(ofArea, generated / 12);
    fetchAll(model);
    for (const auto& title : strings(model, RecordListModel::TitleRole))
        EXPECT_EQ(title.toStdString(), area.name);
    model.setAreaId("");

    model.setFilterText(QString::fromStdString(area.name));
    EXPECT_EQ(counted(model), ofArea) << "the area's name finds its patrols and follow-ups";
    model.setFilterText(QString::fromStdString(area.name).left(2) + "%"); // a literal %, not a wildcard
    EXPECT_EQ(counted(model), 0);
    model.setFilterText("");

    const int mineTotal = counted(model);
    model.setMineOnly(false);
    const auto all = int(estate_.inspections.size() + estate_.visits.size() + estate_.followUps.size()) + generated;
    EXPECT_EQ(counted(model), all);
    EXPECT_GT(all, mineTotal);
}

TEST_F(RecordListTest, FiltersByLocalDate)
{
    RecordListModel model(&session());
    Tester tester(&model);
    const QDate day(2026, 11, 26);
    model.setFromDate(day);
    model.setToDate(day);
    fetchAll(model);
    ASSERT_GT(model.rowCount(), 50);
    for (const auto& when : column(model, RecordListModel::WhenRole))
        EXPECT_EQ(when.toDateTime().date(), day) << when.toDateTime().toString(Qt::ISODate).toStdString();
    // The generated patrols of that local day, and the estate's.
    const auto dayStart = todayAt(0, 0, -1).utcMs, dayEnd = todayAt(0, 0).utcMs;
    int generatedThatDay = 0;
    for (int i = 0; i < generated; ++i) {
        const auto t = now().plusMinutes(-60 - 10 * i).utcMs;
        generatedThatDay += t >= dayStart && t < dayEnd ? 1 : 0;
    }
    EXPECT_EQ(generatedThatDay, 144);
    model.setKind("inspection");
    int before = 0;
    for (const auto& i : estate_.inspections)
        before += i.inspectorId == userId_ && i.startedAt.utcMs >= dayStart && i.startedAt.utcMs < dayEnd ? 1 : 0;
    EXPECT_EQ(counted(model), generatedThatDay + before);
}

TEST_F(RecordListTest, ShowsWhereEachRecordStandsWithTheServer)
{
    patrolbook::FollowUp local;
    local.id = patrolbook::newUuid();
    local.propertyId = home().id;
    local.areaId = estate_.areas[4].id;
    local.description = "消防门闭门器损坏";
    local.createdBy = userId_;
    local.createdAt = now().plusMinutes(-1);
    records().insert(local);
    auto refused = local;
    refused.id = patrolbook::newUuid();
    refused.description = "垃圾桶满溢";
    records().insert(refused);
    for (const auto& e : store().outbox().unacknowledged(100))
        if (e.recordId == refused.id) {
            store().outbox().markSent(e.seq);
            store().outbox().reject(e.seq, "not allowed");
        }
    patrolbook::sync::DeviceState(store().database()).addConflict({"inspection", ids_[1], "changed on the server too"});

    RecordListModel model(&session());
    Tester tester(&model);
    EXPECT_EQ(at(model, rowOf(model, local.id), RecordListModel::SyncStateRole).toInt(),
              int(Values::SyncState::Pending));
    EXPECT_EQ(at(model, rowOf(model, local.id), RecordListModel::SubtitleRole).toString().toStdString(),
              local.description);
    EXPECT_EQ(at(model, rowOf(model, refused.id), RecordListModel::SyncStateRole).toInt(),
              int(Values::SyncState::Rejected));
    EXPECT_EQ(at(model, rowOf(model, ids_[1]), RecordListModel::SyncStateRole).toInt(),
              int(Values::SyncState::Conflict));
    EXPECT_EQ(at(model, rowOf(model, ids_[2]), RecordListModel::SyncStateRole).toInt(), int(Values::SyncState::Synced));
}

TEST_F(RecordListTest, ShowsEveryTimeOnThePropertysClockWhateverZoneItWasRecordedIn)
{
    // A visit booked for 20:30 in Shanghai by a phone set to UTC (stored at offset 0): it
    // must not read "12:30", which looks like a booking in the owners' lunch rest.
    patrolbook::OwnerVisit visit;
    visit.id = patrolbook::newUuid();
    visit.propertyId = home().id;
    const auto owner = records().ownersOfProperty(home().id).front();
    visit.ownerId = owner.id;
    visit.unitId = owner.unitId;
    visit.staffId = userId_;
    visit.plannedAt = patrolbook::Timestamp::fromUtcMs(todayAt(20, 30, 1).utcMs, 0);
    records().insert(visit);
    RecordListModel model(&session());
    Tester tester(&model);
    model.setKind("owner_visit");
    model.setFilterText(QString::fromStdString(owner.name));
    fetchAll(model);
    const int row = rowOf(model, visit.id);
    ASSERT_GE(row, 0);
    const QString text = at(model, row, RecordListModel::WhenTextRole).toString();
    const QString day
        = QDateTime::fromMSecsSinceEpoch(visit.plannedAt->utcMs, Qt::OffsetFromUTC, 8 * 3600).toString("yyyy-MM-dd");
    const bool phoneInShanghai = QDateTime::currentDateTime().offsetFromUtc() == 8 * 3600;
    EXPECT_EQ(text, day + " 20:30" + (phoneInShanghai ? "" : " (UTC+8)"));
}

TEST_F(RecordListTest, TodaysOpenFollowUpsOpenAListOfExactlyWhatTheTileCounts)
{
    // A follow-up on a line of a patrol still in progress is not open yet: its officer may
    // change the answer.
    PatrolForm form(&session());
    ASSERT_TRUE(form.start(QString::fromStdString(records().areasOfProperty(home().id).front().id)));
    ASSERT_TRUE(form.setResult(0, Values::ItemResult::Fail));

    TodaySummary summary(&session());
    summary.setNow(nowDateTime());
    summary.reload();
    RecordListModel model(&session());
    Tester tester(&model);
    model.setKind("follow_up");
    model.setStatus("unresolved");
    fetchAll(model);
    EXPECT_EQ(counted(model), summary.openFollowUps());
    std::set<QString> statuses;
    for (const auto& s : strings(model, RecordListModel::StatusRole))
        statuses.insert(s);
    EXPECT_TRUE(statuses.count("in_progress")) << "being fixed is still open";
    EXPECT_FALSE(statuses.count("closed"));
    EXPECT_FALSE(statuses.count("fixed"));
}

TEST_F(RecordListTest, OpensWithItsFirstPageAtOnceAndCountsEveryMatchAside)
{
    // Opening must fit a frame: the first page is read at once, the count (which reads
    // every matching row) on a worker thread.
    RecordListModel model(&session());
    EXPECT_EQ(model.rowCount(), RecordListModel::pageSize) << "the first page, at once";
    EXPECT_FALSE(model.countKnown()) << "not counted on the GUI thread";
    EXPECT_EQ(model.totalCount(), RecordListModel::pageSize) << "what is loaded, until the count comes";
    QSignalSpy changes(&model, &RecordListModel::countChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.countKnown(); }, 10'000));
    EXPECT_EQ(model.totalCount(), generated + mine(""));
    EXPECT_GE(changes.count(), 1);

    // A count for an older question is dropped: the last filter's count stands.
    model.setKind("owner_visit");
    model.setKind("inspection");
    model.setKind("follow_up");
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.countKnown(); }, 10'000));
    QTest::qWait(200); // any older count would have arrived by now
    EXPECT_EQ(model.totalCount(), mine("follow_up"));
}

TEST_F(RecordListTest, TheFiltersOfferEveryKindAndEachKindsOwnStatusesInWords)
{
    RecordListModel model(&session());
    auto values = [](const QVariantList& choices) {
        QStringList out;
        for (const auto& c : choices)
            out << c.toMap().value("value").toString();
        return out;
    };
    EXPECT_EQ(values(model.kindChoices()), QStringList({"inspection", "renovation_check", "owner_visit", "follow_up"}));
    EXPECT_EQ(model.kindChoices().front().toMap().value("text").toString(), "Area patrol");
    EXPECT_EQ(values(model.statusChoices("owner_visit")), QStringList({"planned", "done", "unreachable", "cancelled"}));
    EXPECT_EQ(values(model.statusChoices("follow_up")),
              QStringList({"unresolved", "open", "in_progress", "fixed", "closed"}));
    EXPECT_EQ(model.statusChoices("follow_up").front().toMap().value("text").toString(), "Open or being fixed");
    const auto all = values(model.statusChoices(""));
    EXPECT_EQ(all.size(), QSet<QString>(all.begin(), all.end()).size()) << "each status once";
    EXPECT_TRUE(all.contains("draft") && all.contains("cancelled") && all.contains("in_progress"));
}
