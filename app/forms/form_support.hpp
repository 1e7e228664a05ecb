#pragma once

#include "app_errors.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/geo_point.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/timestamp.hpp"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string>
#include <string_view>

class PositionProvider;
class Session;

// Small conversions the form controllers and models share.
namespace form {

// The one crossing between Qt's strings and shared/'s (UTF-8 std::string): every
// conversion in app/ is one of these.
inline std::string str(const QString& s)
{
    return s.toStdString();
}
inline QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
inline QString qstr(const std::string& s)
{
    return qstr(std::string_view(s));
}
inline QString qstr(const char* s)
{
    return qstr(std::string_view(s));
}
inline QString qstr(const std::optional<std::string>& s)
{
    return s ? qstr(*s) : QString();
}
inline std::optional<std::string> optionalText(const QString& s)
{
    const auto t = s.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<std::string>(str(t));
}
// "yyyy-MM-dd" at the end of that day on the property's clock (offsetMin from UTC);
// nullopt for an empty or invalid date.
std::optional<patrolbook::Timestamp> endOfDay(const QString& isoDate, std::int32_t offsetMin);
// An item's title in the UI language: the checklist's, else what the record stored.
QString checklistTitle(const patrolbook::Checklist* checklist, const std::string& code, const std::string& stored);
// The phone's current fix, if it has a fresh one.
std::optional<patrolbook::GeoPoint> currentPosition(const PositionProvider* gps);

// Runs a form's action: what it throws becomes the form's message in the user's words,
// and the action's transaction (if any) has rolled back, so nothing is half-saved.
template <typename Action, typename SetError>
bool guarded(Action&& action, SetError&& setError)
{
    try {
        return action();
    } catch (const patrolbook::Error& e) {
        setError(userMessage(e));
    } catch (const std::exception& e) {
        // Not a rule the user broke (a full disk, a bug): said all the same.
        setError(
            userMessage(patrolbook::Error(patrolbook::ErrorDomain::Storage, patrolbook::ErrorCode::Sqlite, e.what())));
    }
    return false;
}

} // namespace form
