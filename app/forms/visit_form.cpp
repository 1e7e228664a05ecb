#include "visit_form.hpp"

#include "app_errors.hpp"
#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"

#include <QTimer>

#include "patrolbook/error.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/validation.hpp"
#include "patrolbook/visit_rules.hpp"

using namespace patrolbook;
using form::qstr;
using form::str;

namespace {

RestHours restHoursOf(Store& store, const std::string& propertyId)
{
    const auto property = store.records().get<Property>(propertyId);
    return property ? RestHours::forProperty(*property) : RestHours::defaults();
}

} // namespace

VisitForm::VisitForm(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
    // Rest hours begin and the deadline comes closer while the form is open.
    auto* clock = new QTimer(this);
    clock->setInterval(60'000);
    connect(clock, &QTimer::timeout, this, &VisitForm::clockChanged);
    clock->start();
}

bool VisitForm::start(const QString& ownerId)
{
    auto& records = session_->store().records();
    clearError();
    return form::guarded(
        [&]() -> bool {
            const auto owner = records.get<Owner>(str(ownerId));
            if (!owner)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such owner");
            for (const auto& visit : records.visitsForOwner(owner->id))
                if (visit.status == VisitStatus::Planned && visit.staffId == str(session_->userId())) {
                    load(qstr(visit.id));
                    return true;
                }
            const auto offset = RecordText::propertyOffset(session_->store(), owner->propertyId);
            const auto now = Timestamp::now(std::int32_t(offset));
            OwnerVisit visit;
            visit.id = newUuid();
            visit.propertyId = owner->propertyId;
            visit.ownerId = owner->id;
            visit.unitId = owner->unitId;
            visit.staffId = str(session_->userId());
            visit.channel = owner->channels.empty() ? ContactChannel::Phone : owner->channels.front();
            // Contacting now, or as soon as the owners' rest hours end; the user can book
            // another time (plan() refuses one inside rest hours).
            visit.plannedAt
                = restHoursOf(session_->store(), owner->propertyId).nextAllowed(now).atOffset(now.offsetMin);
            // Shown, not saved: the visit is written with the user's first action on it.
            unsaved_ = visit;
            show(visit, true);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool VisitForm::open(const QString& visitId)
{
    clearError();
    return form::guarded(
        [&]() -> bool {
            load(visitId);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

void VisitForm::load(const QString& visitId, bool fresh)
{
    const auto visit = session_->store().records().get<OwnerVisit>(str(visitId));
    if (!visit)
        throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such visit");
    unsaved_.reset();
    show(*visit, fresh);
}

void VisitForm::show(const OwnerVisit& visit, bool fresh)
{
    auto& records = session_->store().records();
    const auto owner = records.get<Owner>(visit.ownerId);
    visitId_ = qstr(visit.id);
    ownerId_ = qstr(visit.ownerId);
    propertyId_ = qstr(visit.propertyId);
    offsetMin_ = RecordText::propertyOffset(session_->store(), visit.propertyId);
    ownerName_ = owner ? qstr(owner->name) : QString();
    phone_ = owner ? qstr(owner->phone.value_or("")) : QString();
    member_ = owner && owner->member;
    unitLabel_ = RecordText::unitLabel(session_->store(), visit.unitId.value_or(owner ? owner->unitId : ""));
    channel_ = visit.channel;
    purpose_ = visit.purpose;
    outcome_ = visit.outcome;
    note_ = qstr(visit.note.value_or(""));
    suggestions_ = qstr(visit.suggestions.value_or(""));
    status_ = visit.status;
    plannedAt_ = visit.plannedAt;
    dueAt_ = visitDueAt(visit);
    // loaded() means a visit was opened: the planner takes its booking. A save only
    // changes what is shown.
    if (fresh)
        emit loaded();
    emit changed();
    emit clockChanged();
}

template <typename F>
bool VisitForm::edit(F&& change)
{
    clearError();
    return form::guarded(
        [&]() -> bool {
            auto& records = session_->store().records();
            if (unsaved_) {
                // The user's first action on the visit: it is saved from now on.
                auto visit = *unsaved_;
                change(visit);
                records.insert(visit);
                unsaved_.reset();
            } else {
                auto visit = records.get<OwnerVisit>(str(visitId_));
                if (!visit)
                    throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no visit open");
                change(*visit);
                records.update(*visit);
            }
            session_->notifyRecordsChanged();
            load(visitId_, false);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

std::optional<OwnerVisit> VisitForm::current() const
{
    if (unsaved_)
        return unsaved_;
    return session_->store().records().get<OwnerVisit>(str(visitId_));
}

bool VisitForm::setChannel(Values::ContactChannel channel)
{
    const auto parsed = qml::toShared<ContactChannel>(channel);
    return parsed && edit([&](OwnerVisit& v) { v.channel = *parsed; });
}

bool VisitForm::setPurpose(Values::VisitPurpose purpose)
{
    const auto parsed = qml::toShared<VisitPurpose>(purpose);
    return parsed && edit([&](OwnerVisit& v) { v.purpose = *parsed; });
}

bool VisitForm::setOutcome(Values::VisitOutcome outcome)
{
    if (!qml::isChoice<VisitOutcome>(outcome))
        return false;
    return edit([&](OwnerVisit& v) { v.outcome = qml::toShared<VisitOutcome>(outcome); });
}

bool VisitForm::setNote(const QString& note)
{
    return edit([&](OwnerVisit& v) { v.note = form::optionalText(note); });
}

bool VisitForm::setSuggestions(const QString& suggestions)
{
    return edit([&](OwnerVisit& v) { v.suggestions = form::optionalText(suggestions); });
}

bool VisitForm::plan(const QString& date, const QString& time)
{
    const auto when = RecordText::propertyLocal(date, time, offsetMin_);
    if (!when) {
        setError(tr("Choose a date and a time (hh:mm) for the visit."));
        return false;
    }
    auto visit = current();
    if (!visit)
        return false;
    visit->plannedAt = *when;
    const auto rest = restHoursOf(session_->store(), visit->propertyId);
    if (const auto problems = planningProblems(*visit, rest); !problems.empty()) {
        const auto next = rest.nextAllowed(*when);
        setError(
            tr("%1 is inside the owner's rest hours. The next allowed time is %2.")
                .arg(RecordText::propertyDateTime(*when, offsetMin_), RecordText::propertyDateTime(next, offsetMin_)));
        return false;
    }
    return edit([&](OwnerVisit& v) { v.plannedAt = *when; });
}

bool VisitForm::finish()
{
    clearError();
    auto visit = current();
    if (!visit)
        return false;
    visit->status = VisitStatus::Done;
    visit->visitedAt = Timestamp::now(std::int32_t(offsetMin_));
    if (const auto problems = validate(*visit); !problems.empty()) {
        setError(userMessage(problems.front()));
        errorField_ = form::qstr(problems.front().field());
        emit errorChanged();
        return false;
    }
    return edit([&](OwnerVisit& v) {
        v.status = VisitStatus::Done;
        v.visitedAt = visit->visitedAt;
    });
}

bool VisitForm::markUnreachable()
{
    return edit([&](OwnerVisit& v) {
        v.status = VisitStatus::Unreachable;
        v.visitedAt = Timestamp::now(std::int32_t(offsetMin_));
    });
}

QStringList VisitForm::script() const
{
    QStringList lines{tr("Greet the owner by name and say who you are and which property you serve.")};
    if (purpose_ == VisitPurpose::AfterRepair)
        lines << tr("Ask whether the repair is done to their satisfaction and still working.")
              << tr("Ask whether the repair staff were on time, polite and left the place clean.");
    else if (purpose_ == VisitPurpose::AfterComplaint)
        lines << tr("Restate the complaint and what was done about it.")
              << tr("Ask whether the owner considers the matter resolved.");
    else if (purpose_ == VisitPurpose::Satisfaction)
        lines << tr("Ask how satisfied they are with cleaning, security, greenery and the service desk.")
              << tr("Ask what one thing the property should do better.");
    else if (purpose_ == VisitPurpose::Holiday)
        lines << tr("Give the season's greetings and the holiday service arrangements.");
    else if (purpose_ == VisitPurpose::Renewal)
        lines << tr("Remind the owner of the fee or contract renewal and answer their questions.");
    else if (purpose_ == VisitPurpose::NewOwner)
        lines << tr("Welcome the owner, explain the service hours and how to reach the service desk.")
              << tr("Ask for their preferred contact channel and hours.");
    lines << tr("Note their suggestions, thank them, and say when you will follow up.");
    return lines;
}

QString VisitForm::restHoursWarning() const
{
    if (propertyId_.isEmpty())
        return {};
    const auto rest = restHoursOf(session_->store(), str(propertyId_));
    const auto now = Timestamp::now(std::int32_t(offsetMin_));
    if (!rest.contains(now))
        return {};
    return tr("It is the owner's rest time now. Do not call or visit before %1.")
        .arg(RecordText::propertyTime(rest.nextAllowed(now), offsetMin_));
}

QString VisitForm::plannedAtText() const
{
    return plannedAt_ ? RecordText::propertyDateTime(*plannedAt_, offsetMin_) : QString();
}

QString VisitForm::plannedDate() const
{
    return RecordText::propertyDate(plannedAt_, offsetMin_);
}

QString VisitForm::plannedTime() const
{
    return plannedAt_ ? RecordText::dateTime(plannedAt_->utcMs, offsetMin_).toString(QStringLiteral("HH:mm"))
                      : QString();
}

QString VisitForm::zoneSuffix() const
{
    return RecordText::zoneSuffix(offsetMin_);
}

QString VisitForm::today() const
{
    return RecordText::propertyDate(Timestamp::now(), offsetMin_);
}

QString VisitForm::dueAtText() const
{
    return dueAt_ ? RecordText::propertyDateTime(*dueAt_, offsetMin_) : QString();
}

int VisitForm::minutesLeft() const
{
    if (!dueAt_)
        return 0;
    return int((dueAt_->utcMs - Timestamp::now().utcMs) / 60'000);
}

void VisitForm::clearError()
{
    setError({});
}

void VisitForm::setError(const QString& error)
{
    if (error.isEmpty())
        errorField_.clear();
    if (error_ != error) {
        error_ = error;
        emit errorChanged();
    }
}
