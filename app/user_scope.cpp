#include "user_scope.hpp"

#include "session.hpp"

#include "patrolbook/sqlite/statement.hpp"

#include <nlohmann/json.hpp>

UserScope UserScope::of(Session& session)
{
    return UserScope(session.userId(), session.propertyIds(), session.role() == QLatin1String("manager"));
}

UserScope::UserScope(QString userId, QStringList propertyIds, bool manager)
    : userId_(std::move(userId))
    , userIdStd_(userId_.toStdString())
    , propertyIds_(std::move(propertyIds))
    , manager_(manager)
{
    auto ids = nlohmann::json::array();
    for (const auto& id : propertyIds_)
        ids.push_back(id.toStdString());
    propertyIdsJson_ = ids.dump();
}

bool UserScope::hasProperty(std::string_view propertyId) const
{
    if (allProperties())
        return true;
    for (const auto& id : propertyIds_)
        if (id.toStdString() == propertyId)
            return true;
    return false;
}

std::string containsPattern(const QString& text)
{
    std::string pattern = "%";
    for (const char c : text.trimmed().toStdString()) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    pattern += '%';
    return pattern;
}

QString textColumn(patrolbook::sqlite::Statement& st, int column)
{
    if (st.isNull(column))
        return {};
    const auto t = st.getText(column);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}
