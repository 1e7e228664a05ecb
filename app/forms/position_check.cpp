#include "position_check.hpp"
#include "form_support.hpp"

#include "position_provider.hpp"

#include "patrolbook/geo_point.hpp"
#include "patrolbook/patrol_rules.hpp"

#include <QCoreApplication>

using namespace patrolbook;

QString PositionCheck::warning(const std::optional<Area>& area, double latitude, double longitude, double accuracyM)
{
    // In the form's context, where the translators know these texts.
    if (accuracyM < 0)
        return QCoreApplication::translate("PatrolForm",
                                           "The position's accuracy is unknown. Check it is the right area.");
    if (accuracyM > PositionProvider::poorAccuracyM)
        return QCoreApplication::translate("PatrolForm",
                                           "The position is imprecise (±%1 m). Step into the open and stamp it again.")
            .arg(qRound(accuracyM));
    if (area && area->center) {
        const double distance = distanceMetres(*area->center, GeoPoint{latitude, longitude, std::nullopt});
        if (distance > area->radiusM.value_or(PatrolRules::defaultAreaRadiusM))
            return QCoreApplication::translate("PatrolForm", "You are %1 m from %2. Is this the right area?")
                .arg(qRound(distance))
                .arg(form::qstr(area->name));
    }
    return {};
}
