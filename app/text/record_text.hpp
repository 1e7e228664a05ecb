#pragma once

#include "patrolbook/timestamp.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace patrolbook {
class Store;
}

// How records read on screen, in the user's language: a unit's label, a record described
// in a few words, and record times on the property's clock. The words for stored values
// ("after_repair" -> "After a repair") are Vocabulary's.
class RecordText {
    Q_DECLARE_TR_FUNCTIONS(RecordText)

public:
    static QDateTime dateTime(const patrolbook::Timestamp& t);
    static QDateTime dateTime(std::int64_t utcMs, std::int64_t offsetMin);
    static patrolbook::Timestamp timestamp(const QDateTime& t);
    // "2026-11-27 10:05": the same in both languages, and short enough for a list row.
    static QString shortDateTime(const QDateTime& t);
    // How long something took or has waited: "3 d 2 h", "2 h 5 min", "40 min".
    static QString duration(std::int64_t minutes);

    // Record times are shown, entered and judged in the property's time zone, whatever
    // the phone's zone is. The property's offset from UTC (minutes; 480 when unknown).
    static std::int64_t propertyOffset(patrolbook::Store& store, std::string_view propertyId);
    // "UTC+8", "UTC+5:30", "UTC".
    static QString zoneName(std::int64_t offsetMin);
    // "2026-11-27 10:05" in the property's zone, followed by " (UTC+8)" when the phone is
    // in another zone, so that nobody reads it as their own clock.
    static QString propertyDateTime(const patrolbook::Timestamp& t, std::int64_t propertyOffsetMin);
    static QString propertyDateTime(patrolbook::Store& store, const patrolbook::Timestamp& t,
                                    std::string_view propertyId);
    // "2026-11-27": the day of t on the property's clock; "" for none.
    static QString propertyDate(const std::optional<patrolbook::Timestamp>& t, std::int64_t propertyOffsetMin);
    // "10:05", with the zone as above.
    static QString propertyTime(const patrolbook::Timestamp& t, std::int64_t propertyOffsetMin);
    // " (UTC+8)" when the phone's zone now differs from the property's, else "".
    static QString zoneSuffix(std::int64_t propertyOffsetMin);
    // A date ("yyyy-MM-dd") and a time ("HH:mm") on the property's clock; nullopt when
    // either is invalid.
    static std::optional<patrolbook::Timestamp> propertyLocal(const QString& date, const QString& time,
                                                              std::int64_t propertyOffsetMin);

    // "3-1502": the unit number, which usually starts with its building's code already.
    static QString unitLabel(const QString& number, const QString& buildingCode);
    static QString unitLabel(patrolbook::Store& store, std::string_view unitId);
    static QString ownerName(patrolbook::Store& store, std::string_view ownerId);
    static QString areaName(patrolbook::Store& store, std::string_view areaId);
    static QString staffName(patrolbook::Store& store, std::string_view staffId);
    // What a record is, in a few words ("Area patrol: 1号楼大堂, 2026-11-27 10:05"), for
    // the sync problems and the detail's title. Falls back to the entity's name.
    static QString describe(patrolbook::Store& store, std::string_view entity, std::string_view id);

    // A row of the records list: the area, the unit and owner, or the owner as the title;
    // below it the patrol's note, the kind of renovation check, the visit's purpose and
    // channel, or the follow-up's text; and the failed lines of a patrol.
    struct Summary {
        QString title, subtitle;
        int failed = 0;
    };
    static Summary summary(patrolbook::Store& store, std::string_view kind, std::string_view id);
};
