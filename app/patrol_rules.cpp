#include "patrol_rules.hpp"

#include "form_support.hpp"
#include "position_provider.hpp"

#include "patrolbook/geo_point.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/uuid.hpp"

#include <QCoreApplication>

using namespace patrolbook;

std::optional<FollowUp> PatrolRules::followUpOf(Store& store, const std::string& itemId)
{
    auto st = store.database().cached("SELECT id FROM follow_up WHERE source_id = ? AND deleted = 0 LIMIT 1");
    st.bind(1, itemId);
    std::string id;
    if (st.step())
        id = st.getString(0);
    return id.empty() ? std::nullopt : store.records().get<FollowUp>(id);
}

std::string PatrolRules::faultText(const InspectionItem& item)
{
    std::string text = "\u2717 " + item.title;
    if (item.note && !item.note->empty())
        text += " \u2014 " + *item.note;
    return text;
}

FollowUp PatrolRules::followUpFor(const InspectionItem& item, const Inspection& of, const std::string& userId,
                                  std::int32_t offsetMin)
{
    FollowUp fu;
    fu.id = newUuid();
    fu.propertyId = of.propertyId;
    fu.sourceEntity = FollowUpSource::InspectionItem;
    fu.sourceId = item.id;
    fu.areaId = of.areaId;
    fu.description = faultText(item);
    const auto now = Timestamp::now(offsetMin);
    fu.dueAt = now.plusMinutes(24 * 60);
    fu.createdBy = userId;
    fu.createdAt = now;
    return fu;
}

std::string PatrolRules::unresolvedFollowUpSql(const std::string& alias)
{
    return "(" + alias + ".status IN ('open', 'in_progress') AND NOT EXISTS (SELECT 1 FROM inspection_item i "
        + "JOIN inspection n ON n.id = i.inspection_id WHERE i.id = " + alias + ".source_id AND n.status = 'draft'))";
}

QString PatrolRules::positionWarning(const std::optional<Area>& area, double latitude, double longitude,
                                     double accuracyM)
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
        if (distance > area->radiusM.value_or(defaultAreaRadiusM))
            return QCoreApplication::translate("PatrolForm", "You are %1 m from %2. Is this the right area?")
                .arg(qRound(distance))
                .arg(QString::fromStdString(area->name));
    }
    return {};
}
