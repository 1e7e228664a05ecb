#include "complaint_actions.hpp"

#include "loop_steps.hpp"
#include "vocabulary.hpp"

#include "patrolbook/loops/complaint_flow.hpp"

#include <QDebug>

using patrolbook::Complaint;

ComplaintActions::ComplaintActions(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

void ComplaintActions::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &ComplaintActions::reload);
    connect(session_, &Session::userChanged, this, &ComplaintActions::reload);
    reload();
}

void ComplaintActions::setComplaintId(const QString& id)
{
    if (id == id_)
        return;
    id_ = id;
    setError({});
    emit complaintIdChanged();
    if (session_)
        reload();
}

void ComplaintActions::setError(const QString& error)
{
    if (error == error_)
        return;
    error_ = error;
    emit errorChanged();
}

void ComplaintActions::reload()
{
    steps_.clear();
    photos_ = 0;
    signed_ = false;
    try {
        steps_ = loop_steps::allowed<Complaint>(*session_, id_);
        if (const auto c = loop_steps::load<Complaint>(*session_, id_)) {
            photos_ = int(c->photoIds.size());
            signed_ = c->signaturePhotoId.has_value();
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "complaint actions:" << e.what();
    }
    emit changed();
}

QVariantMap ComplaintActions::offered() const
{
    QVariantMap out;
    for (const auto& s : steps_)
        out.insert(s, true);
    return out;
}

QString ComplaintActions::stepLabel(const QString& action) const
{
    return Vocabulary::stepLabel(patrolbook::Schema<Complaint>::entity, form::str(action));
}

template <class F>
bool ComplaintActions::run(F&& action)
{
    setError({});
    const bool ok = form::guarded(
        [&] {
            action();
            return true;
        },
        [&](const QString& e) { setError(e); });
    if (ok) {
        reload(); // at once: the forms follow the tap
        session_->notifyRecordsChanged();
    }
    return ok;
}

namespace {

void nothing(Complaint&)
{
}

} // namespace

bool ComplaintActions::judgeValid()
{
    return run([&] { loop_steps::take<Complaint>(*session_, id_, "accept", {}, nothing); });
}

bool ComplaintActions::explain(const QString& reason)
{
    return run([&] { loop_steps::take<Complaint>(*session_, id_, "explain", reason, nothing); });
}

bool ComplaintActions::addPhoto(const QUrl& image)
{
    return run([&] {
        loop_steps::addPhoto<Complaint>(*session_, id_, image, {},
                                        [](Complaint& c, const std::string& p) { c.photoIds.push_back(p); });
    });
}

bool ComplaintActions::investigate(const QString& cause, const QString& department, const QString& person)
{
    return run([&] {
        loop_steps::take<Complaint>(*session_, id_, "investigate", {}, [&](Complaint& c) {
            c.cause = form::optionalText(cause);
            c.department = form::optionalText(department);
            c.responsiblePerson = form::optionalText(person);
        });
    });
}

bool ComplaintActions::propose(const QString& solution)
{
    return run([&] {
        loop_steps::take<Complaint>(*session_, id_, "propose", {},
                                    [&](Complaint& c) { c.solution = form::optionalText(solution); });
    });
}

bool ComplaintActions::approve()
{
    return run([&] { loop_steps::take<Complaint>(*session_, id_, "approve", {}, nothing); });
}

bool ComplaintActions::sendBack(const QString& reason)
{
    return run([&] { loop_steps::take<Complaint>(*session_, id_, "send_back", reason, nothing); });
}

bool ComplaintActions::setSignature(const QString& pngDataUrl)
{
    return run([&] {
        loop_steps::addPhoto<Complaint>(*session_, id_, {}, pngDataUrl,
                                        [](Complaint& c, const std::string& p) { c.signaturePhotoId = p; });
    });
}

bool ComplaintActions::carryOut(const QString& consent, const QString& penalty, const QString& feedback)
{
    return run([&] {
        loop_steps::take<Complaint>(*session_, id_, "carry_out", {}, [&](Complaint& c) {
            c.consent = patrolbook::enumFromString<patrolbook::OwnerConsent>(form::str(consent));
            c.penalty = form::optionalText(penalty);
            c.feedback = form::optionalText(feedback);
        });
    });
}

bool ComplaintActions::markVisited()
{
    return run([&] { loop_steps::take<Complaint>(*session_, id_, "visit", {}, nothing); });
}

bool ComplaintActions::close(const QString& evaluation, const QString& improvement)
{
    return run([&] {
        loop_steps::take<Complaint>(*session_, id_, "close", {}, [&](Complaint& c) {
            c.evaluation = form::optionalText(evaluation);
            c.improvement = form::optionalText(improvement);
        });
    });
}
