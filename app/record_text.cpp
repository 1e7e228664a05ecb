#include "record_text.hpp"

#include "user_scope.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"

namespace {

QString text(const std::optional<std::string>& s)
{
    return s ? QString::fromStdString(*s) : QString();
}

QString unitOf(const patrolbook::DeviceQueries::UnitNumber& unit)
{
    return RecordText::unitLabel(QString::fromStdString(unit.number), QString::fromStdString(unit.buildingCode));
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

QString RecordText::describe(patrolbook::Store& store, std::string_view e, std::string_view id)
{
    auto& records = store.records();
    const std::string recordId(id);
    QString out;
    if (e == "inspection") {
        if (const auto r = records.get<patrolbook::Inspection>(recordId))
            out = tr("Area patrol: %1, %2").arg(areaName(store, r->areaId), shortDateTime(dateTime(r->startedAt)));
    } else if (e == "inspection_item") {
        if (const auto r = records.get<patrolbook::InspectionItem>(recordId)) {
            const auto parent = records.get<patrolbook::Inspection>(r->inspectionId);
            out = tr("“%1” in the patrol of %2")
                      .arg(QString::fromStdString(r->title), parent ? areaName(store, parent->areaId) : QString());
        }
    } else if (e == "renovation_check") {
        if (const auto r = records.get<patrolbook::RenovationCheck>(recordId))
            out = tr("%1: %2 %3")
                      .arg(Vocabulary::label(r->kind), unitLabel(store, r->unitId), ownerName(store, r->ownerId));
    } else if (e == "renovation_item") {
        if (const auto r = records.get<patrolbook::RenovationItem>(recordId)) {
            const auto parent = records.get<patrolbook::RenovationCheck>(r->checkId);
            out = tr("“%1” in the renovation check of %2")
                      .arg(QString::fromStdString(r->title), parent ? unitLabel(store, parent->unitId) : QString());
        }
    } else if (e == "owner_visit") {
        if (const auto r = records.get<patrolbook::OwnerVisit>(recordId))
            out = tr("Visit to %1 (%2): %3")
                      .arg(ownerName(store, r->ownerId), unitLabel(store, r->unitId.value_or(std::string())),
                           Vocabulary::label(r->purpose));
    } else if (e == "follow_up") {
        if (const auto r = records.get<patrolbook::FollowUp>(recordId))
            out = tr("Follow-up: %1").arg(QString::fromStdString(r->description));
    } else if (e == "photo") {
        if (const auto r = records.get<patrolbook::Photo>(recordId); r && r->recordEntity != "photo")
            out = tr("Photo of %1").arg(describe(store, r->recordEntity, r->recordId));
    } else if (e == "owner") {
        out = ownerName(store, id);
    } else if (e == "area") {
        out = areaName(store, id);
    } else if (e == "staff") {
        out = staffName(store, id);
    }
    return out.isEmpty() ? Vocabulary::entityLabel(e) : out;
}

RecordText::Summary RecordText::summary(patrolbook::Store& store, std::string_view kind, std::string_view id)
{
    Summary out;
    const auto h = patrolbook::DeviceQueries(store.database()).headline(kind, id);
    if (h) {
        const QString name = QString::fromStdString(h->name), unit = unitOf(h->unit);
        if (kind == "inspection") {
            out.title = name;
            out.failed = h->failedLines;
            out.subtitle = QString::fromStdString(h->text); // the screen shows the kind already
        } else if (kind == "renovation_check") {
            out.title = (unit + QLatin1Char(' ') + name).trimmed();
            out.subtitle = Vocabulary::labelOf<patrolbook::RenovationKind>(h->kind);
        } else if (kind == "owner_visit") {
            out.title = (name + QLatin1Char(' ') + unit).trimmed();
            out.subtitle = Vocabulary::labelOf<patrolbook::VisitPurpose>(h->purpose) + QStringLiteral(" · ")
                + Vocabulary::labelOf<patrolbook::ContactChannel>(h->channel);
        } else if (kind == "follow_up") {
            out.subtitle = QString::fromStdString(h->text);
            out.title = name.isEmpty() ? unit : name;
        }
    }
    if (kind == "follow_up" && out.title.isEmpty())
        out.title = Vocabulary::entityLabel(kind);
    return out;
}
