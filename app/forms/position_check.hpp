#pragma once

#include "patrolbook/records.hpp"

#include <QString>

#include <optional>

// Whether a position stamped on a patrol is worth questioning: imprecise, of unknown
// accuracy, or far from the area's centre (PatrolRules::defaultAreaRadiusM when the area
// sets no radius). Said in the user's language.
class PositionCheck {
public:
    // "" when the position is fine for the area; else what to tell the user.
    static QString warning(const std::optional<patrolbook::Area>& area, double latitude, double longitude,
                           double accuracyM);
};
