#pragma once

#include "patrolbook/records.hpp"

#include <QString>

#include <optional>
#include <string>

namespace patrolbook {
class Store;
}

// What a patrol form decides beyond saving answers: the follow-up a failed line carries,
// and whether a stamped position is worth questioning.
class PatrolRules {
public:
    // Beyond this from an area's center (when the area sets no radius of its own) a
    // stamped position is questioned.
    static constexpr double defaultAreaRadiusM = 150.0;

    // The live follow-up raised from an inspection line, if any.
    static std::optional<patrolbook::FollowUp> followUpOf(patrolbook::Store& store, const std::string& itemId);
    // A new follow-up for a failed line: what is wrong (the line's title until the user
    // says more), due the next day, nobody assigned yet.
    static patrolbook::FollowUp followUpFor(const patrolbook::InspectionItem& item, const patrolbook::Inspection& of,
                                            const QString& title, const std::string& userId);
    // "" when the position is fine for the area; else what to tell the user.
    static QString positionWarning(const std::optional<patrolbook::Area>& area, double latitude, double longitude,
                                   double accuracyM);
};
