#include "follow_up_actions.hpp"

#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "values.hpp"

#include "patrolbook/follow_up_flow.hpp"
#include "patrolbook/store.hpp"

#include <QDebug>

#include <algorithm>

using patrolbook::FollowUpAction;

namespace {

// The order of can_[], and of the invokables.
constexpr FollowUpAction actions[] = {FollowUpAction::Take, FollowUpAction::Release, FollowUpAction::MarkFixed,
                                      FollowUpAction::Verify, FollowUpAction::Reopen};

} // namespace

FollowUpActions::FollowUpActions(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

void FollowUpActions::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &FollowUpActions::reload);
    connect(session_, &Session::userChanged, this, &FollowUpActions::reload);
    reload();
}

void FollowUpActions::setFollowUpId(const QString& id)
{
    if (id == id_)
        return;
    id_ = id;
    setError({});
    emit followUpIdChanged();
    if (session_)
        reload();
}

void FollowUpActions::setError(const QString& error)
{
    if (error == error_)
        return;
    error_ = error;
    emit errorChanged();
}

void FollowUpActions::reload()
{
    std::fill(std::begin(can_), std::end(can_), false);
    try {
        const auto f
            = id_.isEmpty() ? std::nullopt : session_->store().records().get<patrolbook::FollowUp>(form::str(id_));
        const auto role = qml::toShared<patrolbook::StaffRole>(session_->role());
        if (f && !f->deleted && role) {
            const auto allowed = patrolbook::FollowUpFlow::allowed(*f, UserScope::of(*session_).userIdStd(), *role);
            for (std::size_t i = 0; i < std::size(actions); ++i)
                can_[i] = std::find(allowed.begin(), allowed.end(), actions[i]) != allowed.end();
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "follow-up actions:" << e.what();
    }
    emit changed();
}

bool FollowUpActions::act(int action, const QString& note)
{
    setError({});
    const bool ok = form::guarded(
        [&] {
            auto& store = session_->store();
            auto f = store.records().get<patrolbook::FollowUp>(form::str(id_));
            const auto role = qml::toShared<patrolbook::StaffRole>(session_->role());
            if (!f || f->deleted || !role)
                throw patrolbook::Error(patrolbook::ErrorDomain::Storage, patrolbook::ErrorCode::NotFound,
                                        "the follow-up is no longer on this device");
            const auto now = patrolbook::Timestamp::now(std::int32_t(RecordText::propertyOffset(store, f->propertyId)));
            store.records().update(patrolbook::FollowUpFlow::apply(
                *f, actions[action], UserScope::of(*session_).userIdStd(), *role, now, form::optionalText(note)));
            return true;
        },
        [&](const QString& e) { setError(e); });
    if (ok) {
        reload(); // at once: the buttons follow the tap (the record's page follows the session)
        session_->notifyRecordsChanged();
    }
    return ok;
}

bool FollowUpActions::take()
{
    return act(0, {});
}

bool FollowUpActions::release()
{
    return act(1, {});
}

bool FollowUpActions::markFixed(const QString& note)
{
    return act(2, note);
}

bool FollowUpActions::verify()
{
    return act(3, {});
}

bool FollowUpActions::reopen(const QString& reason)
{
    return act(4, reason);
}
