#include "user_scope.hpp"
#include "form_support.hpp"

#include "session.hpp"

#include <nlohmann/json.hpp>

UserScope UserScope::of(Session& session)
{
    return UserScope(session.userId(), session.propertyIds(), session.role() == Values::StaffRole::Manager);
}

UserScope::UserScope(QString userId, QStringList propertyIds, bool manager)
    : userId_(std::move(userId))
    , userIdStd_(form::str(userId_))
    , propertyIds_(std::move(propertyIds))
    , manager_(manager)
{
    auto ids = nlohmann::json::array();
    for (const auto& id : propertyIds_)
        ids.push_back(form::str(id));
    propertyIdsJson_ = ids.dump();
}

bool UserScope::hasProperty(std::string_view propertyId) const
{
    if (allProperties())
        return true;
    for (const auto& id : propertyIds_)
        if (form::str(id) == propertyId)
            return true;
    return false;
}
