#include "model_fixture.hpp"

#include "session.hpp"

#include "patrolbook/enum_names.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/uuid.hpp"

#include <QCoreApplication>

#include <algorithm>

void ModelTest::SetUp()
{
    ASSERT_TRUE(dir_.isValid());
    session_ = std::make_unique<Session>(dir_.path());
    estate_ = patrolbook::makeDemoEstate(now());
    patrolbook::loadDemoEstate(store().records(), estate_);
    const auto& user = staff("patrol");
    userId_ = user.id;
    patrolbook::sync::DeviceState(store().database())
        .setSignIn("test-token", {{"id", user.id}, {"name", user.name}, {"role", "patrol"}});
    session_->reloadUser();
    ASSERT_EQ(session_->userId().toStdString(), userId_);
}

void ModelTest::signInAs(const std::string& username)
{
    const auto& user = staff(username);
    userId_ = user.id;
    patrolbook::sync::DeviceState(store().database())
        .setSignIn("test-token", {{"id", user.id}, {"name", user.name}, {"role", std::string(toString(user.role))}});
    session_->reloadUser();
}

void ModelTest::TearDown()
{
    session_.reset();
}

patrolbook::Timestamp ModelTest::now()
{
    return patrolbook::Timestamp::fromLocal(2026, 11, 27, 10, 0, 0, 480);
}

QDateTime ModelTest::nowDateTime()
{
    return QDateTime::fromMSecsSinceEpoch(now().utcMs, Qt::OffsetFromUTC, 8 * 3600);
}

patrolbook::Timestamp ModelTest::todayAt(int hour, int minute, int daysFromToday)
{
    return patrolbook::Timestamp::fromLocal(2026, 11, 27, unsigned(hour), unsigned(minute), 0, 480)
        .plusMinutes(std::int64_t{daysFromToday} * 1440);
}

patrolbook::Store& ModelTest::store()
{
    return session_->store();
}

void ModelTest::notifySaved()
{
    session_->notifyRecordsChanged();
    session_->flushRecordsChanged(); // what the coalescing timer does
}

const patrolbook::Staff& ModelTest::staff(const std::string& username) const
{
    const auto it = std::find_if(estate_.staff.begin(), estate_.staff.end(),
                                 [&](const patrolbook::Staff& s) { return s.username == username; });
    EXPECT_NE(it, estate_.staff.end()) << username;
    return *it;
}

const patrolbook::Unit& ModelTest::unitOf(const patrolbook::Owner& owner) const
{
    const auto it = std::find_if(estate_.units.begin(), estate_.units.end(),
                                 [&](const patrolbook::Unit& u) { return u.id == owner.unitId; });
    EXPECT_NE(it, estate_.units.end());
    return *it;
}

patrolbook::Inspection ModelTest::finishedInspection(const patrolbook::Area& area, patrolbook::Timestamp start) const
{
    patrolbook::Inspection in;
    in.id = patrolbook::newUuid();
    in.version = 1;
    in.propertyId = area.propertyId;
    in.areaId = area.id;
    in.checklistId = area.checklistId;
    in.inspectorId = userId_;
    in.startedAt = start;
    in.finishedAt = start.plusMinutes(20);
    in.status = patrolbook::RecordStatus::Finished;
    return in;
}

QVariantList ModelTest::column(const QAbstractItemModel& model, int role)
{
    QVariantList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, 0), role));
    return values;
}

QStringList ModelTest::strings(const QAbstractItemModel& model, int role)
{
    QStringList values;
    for (const auto& v : column(model, role))
        values.append(v.toString());
    return values;
}
