#include "record_text.hpp"

#include "user_scope.hpp"
#include "vocabulary.hpp"

#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The first column of a one-row lookup by id, or empty.
QString lookup(patrolbook::Store& store, const std::string& sql, std::string_view id)
{
    auto st = store.database().cached(sql);
    st.bind(1, id);
    QString out;
    if (st.step() && !st.isNull(0))
        out = text(st.getText(0));
    return out;
}

QString unitOf(patrolbook::sqlite::Statement& st, int number, int code)
{
    return RecordText::unitLabel(textColumn(st, number), textColumn(st, code));
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
    auto st = store.database().cached("SELECT utc_offset_min FROM property WHERE id = ?");
    st.bind(1, propertyId);
    std::int64_t offset = patrolbook::Property{}.utcOffsetMin;
    if (st.step() && !st.isNull(0))
        offset = st.getInt64(0);
    return offset;
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
    auto st = store.database().cached(
        "SELECT u.number, b.code FROM unit u LEFT JOIN building b ON b.id = u.building_id WHERE u.id = ?");
    st.bind(1, unitId);
    QString out;
    if (st.step())
        out = unitLabel(text(st.getText(0)), st.isNull(1) ? QString() : text(st.getText(1)));
    return out;
}

QString RecordText::ownerName(patrolbook::Store& store, std::string_view ownerId)
{
    return lookup(store, "SELECT name FROM owner WHERE id = ?", ownerId);
}

QString RecordText::areaName(patrolbook::Store& store, std::string_view areaId)
{
    return lookup(store, "SELECT name FROM area WHERE id = ?", areaId);
}

QString RecordText::staffName(patrolbook::Store& store, std::string_view staffId)
{
    return lookup(store, "SELECT name FROM staff WHERE id = ?", staffId);
}

QString RecordText::describe(patrolbook::Store& store, std::string_view e, std::string_view id)
{
    auto& db = store.database();
    // Each case reads its record's few words with one cached statement.
    auto row = [&](const std::string& sql, auto&& use) {
        auto st = db.cached(sql);
        st.bind(1, id);
        QString out;
        if (st.step())
            out = use(st);
        return out;
    };
    auto str
        = [](patrolbook::sqlite::Statement& st, int col) { return st.isNull(col) ? QString() : text(st.getText(col)); };
    QString out;
    if (e == "inspection") {
        out = row("SELECT area_id, started_at, started_at_offset FROM inspection WHERE id = ?", [&](auto& st) {
            return tr("Area patrol: %1, %2")
                .arg(areaName(store, st.getString(0)), shortDateTime(dateTime(st.getInt64(1), st.getInt64(2))));
        });
    } else if (e == "inspection_item") {
        out = row(
            "SELECT i.title, p.area_id FROM inspection_item i LEFT JOIN inspection p ON p.id = i.inspection_id "
            "WHERE i.id = ?",
            [&](auto& st) { return tr("“%1” in the patrol of %2").arg(str(st, 0), areaName(store, st.getString(1))); });
    } else if (e == "renovation_check") {
        out = row("SELECT kind, unit_id, owner_id FROM renovation_check WHERE id = ?", [&](auto& st) {
            return tr("%1: %2 %3")
                .arg(Vocabulary::labelOf<patrolbook::RenovationKind>(st.getString(0)),
                     unitLabel(store, st.getString(1)), ownerName(store, st.getString(2)));
        });
    } else if (e == "renovation_item") {
        out = row(
            "SELECT i.title, c.unit_id FROM renovation_item i LEFT JOIN renovation_check c ON c.id = i.check_id "
            "WHERE i.id = ?",
            [&](auto& st) {
                return tr("“%1” in the renovation check of %2").arg(str(st, 0), unitLabel(store, st.getString(1)));
            });
    } else if (e == "owner_visit") {
        out = row("SELECT owner_id, unit_id, purpose FROM owner_visit WHERE id = ?", [&](auto& st) {
            return tr("Visit to %1 (%2): %3")
                .arg(ownerName(store, st.getString(0)), unitLabel(store, st.getString(1)),
                     Vocabulary::labelOf<patrolbook::VisitPurpose>(st.getString(2)));
        });
    } else if (e == "follow_up") {
        out = row("SELECT description FROM follow_up WHERE id = ?",
                  [&](auto& st) { return tr("Follow-up: %1").arg(str(st, 0)); });
    } else if (e == "photo") {
        std::string entity, record;
        row("SELECT record_entity, record_id FROM photo WHERE id = ?", [&](auto& st) {
            entity = st.getString(0);
            record = st.getString(1);
            return QString();
        });
        if (!entity.empty() && entity != "photo")
            out = tr("Photo of %1").arg(describe(store, entity, record));
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
    auto& db = store.database();
    if (kind == "inspection") {
        auto st = db.cached("SELECT a.name, (SELECT count(*) FROM inspection_item i WHERE i.inspection_id = x.id "
                            "AND i.deleted = 0 AND i.result = 'fail'), x.note "
                            "FROM inspection x LEFT JOIN area a ON a.id = x.area_id WHERE x.id = ?");
        st.bind(1, id);
        if (st.step()) {
            out.title = textColumn(st, 0);
            out.failed = int(st.getInt64(1));
            out.subtitle = textColumn(st, 2); // the screen shows the kind already
        }
    } else if (kind == "renovation_check") {
        auto st = db.cached("SELECT x.kind, u.number, b.code, o.name FROM renovation_check x "
                            "LEFT JOIN unit u ON u.id = x.unit_id LEFT JOIN building b ON b.id = u.building_id "
                            "LEFT JOIN owner o ON o.id = x.owner_id WHERE x.id = ?");
        st.bind(1, id);
        if (st.step()) {
            out.title = (unitOf(st, 1, 2) + QLatin1Char(' ') + textColumn(st, 3)).trimmed();
            out.subtitle = Vocabulary::labelOf<patrolbook::RenovationKind>(st.getText(0));
        }
    } else if (kind == "owner_visit") {
        auto st = db.cached("SELECT o.name, u.number, b.code, x.purpose, x.channel FROM owner_visit x "
                            "LEFT JOIN owner o ON o.id = x.owner_id LEFT JOIN unit u ON u.id = "
                            "coalesce(x.unit_id, o.unit_id) LEFT JOIN building b ON b.id = u.building_id "
                            "WHERE x.id = ?");
        st.bind(1, id);
        if (st.step()) {
            out.title = (textColumn(st, 0) + QLatin1Char(' ') + unitOf(st, 1, 2)).trimmed();
            out.subtitle = Vocabulary::labelOf<patrolbook::VisitPurpose>(st.getText(3)) + QStringLiteral(" · ")
                + Vocabulary::labelOf<patrolbook::ContactChannel>(st.getText(4));
        }
    } else if (kind == "follow_up") {
        auto st = db.cached("SELECT x.description, a.name, u.number, b.code FROM follow_up x "
                            "LEFT JOIN area a ON a.id = x.area_id LEFT JOIN unit u ON u.id = x.unit_id "
                            "LEFT JOIN building b ON b.id = u.building_id WHERE x.id = ?");
        st.bind(1, id);
        if (st.step()) {
            out.subtitle = textColumn(st, 0);
            out.title = textColumn(st, 1);
            if (out.title.isEmpty())
                out.title = unitOf(st, 2, 3);
        }
        st.reset();
        if (out.title.isEmpty())
            out.title = Vocabulary::entityLabel(kind);
    }
    return out;
}
