#pragma once

#include "patrolbook/records.hpp"
#include "patrolbook/timestamp.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// What one run of the rules did.
struct VisitPlan {
    int afterService = 0;
    int newOwner = 0;
    int coverage = 0;
    int flagged = 0; // visits done in rest hours, flagged (or unflagged once corrected)
    int unassigned = 0; // member owners nobody is assigned to visit
};

// The return visits the rules create (docs/domain.md, "Return visits"), written by the
// server as records of the owner's property at new versions, so the assigned
// specialist's device pulls them:
//  - after a repair order is done or a complaint carried out (rule after_service);
//  - a newly assigned owner's first contact within a week (rule new_owner);
//  - a member owner not visited in the current calendar month (rule coverage).
// Each visit's id is named by its rule and source ("after_service:<loop id>"), and it is
// written only if absent: made once, whatever retries, devices or restarts do. It also
// flags a visit done inside the property's rest hours (in_rest_hours), never silently.
// The caller holds the write turn and the transaction.
class VisitPlanner {
public:
    explicit VisitPlanner(sqlite::Database& db);

    // Right after a push applied changes to these records (entity, id), in its transaction:
    // a loop done gets its visit, a visit done gets its rest-hours flag.
    VisitPlan afterPush(const std::vector<std::pair<std::string, std::string>>& touched, const Timestamp& now);
    // Every rule over every record: `serve`'s timer and `patrolbook-server visits plan`.
    VisitPlan planAll(const Timestamp& now);

    // A name-based UUID (version 8, from SHA-256 of the name): the same name, the same id.
    static std::string generatedId(std::string_view name);

private:
    std::optional<Property> property(const std::string& id);
    std::optional<Owner> owner(const std::string& id);
    bool afterRepair(const RepairOrder& r, const Timestamp& now);
    bool afterComplaint(const Complaint& c, const Timestamp& now);
    bool afterService(ServiceKind kind, const std::string& loopId, const std::optional<std::string>& ownerId,
                      const std::optional<std::string>& unitId, const std::string& fallbackStaff,
                      const Timestamp& doneAt, const Timestamp& now);
    bool flagRestHours(const std::string& visitId, const Timestamp& now);
    bool write(const std::string& name, OwnerVisit visit, const Timestamp& now);

    sqlite::Database& db_;
    std::map<std::string, std::optional<Property>> properties_;
    std::map<std::string, std::optional<Owner>> owners_;
};

} // namespace patrolbook::server
