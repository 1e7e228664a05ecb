#pragma once

// The named queries the device's screens read beyond RecordStore's records by id: a few
// words about a record for a list row, an area's patrol state, the owner search, the
// staff of the user's properties, Today's counts. Each is one indexed statement (cached),
// answered in plain values; the app turns them into words.

#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook::sqlite {
class Database;
class SqlLiteral;
} // namespace patrolbook::sqlite

namespace patrolbook {

class DeviceQueries {
public:
    explicit DeviceQueries(sqlite::Database& db)
        : db_(db)
    {
    }

    // ---- names and places
    // The property's UTC offset in minutes (the default property's when it is unknown).
    std::int64_t propertyOffsetMin(std::string_view propertyId);
    struct UnitNumber {
        std::string number, buildingCode; // buildingCode "" when the unit has none
    };
    std::optional<UnitNumber> unitNumber(std::string_view unitId);
    std::optional<std::string> ownerName(std::string_view ownerId);
    std::optional<std::string> areaName(std::string_view areaId);
    std::optional<std::string> staffName(std::string_view staffId);
    // Whether the server has the record (it was pulled or acknowledged): version > 0.
    bool knownToServer(std::string_view entity, std::string_view id);
    // Whether the record has a local change waiting to be sent.
    bool hasPendingChange(std::string_view entity, std::string_view id);
    // The live photos attached to the record itself, oldest first. By entity and id: a
    // record of another type may carry the same id.
    std::vector<std::string> photosOf(std::string_view entity, std::string_view id);

    // ---- a list row's few words (RecordListQuery gives the rows, this their text)
    struct Headline {
        std::string name; // area (inspection, follow-up) or owner (check, visit)
        UnitNumber unit; // the unit (checks, visits, follow-ups of a unit)
        std::string kind; // a renovation check's kind
        std::string purpose, channel; // an owner visit's
        std::string text; // an inspection's note, a follow-up's description
        int failedLines = 0; // an inspection's lines answered "fail"
    };
    std::optional<Headline> headline(std::string_view entity, std::string_view id);

    // ---- area patrols
    struct PatrolTimes {
        Timestamp started;
        std::optional<Timestamp> finished;
    };
    // The latest finished patrol of the area started before `beforeUtcMs`.
    std::optional<PatrolTimes> lastFinishedPatrol(std::string_view areaId, std::int64_t beforeUtcMs);
    // Whether a finished patrol of the area started in [fromUtcMs, toUtcMs).
    bool finishedPatrolBetween(std::string_view areaId, std::int64_t fromUtcMs, std::int64_t toUtcMs);
    bool hasDraftPatrol(std::string_view areaId, std::string_view inspectorId);
    // The inspector's most recently started draft patrol.
    std::optional<std::string> latestDraftPatrol(std::string_view inspectorId);
    // The live follow-up raised from an inspection line.
    std::optional<std::string> followUpOfLine(std::string_view itemId);
    struct FollowUpCounts {
        int open = 0, overdue = 0;
    };
    // Follow-ups still to be dealt with (PatrolRules::unresolvedFollowUpSql) in the
    // properties (a JSON array; [] for all), only those `mineOf` made or must fix unless
    // it is empty, and how many are past due at `nowUtcMs`.
    FollowUpCounts unresolvedFollowUps(const std::string& propertyIdsJson, const std::string& mineOf,
                                       std::int64_t nowUtcMs);

    // ---- the loops (device_loop_queries.cpp): follow-ups, repairs, complaints, handovers
    struct LoopCounts {
        int myFollowUps = 0, myRepairs = 0, myComplaints = 0; // assigned to me, not yet done
        int followUpsToVerify = 0, complaintsToApprove = 0; // a manager's approvals
        int overdue = 0; // follow-ups past due: mine, or all for a manager
        int handoversToConfirm = 0; // handed to me (or to nobody named), not yet received
        int handoversUnconfirmed = 0; // any handed before `staleBeforeUtcMs`: the manager's
    };
    LoopCounts loopCounts(const std::string& propertyIdsJson, const std::string& userId, bool manager,
                          std::int64_t nowUtcMs, std::int64_t staleBeforeUtcMs);
    // The follow-ups assigned to the user still to be fixed (open, in progress), overdue
    // first, then by due date.
    std::vector<std::string> followUpsAssignedTo(const std::string& propertyIdsJson, const std::string& userId,
                                                 std::int64_t nowUtcMs);
    // Follow-ups marked fixed, waiting for a manager to check them, oldest step first.
    std::vector<std::string> followUpsToVerify(const std::string& propertyIdsJson);
    // A loop's steps (LoopEvents), oldest first.
    std::vector<std::string> loopEvents(std::string_view loopEntity, std::string_view loopId);
    struct OpenItem {
        std::string entity, id, text;
    };
    // What a handover can carry over: the open follow-ups, repair orders and complaints.
    std::vector<OpenItem> openLoopItems(const std::string& propertyIdsJson);
    // Handovers not yet received: those the user may take over (to them or to nobody
    // named, not their own), or, with `all`, every one handed before `beforeUtcMs`.
    std::vector<std::string> handoversWaiting(const std::string& propertyIdsJson, const std::string& userId, bool all,
                                              std::int64_t beforeUtcMs);
    // The renovation check that re-checks this one (复查), if any.
    std::optional<std::string> recheckOf(std::string_view checkId);

    // ---- people
    struct OwnerRow {
        std::string id, name, unitId, phone;
        UnitNumber unit;
        bool member = false;
        std::optional<std::int64_t> lastVisitUtcMs; // the latest done visit
        std::int64_t propertyOffsetMin = 0;
    };
    // Owners of the properties (a JSON array; [] for all) in building, floor and unit
    // order, those matching `pattern` (a LIKE pattern: containsPattern) by name, unit or
    // phone when one is given, at most `limit`.
    std::vector<OwnerRow> searchOwners(const std::string& propertyIdsJson, const std::optional<std::string>& pattern,
                                       int limit);
    struct StaffRow {
        std::string id, name, role, team;
    };
    // Active staff sharing a property with the list (a JSON array; [] for all), by team.
    std::vector<StaffRow> activeStaff(const std::string& propertyIdsJson);

private:
    std::optional<std::string> text(sqlite::SqlLiteral sql, std::string_view id);
    sqlite::Database& db_;
};

} // namespace patrolbook
