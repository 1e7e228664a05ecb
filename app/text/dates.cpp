#include "dates.hpp"

QDate Dates::parse(const QString& text)
{
    // Exactly ten characters: QDate::fromString alone accepts "2026-1-7" with this format
    // on some Qt versions, which the field would then show differently from what is kept.
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

QString Dates::text(const QDate& day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString Dates::addDays(const QString& from, int days) const
{
    const QDate start = parse(from);
    return text((start.isValid() ? start : QDate::currentDate()).addDays(days));
}
