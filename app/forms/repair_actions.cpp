#include "repair_actions.hpp"

#include "loop_steps.hpp"
#include "vocabulary.hpp"

#include "patrolbook/loops/repair_flow.hpp"

#include <QDebug>

using patrolbook::RepairOrder;

RepairActions::RepairActions(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

void RepairActions::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &RepairActions::reload);
    connect(session_, &Session::userChanged, this, &RepairActions::reload);
    reload();
}

void RepairActions::setRepairId(const QString& id)
{
    if (id == id_)
        return;
    id_ = id;
    setError({});
    emit repairIdChanged();
    if (session_)
        reload();
}

void RepairActions::setError(const QString& error)
{
    if (error == error_)
        return;
    error_ = error;
    emit errorChanged();
}

void RepairActions::reload()
{
    steps_.clear();
    afterPhotos_ = 0;
    signed_ = false;
    try {
        steps_ = loop_steps::allowed<RepairOrder>(*session_, id_);
        if (const auto r = loop_steps::load<RepairOrder>(*session_, id_)) {
            afterPhotos_ = int(r->afterPhotoIds.size());
            signed_ = r->signaturePhotoId.has_value();
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "repair actions:" << e.what();
    }
    emit changed();
}

QVariantMap RepairActions::offered() const
{
    QVariantMap out;
    for (const auto& s : steps_)
        out.insert(s, true);
    return out;
}

QString RepairActions::stepLabel(const QString& action) const
{
    return Vocabulary::stepLabel(patrolbook::Schema<RepairOrder>::entity, form::str(action));
}

template <class F>
bool RepairActions::run(F&& action)
{
    setError({});
    const bool ok = form::guarded(
        [&] {
            action();
            return true;
        },
        [&](const QString& e) { setError(e); });
    if (ok) {
        reload(); // at once: the buttons follow the tap
        session_->notifyRecordsChanged();
    }
    return ok;
}

bool RepairActions::dispatch(const QString& assigneeId)
{
    return run([&] {
        loop_steps::take<RepairOrder>(*session_, id_, "dispatch", {},
                                      [&](RepairOrder& r) { r.assigneeId = form::optionalText(assigneeId); });
    });
}

bool RepairActions::redispatch(const QString& assigneeId, const QString& reason)
{
    return run([&] {
        loop_steps::take<RepairOrder>(*session_, id_, "redispatch", reason,
                                      [&](RepairOrder& r) { r.assigneeId = form::optionalText(assigneeId); });
    });
}

bool RepairActions::refuse(const QString& reason)
{
    return run([&] { loop_steps::take<RepairOrder>(*session_, id_, "refuse", reason, [](RepairOrder&) {}); });
}

bool RepairActions::accept()
{
    return run([&] { loop_steps::take<RepairOrder>(*session_, id_, "accept", {}, [](RepairOrder&) {}); });
}

bool RepairActions::addAfterPhoto(const QUrl& image)
{
    return run([&] {
        loop_steps::addPhoto<RepairOrder>(*session_, id_, image, {},
                                          [](RepairOrder& r, const std::string& p) { r.afterPhotoIds.push_back(p); });
    });
}

bool RepairActions::setSignature(const QString& pngDataUrl)
{
    return run([&] {
        loop_steps::addPhoto<RepairOrder>(*session_, id_, {}, pngDataUrl,
                                          [](RepairOrder& r, const std::string& p) { r.signaturePhotoId = p; });
    });
}

bool RepairActions::finish(const QString& materials)
{
    return run([&] {
        loop_steps::take<RepairOrder>(*session_, id_, "finish", {},
                                      [&](RepairOrder& r) { r.materials = form::optionalText(materials); });
    });
}

bool RepairActions::rate(const QString& rating, const QString& note)
{
    return run([&] {
        loop_steps::take<RepairOrder>(*session_, id_, "rate", {}, [&](RepairOrder& r) {
            r.rating = patrolbook::enumFromString<patrolbook::VisitOutcome>(form::str(rating));
            r.ratingNote = form::optionalText(note);
        });
    });
}

bool RepairActions::markVisited()
{
    return run([&] { loop_steps::take<RepairOrder>(*session_, id_, "visit", {}, [](RepairOrder&) {}); });
}

bool RepairActions::close()
{
    return run([&] { loop_steps::take<RepairOrder>(*session_, id_, "close", {}, [](RepairOrder&) {}); });
}
