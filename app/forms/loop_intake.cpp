#include "loop_intake.hpp"

#include "complaint_lists.hpp"
#include "form_support.hpp"
#include "photo_preparer.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "vocabulary.hpp"

#include "patrolbook/loops/complaint_flow.hpp"
#include "patrolbook/loops/loop_step.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/validation.hpp"

#include <QVariantMap>

using namespace patrolbook;
using form::qstr;
using form::str;

namespace {

template <NamedEnum E>
QVariantList enumOptions()
{
    QVariantList out;
    for (const auto name : EnumNames<E>::names)
        out.append(QVariantMap{{QStringLiteral("value"), qstr(name)},
                               {QStringLiteral("label"), Vocabulary::labelOf<E>(name)}});
    return out;
}

template <std::size_t N>
QVariantList listOptions(const std::array<std::string_view, N>& codes)
{
    QVariantList out;
    for (const auto code : codes)
        out.append(QVariantMap{{QStringLiteral("value"), qstr(code)},
                               {QStringLiteral("label"), complaint_lists::label(code)}});
    return out;
}

template <NamedEnum E>
E parse(const QString& wire, E fallback)
{
    return enumFromString<E>(str(wire)).value_or(fallback);
}

} // namespace

LoopIntake::LoopIntake(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

void LoopIntake::setError(const QString& error)
{
    if (error == error_)
        return;
    error_ = error;
    emit errorChanged();
}

void LoopIntake::clearError()
{
    setError({});
}

QVariantList LoopIntake::options(const QString& list) const
{
    if (list == QLatin1String("channel"))
        return enumOptions<ContactChannel>();
    if (list == QLatin1String("category"))
        return enumOptions<RepairCategory>();
    if (list == QLatin1String("urgency"))
        return enumOptions<Urgency>();
    if (list == QLatin1String("severity"))
        return enumOptions<ComplaintSeverity>();
    if (list == QLatin1String("rating"))
        return enumOptions<VisitOutcome>();
    if (list == QLatin1String("consent"))
        return enumOptions<OwnerConsent>();
    if (list == QLatin1String("class"))
        return listOptions(complaint_lists::defaultClasses);
    if (list == QLatin1String("department"))
        return listOptions(complaint_lists::defaultDepartments);
    return {};
}

QString LoopIntake::ownerLabel(const QString& ownerId) const
{
    const auto owner = ownerId.isEmpty() ? std::nullopt : session_->store().records().get<Owner>(str(ownerId));
    if (!owner)
        return {};
    return qstr(owner->name) + QStringLiteral(" · ") + RecordText::unitLabel(session_->store(), owner->unitId);
}

bool LoopIntake::escalates(const QString& severity) const
{
    return patrolbook::escalates(parse(severity, ComplaintSeverity::Normal));
}

namespace {

// The owner the record is for, and a check that this user registers for the desk.
Owner ownerFor(Session& session, const QString& ownerId)
{
    const auto role = qml::toShared<StaffRole>(session.role());
    if (!role || !actsAs(LoopActor::Desk, *role, false))
        throw Error(ErrorDomain::Rule, ErrorCode::Forbidden, "only the front desk, specialists and managers register");
    const auto owner = session.store().records().get<Owner>(str(ownerId));
    if (!owner || owner->deleted)
        throw Error(ErrorDomain::Validation, ErrorCode::Required, "choose the owner", "owner_id");
    return *owner;
}

} // namespace

QString LoopIntake::registerRepair(const QString& ownerId, const QString& channel, const QString& category,
                                   const QString& description, const QString& urgency, const QList<QUrl>& beforePhotos)
{
    clearError();
    QString id;
    form::guarded(
        [&] {
            auto& store = session_->store();
            const auto owner = ownerFor(*session_, ownerId);
            RepairOrder r;
            r.id = newUuid();
            r.propertyId = owner.propertyId;
            r.unitId = owner.unitId;
            r.ownerId = owner.id;
            r.channel = parse(channel, ContactChannel::Phone);
            r.category = parse(category, RepairCategory::Other);
            r.description = str(description.trimmed());
            r.urgency = parse(urgency, Urgency::Normal);
            r.registeredBy = UserScope::of(*session_).userIdStd();
            r.registeredAt = Timestamp::now(std::int32_t(RecordText::propertyOffset(store, r.propertyId)));
            if (const auto problems = validate(r); !problems.empty())
                throw problems.front();
            PhotoPreparer preparer(session_->photoDir());
            std::vector<Photo> photos;
            for (const auto& url : beforePhotos) {
                photos.push_back(preparer.prepare(url, "repair_order", r.id));
                r.beforePhotoIds.push_back(photos.back().id);
            }
            sqlite::Transaction tx(store.database());
            store.records().insert(r);
            for (const auto& p : photos)
                store.records().insert(p);
            tx.commit();
            id = qstr(r.id);
            return true;
        },
        [&](const QString& e) { setError(e); });
    if (!id.isEmpty())
        session_->notifyRecordsChanged();
    return id;
}

QString LoopIntake::registerComplaint(const QString& ownerId, const QString& complainant, const QString& channel,
                                      const QString& content, const QString& complaintClass, const QString& severity)
{
    clearError();
    QString id;
    form::guarded(
        [&] {
            auto& store = session_->store();
            const auto owner = ownerFor(*session_, ownerId);
            Complaint c;
            c.id = newUuid();
            c.propertyId = owner.propertyId;
            c.unitId = owner.unitId;
            c.ownerId = owner.id;
            c.complainant = str(complainant.trimmed().isEmpty() ? qstr(owner.name) : complainant.trimmed());
            c.channel = parse(channel, ContactChannel::Phone);
            c.receivedAt = Timestamp::now(std::int32_t(RecordText::propertyOffset(store, c.propertyId)));
            c.content = str(content.trimmed());
            c.complaintClass = str(complaintClass);
            c.severity = parse(severity, ComplaintSeverity::Normal);
            c.escalated = patrolbook::escalates(c.severity);
            c.registeredBy = UserScope::of(*session_).userIdStd();
            if (const auto problems = validate(c); !problems.empty())
                throw problems.front();
            store.records().insert(c);
            id = qstr(c.id);
            return true;
        },
        [&](const QString& e) { setError(e); });
    if (!id.isEmpty())
        session_->notifyRecordsChanged();
    return id;
}
