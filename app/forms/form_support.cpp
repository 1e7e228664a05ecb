#include "form_support.hpp"

#include "position_provider.hpp"
#include "record_text.hpp"
#include "session.hpp"

#include <QLocale>

namespace form {

std::optional<patrolbook::Timestamp> endOfDay(const QString& isoDate, std::int32_t offsetMin)
{
    const auto date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return RecordText::timestamp(QDateTime(date, QTime(23, 59, 0), Qt::OffsetFromUTC, offsetMin * 60));
}

QString checklistTitle(const patrolbook::Checklist* checklist, const std::string& code, const std::string& stored)
{
    if (checklist) {
        const bool english = QLocale().language() != QLocale::Chinese;
        for (const auto& item : checklist->items)
            if (item.code == code) {
                const auto& title = english && !item.titleEn.empty() ? item.titleEn : item.titleZh;
                if (!title.empty())
                    return qstr(title);
            }
    }
    return qstr(stored);
}

std::optional<patrolbook::GeoPoint> currentPosition(const PositionProvider* gps)
{
    if (!gps || !gps->valid())
        return std::nullopt;
    return patrolbook::GeoPoint{gps->latitude(), gps->longitude(),
                                gps->accuracy() >= 0 ? std::optional(gps->accuracy()) : std::nullopt};
}

} // namespace form
