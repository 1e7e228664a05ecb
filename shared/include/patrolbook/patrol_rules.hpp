#pragma once

// The area-patrol rules, beside the visit rules: how a patrol starts from its checklist,
// what a failed line raises, the order lines are listed in, and when a follow-up still
// counts as open. The app's form, the headless device and the benchmarks all use these.

#include "patrolbook/records.hpp"
#include "patrolbook/timestamp.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

class Store;

class PatrolRules {
public:
    // Beyond this from an area's center (when the area sets no radius of its own) a
    // stamped position is questioned.
    static constexpr double defaultAreaRadiusM = 150.0;

    // A new patrol of `area`: a draft inspection and one unanswered line per checklist
    // item, in the checklist's order, each worded as the checklist words it (the estate's
    // data and language, never the UI's). Nothing is stored; `startedAt` is left unset.
    struct NewPatrol {
        Inspection inspection;
        std::vector<InspectionItem> items;
    };
    static NewPatrol startPatrol(const Area& area, const Checklist& checklist, const std::string& inspectorId,
                                 const std::string& deviceId);

    // The live follow-up raised from an inspection line, if any.
    static std::optional<FollowUp> followUpOf(Store& store, const std::string& itemId);
    // A new follow-up for a failed line: the fault (faultText), due the next day at the
    // property's offset, nobody assigned yet.
    static FollowUp followUpFor(const InspectionItem& item, const Inspection& of, const std::string& userId,
                                std::int32_t offsetMin);
    // A renovation check's failed line raises one too (source renovation_item), about
    // the unit, due on the line's rectify-by date (the next week when it has none).
    static FollowUp followUpFor(const RenovationItem& item, const RenovationCheck& of, const std::string& userId,
                                std::int32_t offsetMin);
    // Keeps a renovation line's follow-up in step with the line, in the caller's
    // transaction: raised when it fails, gone when it no longer fails and never left the
    // device (one the server has stays: only a manager closes it), its due date the
    // line's rectify-by date while it is still to be fixed.
    static void keepRenovationFollowUp(Store& store, const RenovationItem& item, const std::string& userId,
                                       std::int32_t offsetMin);
    // What a failed line's follow-up says until the user words it: the line marked as
    // failed ("✗" and the checklist's own wording) and the officer's note on it. A
    // checklist line words the good state ("Walls free of flyers"), so the mark is what
    // makes it a fault.
    static std::string faultText(const InspectionItem& item);
    // The lines of a checklist in the checklist's order (how the form and the record's
    // detail both list them), whatever order they were stored in.
    template <typename Item>
    static void sortByChecklist(std::vector<Item>& items, const Checklist& checklist)
    {
        auto rank = [&](const Item& item) {
            for (std::size_t i = 0; i < checklist.items.size(); ++i)
                if (checklist.items[i].code == item.itemCode)
                    return i;
            return checklist.items.size();
        };
        std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) { return rank(a) < rank(b); });
    }
    // A re-check's lines with those that failed in the check it re-checks (`before`, by
    // checklist code) first, each group keeping its order.
    template <typename Item>
    static void failedFirst(std::vector<Item>& items, const std::vector<Item>& before)
    {
        auto failedBefore = [&](const Item& item) {
            return std::any_of(before.begin(), before.end(), [&](const Item& b) {
                return b.itemCode == item.itemCode && b.result == ItemResult::Fail;
            });
        };
        std::stable_partition(items.begin(), items.end(), failedBefore);
    }
    // SQL (on the follow_up table as `alias`): a follow-up still to be dealt with: open or
    // being fixed, and not raised by a patrol that is still a draft (its officer may yet
    // change the answer). Today's count and the list it opens use this one condition.
    static std::string unresolvedFollowUpSql(const std::string& alias);
};

} // namespace patrolbook
