// The pickers' models: checklist answers, areas, owners, staff.
#include "model_fixture.hpp"

#include "answer_list_model.hpp"
#include "area_list_model.hpp"
#include "owner_list_model.hpp"
#include "staff_list_model.hpp"

#include "patrolbook/sqlite/transaction.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <set>

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

int rowOf(const QAbstractItemModel& model, int role, const std::string& id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.data(model.index(row, 0), role).toString().toStdString() == id)
            return row;
    return -1;
}

QVariant at(const QAbstractItemModel& model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

} // namespace

// ---- AnswerListModel ----

TEST_F(ModelTest, AnswerListCountsAnsweredAndFailedLinesAndSignalsEachChange)
{
    AnswerListModel model;
    Tester tester(&model, fatal);
    QSignalSpy counted(&model, &AnswerListModel::countChanged);
    AnswerListModel::Row line;
    line.itemId = "i1";
    line.title = "地面无垃圾";
    std::vector<AnswerListModel::Row> rows(3, line);
    rows[1].itemId = "i2";
    rows[2].itemId = "i3";
    model.reset(rows);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(counted.count(), 1);
    EXPECT_EQ(model.answered(), 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto failed = model.row(1);
    failed.result = patrolbook::ItemResult::Fail;
    failed.followUpText = "地面有烟头";
    failed.photoUrls = {"file:///tmp/a.jpg"};
    failed.photoCount = 1;
    model.setRow(1, failed);
    auto passed = model.row(2);
    passed.result = patrolbook::ItemResult::Pass;
    model.setRow(2, passed);
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(model.answered(), 2);
    EXPECT_EQ(model.failed(), 1);
    EXPECT_EQ(at(model, 1, AnswerListModel::ResultRole).toInt(), int(Values::ItemResult::Fail));
    EXPECT_EQ(at(model, 1, AnswerListModel::FollowUpTextRole).toString(), "地面有烟头");
    EXPECT_EQ(at(model, 1, AnswerListModel::PhotoUrlsRole).toStringList(), QStringList{"file:///tmp/a.jpg"});
    EXPECT_EQ(at(model, 0, AnswerListModel::ResultRole).toInt(), int(Values::ItemResult::Unset));
    model.setRow(7, passed); // out of range: ignored
    EXPECT_EQ(changed.count(), 2);
    EXPECT_TRUE(model.roleNames().values().contains("followUpAssigneeName"));
}

// ---- AreaListModel ----

TEST_F(ModelTest, AreaListShowsTheUsersPropertyAndSearchesNameAndCode)
{
    AreaListModel model(&session());
    model.setNow(nowDateTime());
    model.reload();
    Tester tester(&model, fatal);
    std::set<std::string> home, lobbies, lby;
    for (const auto& a : estate_.areas)
        if (a.propertyId == this->home().id) {
            home.insert(a.id);
            if (a.name.find("大堂") != std::string::npos)
                lobbies.insert(a.id);
            if (a.code.find("LBY") != std::string::npos)
                lby.insert(a.id);
        }
    ASSERT_GT(home.size(), 10u);
    ASSERT_LT(home.size(), estate_.areas.size()) << "the other property's areas are on the device too";
    auto ids = [&] {
        std::set<std::string> out;
        for (const auto& id : strings(model, AreaListModel::AreaIdRole))
            out.insert(id.toStdString());
        return out;
    };
    EXPECT_EQ(ids(), home);

    model.setFilterText("大堂");
    EXPECT_EQ(ids(), lobbies);
    EXPECT_FALSE(lobbies.empty());
    model.setFilterText("lby"); // codes match whatever the case
    EXPECT_EQ(ids(), lby);
    model.setFilterText("no such area");
    EXPECT_EQ(model.rowCount(), 0);
    model.setFilterText("");
    EXPECT_EQ(ids(), home);
}

TEST_F(ModelTest, AreaListPutsTheNearestFirstOnceAPositionIsKnown)
{
    AreaListModel model(&session());
    model.setNow(nowDateTime());
    model.reload();
    Tester tester(&model, fatal);
    EXPECT_DOUBLE_EQ(at(model, 0, AreaListModel::DistanceRole).toDouble(), -1) << "no position yet";
    const auto& target = estate_.areas[5];
    ASSERT_EQ(target.propertyId, home().id);
    model.setByDistance(true);
    model.setReferencePosition(target.center->lat + 0.00001, target.center->lon);
    ASSERT_GT(model.rowCount(), 1);
    EXPECT_EQ(at(model, 0, AreaListModel::AreaIdRole).toString().toStdString(), target.id);
    EXPECT_LT(at(model, 0, AreaListModel::DistanceRole).toDouble(), 5.0);
    double last = 0;
    for (const auto& d : column(model, AreaListModel::DistanceRole)) {
        EXPECT_GE(d.toDouble(), last);
        last = d.toDouble();
    }
    EXPECT_GT(last, 50.0);
    // Off again: the due areas lead, whatever the distance.
    model.setByDistance(false);
    EXPECT_TRUE(at(model, 0, AreaListModel::DueTodayRole).toBool());
}

TEST_F(ModelTest, AreaListKnowsWhatIsDueDoneAndInProgressToday)
{
    const patrolbook::Area* daily = nullptr;
    const patrolbook::Area* everyFewDays = nullptr;
    for (const auto& a : estate_.areas) {
        if (a.propertyId != home().id || a.id == estate_.areas[0].id)
            continue;
        if (a.patrolEveryDays == 1 && !daily)
            daily = &a;
        if (a.patrolEveryDays >= 2 && !everyFewDays)
            everyFewDays = &a;
    }
    ASSERT_TRUE(daily && everyFewDays);
    {
        patrolbook::sqlite::Transaction tx(store().database());
        // Yesterday's patrol does for an area patrolled every few days, not for a daily one.
        records().putFromServer(finishedInspection(*daily, todayAt(15, 0, -1)));
        records().putFromServer(finishedInspection(*everyFewDays, todayAt(15, 0, -1)));
        tx.commit();
    }
    AreaListModel model(&session());
    model.setNow(nowDateTime());
    model.reload();
    Tester tester(&model, fatal);
    const int d = rowOf(model, AreaListModel::AreaIdRole, daily->id);
    const int f = rowOf(model, AreaListModel::AreaIdRole, everyFewDays->id);
    ASSERT_GE(d, 0);
    ASSERT_GE(f, 0);
    EXPECT_TRUE(at(model, d, AreaListModel::DueTodayRole).toBool());
    EXPECT_FALSE(at(model, d, AreaListModel::DoneTodayRole).toBool());
    EXPECT_FALSE(at(model, f, AreaListModel::DueTodayRole).toBool());
    const QDateTime last = at(model, d, AreaListModel::LastPatrolRole).toDateTime();
    EXPECT_EQ(last.offsetFromUtc(), 8 * 3600) << "shown at the offset it was recorded at";
    EXPECT_EQ(last.time().hour(), 15);
    EXPECT_EQ(last.time().minute(), 20);
    const int draft = rowOf(model, AreaListModel::AreaIdRole, estate_.areas[0].id);
    EXPECT_TRUE(at(model, draft, AreaListModel::HasDraftRole).toBool()) << "张伟's patrol under way";
    EXPECT_FALSE(at(model, d, AreaListModel::HasDraftRole).toBool());

    // A patrol finished this morning: done, and it moves below what is still to do.
    records().putFromServer(finishedInspection(*daily, todayAt(9, 0)));
    notifySaved();
    const int done = rowOf(model, AreaListModel::AreaIdRole, daily->id);
    EXPECT_TRUE(at(model, done, AreaListModel::DoneTodayRole).toBool());
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool open = at(model, row, AreaListModel::DueTodayRole).toBool()
            && !at(model, row, AreaListModel::DoneTodayRole).toBool();
        if (open) {
            EXPECT_LT(row, done) << "row " << row << " still to patrol comes first";
        }
    }
}

// ---- OwnerListModel ----

TEST_F(ModelTest, OwnerListSearchesNameUnitAndPhoneWithinTheLimit)
{
    OwnerListModel model(&session());
    Tester tester(&model, fatal);
    std::size_t homeOwners = 0;
    for (const auto& o : estate_.owners)
        homeOwners += o.propertyId == home().id ? 1 : 0;
    ASSERT_GT(homeOwners, 100u);
    EXPECT_EQ(model.rowCount(), 100) << "the default limit";
    model.setLimit(1000);
    EXPECT_EQ(std::size_t(model.rowCount()), homeOwners) << "only the user's property";

    const auto owner = *std::find_if(estate_.owners.begin(), estate_.owners.end(), [&](const auto& o) {
        return o.propertyId == home().id && o.phone && o.unitId != estate_.owners[0].unitId;
    });
    const auto& unit = unitOf(owner);
    model.setFilterText(QString::fromStdString(unit.number));
    int row = rowOf(model, OwnerListModel::OwnerIdRole, owner.id);
    ASSERT_GE(row, 0) << unit.number;
    EXPECT_EQ(at(model, row, OwnerListModel::UnitLabelRole).toString().toStdString(), unit.number);
    EXPECT_EQ(at(model, row, OwnerListModel::NameRole).toString().toStdString(), owner.name);
    // The room without its building ("1502" for "3-1502").
    model.setFilterText(QString::fromStdString(unit.number.substr(unit.number.find('-') + 1)));
    EXPECT_GE(rowOf(model, OwnerListModel::OwnerIdRole, owner.id), 0);
    model.setFilterText(QString::fromStdString(*owner.phone));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(at(model, 0, OwnerListModel::OwnerIdRole).toString().toStdString(), owner.id);
    EXPECT_EQ(at(model, 0, OwnerListModel::PhoneRole).toString().toStdString(), *owner.phone);
    model.setFilterText(QString::fromStdString(owner.name));
    EXPECT_GE(rowOf(model, OwnerListModel::OwnerIdRole, owner.id), 0);
    for (const auto& name : strings(model, OwnerListModel::NameRole))
        EXPECT_TRUE(name.contains(QString::fromStdString(owner.name)));
    model.setFilterText("%"); // taken literally, not as a wildcard
    EXPECT_EQ(model.rowCount(), 0);
    model.setFilterText("");
    model.setLimit(5);
    EXPECT_EQ(model.rowCount(), 5);
}

TEST_F(ModelTest, OwnerListShowsTheLastDoneVisit)
{
    const auto visit = *std::find_if(estate_.visits.begin(), estate_.visits.end(), [&](const auto& v) {
        return v.status == patrolbook::VisitStatus::Done && v.propertyId == home().id;
    });
    OwnerListModel model(&session());
    model.setLimit(1000);
    Tester tester(&model, fatal);
    const int row = rowOf(model, OwnerListModel::OwnerIdRole, visit.ownerId);
    ASSERT_GE(row, 0);
    EXPECT_EQ(at(model, row, OwnerListModel::LastVisitRole).toDateTime().toMSecsSinceEpoch(), visit.visitedAt->utcMs);
    int withVisit = 0;
    for (const auto& v : column(model, OwnerListModel::LastVisitRole))
        withVisit += v.toDateTime().isValid() ? 1 : 0;
    EXPECT_LT(withVisit, model.rowCount()) << "most owners had no visit this week";
}

// ---- StaffListModel ----

TEST_F(ModelTest, StaffListHoldsTheActiveStaffOfTheUsersProperties)
{
    StaffListModel model(&session());
    Tester tester(&model, fatal);
    std::set<std::string> expected;
    for (const auto& s : estate_.staff)
        if (s.active && std::find(s.propertyIds.begin(), s.propertyIds.end(), home().id) != s.propertyIds.end())
            expected.insert(s.id);
    std::set<std::string> listed;
    for (const auto& id : strings(model, StaffListModel::StaffIdRole))
        listed.insert(id.toStdString());
    EXPECT_EQ(listed, expected);
    EXPECT_FALSE(listed.count(staff("patrol3").id)) << "王强 works for the other property";
    const auto& manager = staff("manager");
    const int row = model.indexOf(QString::fromStdString(manager.id));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.nameOf(QString::fromStdString(manager.id)).toStdString(), manager.name);
    EXPECT_EQ(at(model, row, StaffListModel::RoleRole).toInt(), int(Values::StaffRole::Manager));
    EXPECT_EQ(model.indexOf("nobody"), -1);
    EXPECT_EQ(model.nameOf("nobody"), "");
}
