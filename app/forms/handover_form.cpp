#include "handover_form.hpp"

#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/handover_rules.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/validation.hpp"

#include <QDebug>
#include <QVariantMap>

using namespace patrolbook;
using form::qstr;
using form::str;

namespace {

QString kindLabel(const std::string& entity)
{
    if (entity == "follow_up")
        return Vocabulary::tr("Follow-up");
    if (entity == "repair_order")
        return Vocabulary::tr("Repair order");
    return Vocabulary::tr("Complaint");
}

} // namespace

HandoverForm::HandoverForm(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

void HandoverForm::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &HandoverForm::reload);
    connect(session_, &Session::userChanged, this, &HandoverForm::reload);
    reload();
}

QStringList HandoverForm::shiftLabels() const
{
    return {Vocabulary::label(Shift::Day), Vocabulary::label(Shift::Night)};
}

void HandoverForm::setError(const QString& error)
{
    if (error == error_)
        return;
    error_ = error;
    emit errorChanged();
}

void HandoverForm::reload()
{
    QVariantList items;
    try {
        const UserScope scope = UserScope::of(*session_);
        for (const auto& item : DeviceQueries(session_->store().database()).openLoopItems(scope.propertyIdsJson()))
            items.push_back(QVariantMap{{"key", qstr(item.entity + ":" + item.id)},
                                        {"kind", kindLabel(item.entity)},
                                        {"text", qstr(item.text)}});
    } catch (const Error& e) {
        qWarning() << "handover:" << e.what();
    }
    if (items == openItems_)
        return;
    openItems_ = items;
    emit openItemsChanged();
}

QString HandoverForm::hand(const QString& post, int shift, const QString& summary, const QStringList& items,
                           const QString& toStaffId)
{
    setError({});
    QString id;
    form::guarded(
        [&] {
            auto& store = session_->store();
            const UserScope scope = UserScope::of(*session_);
            Handover h;
            h.id = newUuid();
            h.propertyId = str(scope.propertyIds().value(0));
            const auto now = Timestamp::now(std::int32_t(RecordText::propertyOffset(store, h.propertyId)));
            h.post = str(post.trimmed());
            h.shift = shift == 1 ? Shift::Night : Shift::Day;
            h.shiftStart = now.plusMinutes(-HandoverRules::shiftMinutes);
            h.summary = str(summary.trimmed());
            for (const auto& item : items)
                h.openItems.push_back(str(item));
            h.handedBy = scope.userIdStd();
            h.handedAt = now;
            h.toStaffId = form::optionalText(toStaffId);
            if (const auto problems = validate(h); !problems.empty())
                throw problems.front();
            store.records().insert(h);
            id = qstr(h.id);
            return true;
        },
        [&](const QString& e) { setError(e); });
    if (!id.isEmpty())
        session_->notifyRecordsChanged();
    return id;
}

bool HandoverForm::receive(const QString& handoverId, const QString& note)
{
    setError({});
    const bool ok = form::guarded(
        [&] {
            auto& store = session_->store();
            const auto h = store.records().get<Handover>(str(handoverId));
            if (!h || h->deleted)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such handover");
            const auto now = Timestamp::now(std::int32_t(RecordText::propertyOffset(store, h->propertyId)));
            store.records().update(
                HandoverRules::receive(*h, UserScope::of(*session_).userIdStd(), now, form::optionalText(note)));
            return true;
        },
        [&](const QString& e) { setError(e); });
    if (ok)
        session_->notifyRecordsChanged();
    return ok;
}
