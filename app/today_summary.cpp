#include "today_summary.hpp"

#include "area_patrol.hpp"
#include "patrol_rules.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"

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
        // The follow-ups the user raised or is to fix (a manager: all of them), counted in
        // SQLite: closed ones pile up over the years and are never read for this.
        static const std::string followUpSql
            = "SELECT count(*), coalesce(sum(f.due_at IS NOT NULL AND f.due_at < ?3), 0) FROM follow_up f "
              "WHERE f.deleted = 0 AND "
            + PatrolRules::unresolvedFollowUpSql("f")
            + " AND (json_array_length(?1) = 0 OR f.property_id IN (SELECT value FROM json_each(?1))) "
              "AND (?2 IS NULL OR f.created_by = ?2 OR f.assignee_id = ?2)";
        auto followUps = store.database().cached(followUpSql);
        followUps.bind(1, scope.propertyIdsJson());
        if (scope.manager() || scope.userId().isEmpty())
            followUps.bindNull(2);
        else
            followUps.bind(2, scope.userIdStd());
        followUps.bind(3, now.utcMs);
        if (followUps.step()) {
            open = int(followUps.getInt64(0));
            overdue = int(followUps.getInt64(1));
        }
        followUps.reset();
        pending = int(store.outbox().pendingCount());
        const auto offset = RecordText::propertyOffset(store, scope.propertyIds().value(0).toStdString());
        dateText = RecordText::propertyDate(now, offset);
        auto st = store.database().cached("SELECT id FROM inspection WHERE inspector_id = ? AND deleted = 0 AND "
                                          "status = 'draft' ORDER BY started_at DESC LIMIT 1");
        st.bind(1, scope.userIdStd());
        if (st.step())
            draft = textColumn(st, 0);
        st.reset();
        if (!draft.isEmpty())
            if (const auto in = store.records().get<patrolbook::Inspection>(draft.toStdString())) {
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
