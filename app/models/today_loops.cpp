#include "today_loops.hpp"

#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "values.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/handover_rules.hpp"
#include "patrolbook/store.hpp"

#include <QDebug>

#include <algorithm>
#include <iterator>

TodayLoops::TodayLoops(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

void TodayLoops::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &TodayLoops::reload);
    connect(session_, &Session::userChanged, this, &TodayLoops::reload);
    reload();
}

void TodayLoops::setNow(const QDateTime& now)
{
    now_ = now;
    reload();
}

void TodayLoops::reload()
{
    int c[8] = {};
    const auto role = qml::toShared<patrolbook::StaffRole>(session_->role());
    const bool approves = role == patrolbook::StaffRole::Manager;
    const bool registers = role == patrolbook::StaffRole::Office || role == patrolbook::StaffRole::Specialist
        || role == patrolbook::StaffRole::Manager;
    const bool works = role && role != patrolbook::StaffRole::Office;
    try {
        const auto now = RecordText::timestamp(now_.isValid() ? now_ : QDateTime::currentDateTime());
        const UserScope scope = UserScope::of(*session_);
        const auto counts = patrolbook::DeviceQueries(session_->store().database())
                                .loopCounts(scope.propertyIdsJson(), scope.userIdStd(), approves, now.utcMs,
                                            now.utcMs - patrolbook::HandoverRules::shiftMinutes * 60'000);
        c[0] = counts.myFollowUps;
        c[1] = counts.myRepairs;
        c[2] = counts.myComplaints;
        c[3] = counts.followUpsToVerify;
        c[4] = counts.complaintsToApprove;
        c[5] = counts.overdue;
        c[6] = counts.handoversToConfirm;
        c[7] = counts.handoversUnconfirmed;
    } catch (const patrolbook::Error& e) {
        qWarning() << "today's loops:" << e.what();
    }
    if (std::equal(std::begin(c), std::end(c), std::begin(c_)) && approves == approves_ && registers == registers_
        && works == works_)
        return;
    std::copy(std::begin(c), std::end(c), std::begin(c_));
    approves_ = approves;
    registers_ = registers;
    works_ = works;
    emit changed();
}
