#include "visit_form.hpp"

#include "app_errors.hpp"
#include "form_support.hpp"
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

RestHours restHoursOf(const std::string& propertyId)
{
    const auto property = Session::instance()->store().records().get<Property>(propertyId);
    return property ? RestHours::forProperty(*property) : RestHours::defaults();
}

QString localTime(const Timestamp& t)
{
    return form::toDateTime(t).toString("yyyy-MM-dd HH:mm");
}

} // namespace

VisitForm::VisitForm(QObject* parent)
    : QObject(parent)
{
    // Rest hours begin and the deadline comes closer while the form is open.
    auto* clock = new QTimer(this);
    clock->setInterval(60'000);
    connect(clock, &QTimer::timeout, this, &VisitForm::clockChanged);
    clock->start();
}

bool VisitForm::start(const QString& ownerId)
{
    auto* session = Session::instance();
    auto& records = session->store().records();
    clearError();
    return form::guarded(
        [&]() -> bool {
            const auto owner = records.get<Owner>(str(ownerId));
            if (!owner)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such owner");
            for (const auto& visit : records.visitsForOwner(owner->id))
                if (visit.status == VisitStatus::Planned && visit.staffId == str(session->userId())) {
                    load(qstr(visit.id));
                    return true;
                }
            OwnerVisit visit;
            visit.id = newUuid();
            visit.propertyId = owner->propertyId;
            visit.ownerId = owner->id;
            visit.unitId = owner->unitId;
            visit.staffId = str(session->userId());
            visit.channel = owner->channels.empty() ? ContactChannel::Phone : owner->channels.front();
            // Contacting now, or as soon as the owners' rest hours end; the user can book
            // another time (plan() refuses one inside rest hours).
            visit.plannedAt = restHoursOf(owner->propertyId).nextAllowed(form::now()).atOffset(form::now().offsetMin);
            records.insert(visit);
            session->notifyRecordsChanged();
            load(qstr(visit.id));
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

void VisitForm::load(const QString& visitId)
{
    auto* session = Session::instance();
    auto& records = session->store().records();
    const auto visit = records.get<OwnerVisit>(str(visitId));
    if (!visit)
        throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such visit");
    const auto owner = records.get<Owner>(visit->ownerId);
    visitId_ = qstr(visit->id);
    ownerId_ = qstr(visit->ownerId);
    propertyId_ = qstr(visit->propertyId);
    ownerName_ = owner ? qstr(owner->name) : QString();
    phone_ = owner ? qstr(owner->phone.value_or("")) : QString();
    member_ = owner && owner->member;
    unitLabel_ = form::unitLabel(*session, visit->unitId.value_or(owner ? owner->unitId : ""));
    channel_ = form::name(visit->channel);
    purpose_ = form::name(visit->purpose);
    outcome_ = visit->outcome ? form::name(*visit->outcome) : QString();
    note_ = qstr(visit->note.value_or(""));
    suggestions_ = qstr(visit->suggestions.value_or(""));
    status_ = form::name(visit->status);
    plannedAt_ = visit->plannedAt ? form::toDateTime(*visit->plannedAt) : QDateTime();
    const auto due = visitDueAt(*visit);
    dueAt_ = due ? form::toDateTime(*due) : QDateTime();
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
            auto& records = Session::instance()->store().records();
            auto visit = records.get<OwnerVisit>(str(visitId_));
            if (!visit)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no visit open");
            change(*visit);
            records.update(*visit);
            Session::instance()->notifyRecordsChanged();
            load(visitId_);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool VisitForm::setChannel(const QString& channel)
{
    const auto parsed = form::parse<ContactChannel>(channel);
    return parsed && edit([&](OwnerVisit& v) { v.channel = *parsed; });
}

bool VisitForm::setPurpose(const QString& purpose)
{
    const auto parsed = form::parse<VisitPurpose>(purpose);
    return parsed && edit([&](OwnerVisit& v) { v.purpose = *parsed; });
}

bool VisitForm::setOutcome(const QString& outcome)
{
    const auto parsed = form::parse<VisitOutcome>(outcome);
    if (!outcome.isEmpty() && !parsed)
        return false;
    return edit([&](OwnerVisit& v) { v.outcome = parsed; });
}

bool VisitForm::setNote(const QString& note)
{
    return edit([&](OwnerVisit& v) { v.note = form::optionalText(note); });
}

bool VisitForm::setSuggestions(const QString& suggestions)
{
    return edit([&](OwnerVisit& v) { v.suggestions = form::optionalText(suggestions); });
}

bool VisitForm::plan(const QDateTime& when)
{
    if (!when.isValid()) {
        setError(tr("Choose a date and time for the visit."));
        return false;
    }
    auto* session = Session::instance();
    auto visit = session->store().records().get<OwnerVisit>(str(visitId_));
    if (!visit)
        return false;
    visit->plannedAt = form::fromDateTime(when);
    const auto rest = restHoursOf(visit->propertyId);
    if (const auto problems = planningProblems(*visit, rest); !problems.empty()) {
        const auto next = rest.nextAllowed(*visit->plannedAt).atOffset(rest.utcOffsetMin());
        setError(tr("%1 is inside the owner's rest hours. The next allowed time is %2.")
                     .arg(when.toString("yyyy-MM-dd HH:mm"), localTime(next)));
        return false;
    }
    return edit([&](OwnerVisit& v) { v.plannedAt = form::fromDateTime(when); });
}

bool VisitForm::finish()
{
    auto& records = Session::instance()->store().records();
    clearError();
    auto visit = records.get<OwnerVisit>(str(visitId_));
    if (!visit)
        return false;
    visit->status = VisitStatus::Done;
    visit->visitedAt = form::now();
    if (const auto problems = validate(*visit); !problems.empty()) {
        setError(userMessage(problems.front()));
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
        v.visitedAt = form::now();
    });
}

QStringList VisitForm::script() const
{
    QStringList lines{tr("Greet the owner by name and say who you are and which property you serve.")};
    if (purpose_ == "after_repair")
        lines << tr("Ask whether the repair is done to their satisfaction and still working.")
              << tr("Ask whether the repair staff were on time, polite and left the place clean.");
    else if (purpose_ == "after_complaint")
        lines << tr("Restate the complaint and what was done about it.")
              << tr("Ask whether the owner considers the matter resolved.");
    else if (purpose_ == "satisfaction")
        lines << tr("Ask how satisfied they are with cleaning, security, greenery and the service desk.")
              << tr("Ask what one thing the property should do better.");
    else if (purpose_ == "holiday")
        lines << tr("Give the season's greetings and the holiday service arrangements.");
    else if (purpose_ == "renewal")
        lines << tr("Remind the owner of the fee or contract renewal and answer their questions.");
    else if (purpose_ == "new_owner")
        lines << tr("Welcome the owner, explain the service hours and how to reach the service desk.")
              << tr("Ask for their preferred contact channel and hours.");
    lines << tr("Note their suggestions, thank them, and say when you will follow up.");
    return lines;
}

QString VisitForm::restHoursWarning() const
{
    if (propertyId_.isEmpty())
        return {};
    const auto rest = restHoursOf(str(propertyId_));
    const auto now = form::now();
    if (!rest.contains(now))
        return {};
    return tr("It is the owner's rest time now. Do not call or visit before %1.")
        .arg(form::toDateTime(rest.nextAllowed(now).atOffset(rest.utcOffsetMin())).toString("HH:mm"));
}

int VisitForm::minutesLeft() const
{
    if (!dueAt_.isValid())
        return 0;
    return int(QDateTime::currentDateTime().secsTo(dueAt_) / 60);
}

void VisitForm::clearError()
{
    setError({});
}

void VisitForm::setError(const QString& error)
{
    if (error_ != error) {
        error_ = error;
        emit errorChanged();
    }
}
