// patrolbook-estate: creates and inspects an estate database from the command line.
//   patrolbook-estate demo --db FILE [--now ISO-TIME] [--seed N]   create with the demo estate
//   patrolbook-estate summary --db FILE [--now ISO-TIME]           what today looks like

#include "patrolbook/demo_estate.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/visit_rules.hpp"

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

using namespace patrolbook;

namespace {

int usage()
{
    std::fprintf(stderr,
                 "usage: patrolbook-estate demo --db FILE [--now ISO-TIME] [--seed N]\n"
                 "       patrolbook-estate summary --db FILE [--now ISO-TIME]\n");
    return 2;
}

int demo(const std::filesystem::path& db, Timestamp now, std::uint64_t seed)
{
    if (std::filesystem::exists(db)) {
        std::printf("%s already exists; keeping it (delete it for a fresh demo estate)\n", db.string().c_str());
        return 0;
    }
    Store store(db);
    const auto estate = makeDemoEstate(now, seed);
    loadDemoEstate(store.records(), estate);
    std::printf("created %s: %zu properties, %zu buildings, %zu areas, %zu units, %zu owners, %zu staff, "
                "%zu inspections, %zu owner visits, %zu follow-ups\n",
                db.string().c_str(), estate.properties.size(), estate.buildings.size(), estate.areas.size(),
                estate.units.size(), estate.owners.size(), estate.staff.size(), estate.inspections.size(),
                estate.visits.size(), estate.followUps.size());
    return 0;
}

int summary(const std::filesystem::path& db, Timestamp now)
{
    if (!std::filesystem::exists(db)) {
        std::fprintf(stderr, "%s does not exist; create it with: patrolbook-estate demo --db %s\n", db.string().c_str(),
                     db.string().c_str());
        return 1;
    }
    Store store(db);
    auto& records = store.records();
    for (const auto& property : records.all<Property>()) {
        const auto rest = RestHours::forProperty(property);
        const std::int64_t dayStartMs = now.utcMs - static_cast<std::int64_t>(now.minuteOfDay(480)) * 60'000;
        const Timestamp today{dayStartMs, 480};
        int due = 0, done = 0;
        const auto areas = records.areasOfProperty(property.id);
        for (const auto& area : areas) {
            const auto since = today.plusMinutes(-(area.patrolEveryDays - 1) * 24 * 60);
            const bool patrolled = !records.inspectionsForArea(area.id, since, now.plusMinutes(1)).empty();
            due += area.active ? 1 : 0;
            done += patrolled ? 1 : 0;
        }
        std::printf("%s (%s): %zu areas, patrolled %d of %d due today\n", property.name.c_str(), property.code.c_str(),
                    areas.size(), done, due);
        const auto monthStart = today.plusMinutes(-30 * 24 * 60);
        std::vector<OwnerVisit> visits;
        for (auto& v : records.all<OwnerVisit>())
            if (v.propertyId == property.id)
                visits.push_back(std::move(v));
        const auto c = memberCoverage(records.ownersOfProperty(property.id), visits, monthStart, now, rest);
        std::printf("  member owners visited in the last 30 days: %d of %d (%.0f%%), %d of %d visits on time, "
                    "%d in rest hours\n",
                    c.visitedMembers, c.memberOwners, c.share() * 100, c.onTimeVisits, c.doneVisits,
                    c.visitsInRestHours);
        for (const auto& v : visits) {
            if (v.status != VisitStatus::Planned)
                continue;
            const auto owner = records.get<Owner>(v.ownerId);
            const auto left = minutesLeft(v, now);
            const std::string deadline = left ? ", " + std::to_string(*left / 60) + " h left of the three days" : "";
            std::printf("  planned visit to %s (%s) at %s%s\n", owner ? owner->name.c_str() : "?",
                        std::string{toString(v.channel)}.c_str(), v.plannedAt->toIso().c_str(), deadline.c_str());
        }
    }
    int open = 0, overdue = 0;
    for (auto status : {FollowUpStatus::Open, FollowUpStatus::InProgress})
        for (const auto& f : records.followUpsByStatus(status)) {
            ++open;
            overdue += f.dueAt && *f.dueAt < now;
        }
    std::printf("open follow-ups: %d (%d overdue)\n", open, overdue);
    std::printf("changes waiting to sync: %lld\n", static_cast<long long>(store.outbox().pendingCount()));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return usage();
    const std::string command = argv[1];
    std::filesystem::path db;
    Timestamp now = Timestamp::now(480);
    std::uint64_t seed = 2026;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const std::string value = argv[i + 1];
        if (flag == "--db") {
            db = value;
        } else if (flag == "--now") {
            const auto t = Timestamp::parse(value);
            if (!t) {
                std::fprintf(stderr, "--now: '%s' is not a time like 2026-11-27T10:00:00+08:00\n", value.c_str());
                return 2;
            }
            now = *t;
        } else if (flag == "--seed") {
            seed = std::stoull(value);
        } else {
            return usage();
        }
    }
    if (db.empty())
        return usage();
    try {
        if (command == "demo")
            return demo(db, now, seed);
        if (command == "summary")
            return summary(db, now);
    } catch (const Error& e) {
        std::fprintf(stderr, "patrolbook-estate: %s\n", e.what());
        return 1;
    }
    return usage();
}
