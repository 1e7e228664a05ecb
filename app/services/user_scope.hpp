#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

class Session;

// Whose records a screen shows: the signed-in user, the properties they work for, and
// whether they see their team's work too (a manager) or only their own. Read from the
// session on each reload, so a sign-in or a pulled staff record takes effect at once.
class UserScope {
public:
    static UserScope of(Session& session);
    UserScope(QString userId, QStringList propertyIds, bool manager);

    const QString& userId() const { return userId_; }
    const std::string& userIdStd() const { return userIdStd_; }
    bool manager() const { return manager_; }
    // No properties known (not signed in yet): every property on the device counts, since
    // the device only holds what its user may see.
    bool allProperties() const { return propertyIds_.isEmpty(); }
    bool hasProperty(std::string_view propertyId) const;
    // The properties as a JSON array, bound to `IN (SELECT value FROM json_each(?))`, so
    // one prepared statement serves any number of properties.
    const std::string& propertyIdsJson() const { return propertyIdsJson_; }
    const QStringList& propertyIds() const { return propertyIds_; }

private:
    QString userId_;
    std::string userIdStd_;
    QStringList propertyIds_;
    std::string propertyIdsJson_;
    bool manager_ = false;
};
