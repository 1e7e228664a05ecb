#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// One property and a period [fromMs, toMs) of UTC ms: what every statistic is asked for.
// The caller has checked that the property is the caller's (StatsQuery).
struct StatsPeriod {
    std::string propertyId;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};

// A stored record's id and its JSON fields as text, with the few names it is shown with.
struct StatsRecord {
    std::string id;
    std::string fields;
    std::string ownerName; // a visit's owner ("" when unknown)
};

struct StatsOwner {
    std::string id;
    std::string name;
    std::string unitId;
    std::string unitNumber; // "" when the unit is unknown
    std::string buildingName;
};

struct StatsArea {
    std::string id;
    std::string name;
    std::int64_t patrolEveryDays = 1;
    bool active = true;
};

// A finished patrol: all from console_record's columns, no JSON.
struct StatsPatrol {
    std::string areaId;
    std::string staffId;
    std::int64_t atMs = 0;
};

struct StatsFailedLines {
    std::string category;
    std::string areaId;
    int lines = 0;
};

struct StatsFollowUp {
    std::string id;
    std::string status;
    std::string description;
    std::optional<std::string> areaId;
    std::int64_t createdMs = 0;
    std::optional<std::string> dueAt; // ISO text as stored
    std::optional<std::string> verifiedAt;
};

struct StatsRenovation {
    std::string kind; // patrol, acceptance
    int checks = 0;
    int withFailures = 0;
};

// The statistics' reads (docs/console-api.md, "Statistics"): every SQL statement of them,
// so that the handler computes with the shared rules and a PostgreSQL backend replaces
// only this file. Periods are read along console_record's indexes (property and time),
// brought up to date by ConsoleRepo::refresh first; JSON text is read only of the
// period's rows, where a value has no column (each place says why).
class StatsRepo {
public:
    explicit StatsRepo(sqlite::Database& db);

    // The property's stored fields (its clock and rest hours); none when unknown.
    std::optional<std::string> propertyFields(const std::string& propertyId);
    // Live member owners of the property, by record_owner_member, with their unit.
    std::vector<StatsOwner> memberOwners(const std::string& propertyId);
    // Visits done in the period (by the time they were done), with their owner's name.
    std::vector<StatsRecord> doneVisits(const StatsPeriod& period);
    std::vector<StatsArea> areas(const std::string& propertyId);
    // Finished patrols started in the period.
    std::vector<StatsPatrol> finishedPatrols(const StatsPeriod& period);
    // Failed lines of the period's finished patrols, by category and area.
    std::vector<StatsFailedLines> failedLines(const StatsPeriod& period);
    // Follow-ups raised in the period.
    std::vector<StatsFollowUp> followUps(const StatsPeriod& period);
    // Finished renovation checks started in the period, by kind.
    std::vector<StatsRenovation> renovationChecks(const StatsPeriod& period);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
