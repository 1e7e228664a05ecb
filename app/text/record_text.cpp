#include "record_text.hpp"
#include "form_support.hpp"

#include "user_scope.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"

#include <algorithm>

#include <type_traits>

namespace {

QString text(const std::optional<std::string>& s)
{
    return s ? form::qstr(*s) : QString();
}

QString unitOf(const patrolbook::DeviceQueries::UnitNumber& unit)
{
    return RecordText::unitLabel(form::qstr(unit.number), form::qstr(unit.buildingCode));
}

} // namespace

QDateTime RecordText::dateTime(const patrolbook::Timestamp& t)
{
    return dateTime(t.utcMs, t.offsetMin);
}

QDateTime RecordText::dateTime(std::int64_t utcMs, std::int64_t offsetMin)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, int(offsetMin * 60));
}

patrolbook::Timestamp RecordText::timestamp(const QDateTime& t)
{
    return patrolbook::Timestamp::fromUtcMs(t.toMSecsSinceEpoch(), t.offsetFromUtc() / 60);
}

QString RecordText::shortDateTime(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString RecordText::duration(std::int64_t minutes)
{
    minutes = std::max<std::int64_t>(minutes, 0);
    const auto days = minutes / (24 * 60), hours = minutes / 60 % 24, mins = minutes % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(mins);
    return tr("%1 min").arg(mins);
}

std::int64_t RecordText::propertyOffset(patrolbook::Store& store, std::string_view propertyId)
{
    return patrolbook::DeviceQueries(store.database()).propertyOffsetMin(propertyId);
}

QString RecordText::zoneName(std::int64_t offsetMin)
{
    if (offsetMin == 0)
        return QStringLiteral("UTC");
    const auto sign = offsetMin < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const auto abs = offsetMin < 0 ? -offsetMin : offsetMin;
    const auto hours = QString::number(abs / 60);
    return abs % 60 == 0 ? QStringLiteral("UTC%1%2").arg(sign).arg(hours)
                         : QStringLiteral("UTC%1%2:%3").arg(sign).arg(hours).arg(abs % 60, 2, 10, QLatin1Char('0'));
}

QString RecordText::zoneSuffix(std::int64_t propertyOffsetMin)
{
    const auto phone = QDateTime::currentDateTime().offsetFromUtc() / 60;
    return phone == propertyOffsetMin ? QString() : QStringLiteral(" (%1)").arg(zoneName(propertyOffsetMin));
}

QString RecordText::propertyDateTime(const patrolbook::Timestamp& t, std::int64_t propertyOffsetMin)
{
    return shortDateTime(dateTime(t.utcMs, propertyOffsetMin)) + zoneSuffix(propertyOffsetMin);
}

QString RecordText::propertyDateTime(patrolbook::Store& store, const patrolbook::Timestamp& t,
                                     std::string_view propertyId)
{
    return propertyDateTime(t, propertyOffset(store, propertyId));
}

QString RecordText::propertyDate(const std::optional<patrolbook::Timestamp>& t, std::int64_t propertyOffsetMin)
{
    return t ? dateTime(t->utcMs, propertyOffsetMin).toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString RecordText::propertyTime(const patrolbook::Timestamp& t, std::int64_t propertyOffsetMin)
{
    return dateTime(t.utcMs, propertyOffsetMin).toString(QStringLiteral("HH:mm")) + zoneSuffix(propertyOffsetMin);
}

std::optional<patrolbook::Timestamp> RecordText::propertyLocal(const QString& date, const QString& time,
                                                               std::int64_t propertyOffsetMin)
{
    const auto d = QDate::fromString(date.trimmed(), Qt::ISODate);
    const auto parts = time.trimmed().split(QLatin1Char(':'));
    if (!d.isValid() || parts.size() != 2)
        return std::nullopt;
    bool okH = false, okM = false;
    const int h = parts[0].toInt(&okH), m = parts[1].toInt(&okM);
    if (!okH || !okM || parts[1].size() != 2 || h < 0 || h > 23 || m < 0 || m > 59)
        return std::nullopt;
    // The wall-clock time on the property's clock, whatever zone the phone is in.
    const QDateTime local(d, QTime(h, m), Qt::OffsetFromUTC, int(propertyOffsetMin * 60));
    return patrolbook::Timestamp::fromUtcMs(local.toMSecsSinceEpoch(), std::int32_t(propertyOffsetMin));
}

QString RecordText::unitLabel(const QString& number, const QString& buildingCode)
{
    if (buildingCode.isEmpty() || number.startsWith(buildingCode + QLatin1Char('-')))
        return number;
    return buildingCode + QLatin1Char('-') + number;
}

QString RecordText::unitLabel(patrolbook::Store& store, std::string_view unitId)
{
    const auto unit = patrolbook::DeviceQueries(store.database()).unitNumber(unitId);
    return unit ? unitOf(*unit) : QString();
}

QString RecordText::ownerName(patrolbook::Store& store, std::string_view ownerId)
{
    return text(patrolbook::DeviceQueries(store.database()).ownerName(ownerId));
}

QString RecordText::areaName(patrolbook::Store& store, std::string_view areaId)
{
    return text(patrolbook::DeviceQueries(store.database()).areaName(areaId));
}

QString RecordText::staffName(patrolbook::Store& store, std::string_view staffId)
{
    return text(patrolbook::DeviceQueries(store.database()).staffName(staffId));
}

namespace {

// A record in a few words, by type (the shared type list dispatches to it). Reference
// data without words of its own is named by its type (Vocabulary::entityLabel).
template <class T>
QString describeRecord(patrolbook::Store& store, const T& r)
{
    using namespace patrolbook;
    if constexpr (std::is_same_v<T, Inspection>) {
        return RecordText::tr("Area patrol: %1, %2")
            .arg(RecordText::areaName(store, r.areaId), RecordText::shortDateTime(RecordText::dateTime(r.startedAt)));
    } else if constexpr (std::is_same_v<T, InspectionItem>) {
        const auto parent = store.records().get<Inspection>(r.inspectionId);
        return RecordText::tr("“%1” in the patrol of %2")
            .arg(form::qstr(r.title), parent ? RecordText::areaName(store, parent->areaId) : QString());
    } else if constexpr (std::is_same_v<T, RenovationCheck>) {
        return RecordText::tr("%1: %2 %3")
            .arg(Vocabulary::label(r.kind), RecordText::unitLabel(store, r.unitId),
                 RecordText::ownerName(store, r.ownerId));
    } else if constexpr (std::is_same_v<T, RenovationItem>) {
        const auto parent = store.records().get<RenovationCheck>(r.checkId);
        return RecordText::tr("“%1” in the renovation check of %2")
            .arg(form::qstr(r.title), parent ? RecordText::unitLabel(store, parent->unitId) : QString());
    } else if constexpr (std::is_same_v<T, OwnerVisit>) {
        return RecordText::tr("Visit to %1 (%2): %3")
            .arg(RecordText::ownerName(store, r.ownerId),
                 RecordText::unitLabel(store, r.unitId.value_or(std::string())), Vocabulary::label(r.purpose));
    } else if constexpr (std::is_same_v<T, FollowUp>) {
        return RecordText::tr("Follow-up: %1").arg(form::qstr(r.description));
    } else if constexpr (std::is_same_v<T, Photo>) {
        return r.recordEntity == Schema<Photo>::entity
            ? QString()
            : RecordText::tr("Photo of %1").arg(RecordText::describe(store, r.recordEntity, r.recordId));
    } else if constexpr (std::is_same_v<T, Notice>) {
        return RecordText::tr("Review of %1").arg(RecordText::describe(store, r.recordEntity, r.recordId));
    } else if constexpr (std::is_same_v<T, RepairOrder>) {
        return RecordText::tr("Repair: %1").arg(form::qstr(r.description));
    } else if constexpr (std::is_same_v<T, Complaint>) {
        return RecordText::tr("Complaint: %1").arg(form::qstr(r.content));
    } else if constexpr (std::is_same_v<T, Handover>) {
        return RecordText::tr("Handover at %1").arg(form::qstr(r.post));
    } else if constexpr (std::is_same_v<T, Owner> || std::is_same_v<T, Area> || std::is_same_v<T, Staff>) {
        return form::qstr(r.name);
    } else {
        return QString();
    }
}

} // namespace

QString RecordText::describe(patrolbook::Store& store, std::string_view e, std::string_view id)
{
    QString out;
    patrolbook::forEachRecordType(patrolbook::AllRecordTypes{}, [&]<class T>() {
        if (patrolbook::Schema<T>::entity == e)
            if (const auto r = store.records().get<T>(std::string(id)))
                out = describeRecord(store, *r);
    });
    return out.isEmpty() ? Vocabulary::entityLabel(e) : out;
}

RecordText::Summary RecordText::summary(patrolbook::Store& store, std::string_view kind, std::string_view id)
{
    using namespace patrolbook;
    Summary out;
    const auto h = DeviceQueries(store.database()).headline(kind, id);
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (!h || Schema<T>::entity != kind)
            return;
        const QString name = form::qstr(h->name), unit = unitOf(h->unit);
        if constexpr (std::is_same_v<T, Inspection>) {
            out.title = name;
            out.failed = h->failedLines;
            out.subtitle = form::qstr(h->text); // the screen shows the kind already
        } else if constexpr (std::is_same_v<T, RenovationCheck>) {
            out.title = (unit + QLatin1Char(' ') + name).trimmed();
            out.subtitle = Vocabulary::labelOf<RenovationKind>(h->kind);
        } else if constexpr (std::is_same_v<T, OwnerVisit>) {
            out.title = (name + QLatin1Char(' ') + unit).trimmed();
            out.subtitle = Vocabulary::labelOf<VisitPurpose>(h->purpose) + QStringLiteral(" · ")
                + Vocabulary::labelOf<ContactChannel>(h->channel);
        } else if constexpr (std::is_same_v<T, FollowUp>) {
            out.subtitle = form::qstr(h->text);
            out.title = name.isEmpty() ? unit : name;
        }
    });
    if (out.title.isEmpty() && kind == Schema<FollowUp>::entity)
        out.title = Vocabulary::entityLabel(kind);
    return out;
}
