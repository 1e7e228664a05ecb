#include "today_summary.hpp"
#include "form_support.hpp"

#include "area_patrol.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QDebug>

TodaySummary::TodaySummary(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

void TodaySummary::attachSession()
{
    visits_.shareSession(*this);
    connect(session_, &Session::recordsChanged, this, &TodaySummary::reload);
    reload();
}

void TodaySummary::setNow(const QDateTime& now)
{
    now_ = now;
    visits_.setNow(now);
    visits_.reload();
    reload();
}

void TodaySummary::reload()
{
    // Also on the screen's clock: the visits' time left moves without any save.
    visits_.reload();
    int areasDue = 0, areasDone = 0, open = 0, overdue = 0, pending = 0;
    QString draft, draftTitle, dateText;
    bool fromHere = false;
    try {
        const auto now = RecordText::timestamp(now_.isValid() ? now_ : QDateTime::currentDateTime());
        const UserScope scope = UserScope::of(*session_);
        auto& store = session_->store();
        for (const auto& a : loadAreaPatrols(store, scope, now)) {
            if (!a.dueToday)
                continue;
            ++areasDue;
            if (a.doneToday)
                ++areasDone;
        }
        // The follow-ups the user raised or is to fix (a manager: all of them).
        const auto counts = patrolbook::DeviceQueries(store.database())
                                .unresolvedFollowUps(scope.propertyIdsJson(),
                                                     scope.manager() ? std::string() : scope.userIdStd(), now.utcMs);
        open = counts.open;
        overdue = counts.overdue;
        pending = int(store.outbox().pendingCount());
        const auto offset = RecordText::propertyOffset(store, form::str(scope.propertyIds().value(0)));
        dateText = RecordText::propertyDate(now, offset);
        const auto latest = patrolbook::DeviceQueries(store.database()).latestDraftPatrol(scope.userIdStd());
        if (latest)
            if (const auto in = store.records().get<patrolbook::Inspection>(*latest)) {
                draft = form::qstr(in->id);
                draftTitle = RecordText::areaName(store, in->areaId) + QStringLiteral(" \u00b7 ")
                    + RecordText::propertyDateTime(store, in->startedAt, in->propertyId);
                fromHere = in->deviceId == patrolbook::sync::DeviceState(store.database()).deviceId();
            }
    } catch (const patrolbook::Error& e) {
        qWarning() << "today:" << e.what();
    }
    if (areasDue == areasDue_ && areasDone == areasDone_ && open == openFollowUps_ && overdue == overdueFollowUps_
        && pending == pendingSync_ && draft == draftInspectionId_ && draftTitle == draftTitle_
        && fromHere == draftFromThisDevice_ && dateText == dateText_)
        return;
    areasDue_ = areasDue;
    areasDone_ = areasDone;
    openFollowUps_ = open;
    overdueFollowUps_ = overdue;
    pendingSync_ = pending;
    draftInspectionId_ = draft;
    draftTitle_ = draftTitle;
    draftFromThisDevice_ = fromHere;
    dateText_ = dateText;
    emit changed();
}
