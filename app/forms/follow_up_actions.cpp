#include "follow_up_actions.hpp"

#include "form_support.hpp"
#include "photo_cache.hpp"
#include "photo_preparer.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "values.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/follow_up_flow.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"

#include <QDebug>

#include <algorithm>

using patrolbook::FollowUpAction;

namespace {

// The order of can_[], and of the invokables.
constexpr FollowUpAction actions[] = {FollowUpAction::Take,   FollowUpAction::Release, FollowUpAction::MarkFixed,
                                      FollowUpAction::Verify, FollowUpAction::Reopen,  FollowUpAction::Reassign};

// The problem as it was found: the failed line's photos, and any the follow-up itself
// carries besides its after-photos.
std::vector<std::string> beforePhotoIds(patrolbook::Store& store, const patrolbook::FollowUp& f)
{
    std::vector<std::string> ids;
    if (f.sourceId && f.sourceEntity == patrolbook::FollowUpSource::InspectionItem)
        if (const auto line = store.records().get<patrolbook::InspectionItem>(*f.sourceId))
            ids = line->photoIds;
    if (f.sourceId && f.sourceEntity == patrolbook::FollowUpSource::RenovationItem)
        if (const auto line = store.records().get<patrolbook::RenovationItem>(*f.sourceId))
            ids = line->photoIds;
    for (auto& id : patrolbook::DeviceQueries(store.database()).photosOf("follow_up", f.id))
        if (std::find(f.afterPhotoIds.begin(), f.afterPhotoIds.end(), id) == f.afterPhotoIds.end())
            ids.push_back(std::move(id));
    return ids;
}

// Shown wherever the photo is: on the device, or fetched from the server (PhotoCache),
// so a manager on a tablet sees the patrol officer's photos.
QStringList photoUrls(patrolbook::Store& store, const std::vector<std::string>& ids)
{
    QStringList out;
    for (const auto& id : ids)
        if (const auto photo = store.records().get<patrolbook::Photo>(id))
            out << PhotoCache::urlOf(photo->sha256).toString();
    return out;
}

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
    assigneeId_.clear();
    before_.clear();
    after_.clear();
    afterCount_ = 0;
    try {
        auto& store = session_->store();
        const auto f = id_.isEmpty() ? std::nullopt : store.records().get<patrolbook::FollowUp>(form::str(id_));
        const auto role = qml::toShared<patrolbook::StaffRole>(session_->role());
        const auto userId = UserScope::of(*session_).userIdStd();
        if (f && !f->deleted && role) {
            const auto allowed = patrolbook::FollowUpFlow::allowed(*f, userId, *role);
            for (std::size_t i = 0; i < std::size(actions); ++i)
                can_[i] = std::find(allowed.begin(), allowed.end(), actions[i]) != allowed.end();
            // Not a button (FollowUpFlow::allowed leaves it out): offered with a staff picker.
            const auto* reassign = patrolbook::LoopFlow<patrolbook::FollowUp>::step("reassign");
            can_[5] = reassign && patrolbook::LoopFlow<patrolbook::FollowUp>::mayTake(*reassign, *f, userId, *role);
            assigneeId_ = form::qstr(f->assigneeId);
            before_ = photoUrls(store, beforePhotoIds(store, *f));
            after_ = photoUrls(store, f->afterPhotoIds);
            afterCount_ = int(f->afterPhotoIds.size());
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "follow-up actions:" << e.what();
    }
    emit changed();
}

bool FollowUpActions::act(int action, const QString& note, const QString& assignee)
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
            if (actions[action] == FollowUpAction::Reassign) {
                if (assignee.isEmpty() || form::str(assignee) == f->assigneeId.value_or(""))
                    throw patrolbook::Error(patrolbook::ErrorDomain::Validation, patrolbook::ErrorCode::Required,
                                            "choose who takes it over", "assignee_id");
                f->assigneeId = form::str(assignee);
            }
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

bool FollowUpActions::addAfterPhoto(const QUrl& image)
{
    setError({});
    const bool ok = form::guarded(
        [&] {
            auto& store = session_->store();
            auto f = store.records().get<patrolbook::FollowUp>(form::str(id_));
            if (!f || f->deleted)
                throw patrolbook::Error(patrolbook::ErrorDomain::Storage, patrolbook::ErrorCode::NotFound,
                                        "the follow-up is no longer on this device");
            const auto photo = PhotoPreparer(session_->photoDir()).prepare(image, "follow_up", f->id);
            f->afterPhotoIds.push_back(photo.id);
            patrolbook::sqlite::Transaction tx(store.database());
            store.records().insert(photo);
            store.records().update(*f);
            tx.commit();
            return true;
        },
        [&](const QString& e) { setError(e); });
    if (ok) {
        reload();
        session_->notifyRecordsChanged();
    }
    return ok;
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

bool FollowUpActions::reassign(const QString& staffId, const QString& note)
{
    return act(5, note, staffId);
}
