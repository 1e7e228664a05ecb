#pragma once

#include "patrolbook/records.hpp"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
    // A new follow-up for a failed line: the fault (faultText), due the next day at the
    // property's offset, nobody assigned yet.
    static patrolbook::FollowUp followUpFor(const patrolbook::InspectionItem& item, const patrolbook::Inspection& of,
                                            const std::string& userId, std::int32_t offsetMin);
    // What a failed line's follow-up says until the user words it: the line marked as
    // failed ("✗" and the checklist's own wording, the estate's data, never the UI's
    // language) and the officer's note on it. A checklist line words the good state
    // ("Walls free of flyers"), so the mark is what makes it a fault.
    static std::string faultText(const patrolbook::InspectionItem& item);
    // The lines of a checklist in the checklist's order (how the form and the record's
    // detail both list them), whatever order they were stored in.
    template <typename Item>
    static void sortByChecklist(std::vector<Item>& items, const patrolbook::Checklist& checklist)
    {
        auto rank = [&](const Item& item) {
            for (std::size_t i = 0; i < checklist.items.size(); ++i)
                if (checklist.items[i].code == item.itemCode)
                    return i;
            return checklist.items.size();
        };
        std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) { return rank(a) < rank(b); });
    }
    // SQL (on the follow_up table as `alias`): a follow-up still to be dealt with: open or
    // being fixed, and not raised by a patrol that is still a draft (its officer may yet
    // change the answer). Today's count and the list it opens use this one condition.
    static std::string unresolvedFollowUpSql(const std::string& alias);
    // "" when the position is fine for the area; else what to tell the user.
    static QString positionWarning(const std::optional<patrolbook::Area>& area, double latitude, double longitude,
                                   double accuracyM);
};
