#include "patrolbook/demo_estate.hpp"

#include "demo_estate_tables.hpp"
#include "demo_loops.hpp"
#include "demo_rng.hpp"
#include "patrolbook/record_store.hpp"
#include "patrolbook/sqlite/transaction.hpp"

#include <array>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace patrolbook {

namespace {

using namespace demo;

constexpr std::int32_t offset = 480; // Asia/Shanghai
constexpr std::int64_t msPerDay = 86'400'000;
constexpr int minutesPerDay = 1440;

// `days` after the local day of `now`, at `minute` past local midnight.
Timestamp localAt(const Timestamp& now, std::int64_t days, int minute)
{
    const std::int64_t local = now.utcMs + offset * 60'000LL;
    const std::int64_t day = local / msPerDay - (local % msPerDay < 0 ? 1 : 0);
    return {(day + days) * msPerDay + (minute - offset) * 60'000LL, offset};
}

// A time owners accept calls: 09:00-11:30 or 14:30-20:00, clear of the default rest hours.
int visitMinute(Rng& rng)
{
    return rng.percent(35) ? rng.range(9 * 60, 11 * 60 + 30) : rng.range(14 * 60 + 30, 20 * 60);
}

// The inspector's note for a failed item, from the tables its checklist was built from.
std::string failNote(AreaType type, const std::string& titleZh)
{
    for (const auto& s : standardItems)
        if (titleZh == s.text.zh)
            return s.text.failZh;
    for (const auto& s : typeSpecs[static_cast<std::size_t>(type)].special)
        if (s.zh && titleZh == s.zh)
            return s.failZh;
    return "不符合标准";
}

std::string hanzi(Rng& rng, std::string_view chars, std::size_t among)
{
    return std::string{chars.substr(rng.below(among) * 3, 3)};
}

class Builder {
public:
    Builder(Timestamp now, std::uint64_t seed, int historyDays)
        : rng_{seed}
        , seed_(seed)
        , now_(now.atOffset(offset))
        , historyDays_(historyDays)
    {
    }

    DemoEstate build()
    {
        places();
        checklistsAndAreas();
        staff();
        for (std::size_t b = 0; b < 5; ++b)
            unitsAndOwners(b);
        // About five patrols a day over the past six days (all within the last week).
        for (int i = 0; i < 30; ++i) {
            const Area& area = rng_.pick(e_.areas);
            const auto& inspector = rng_.pick(patrolIds_[propertyIndex(area.propertyId)]);
            inspection(area, inspector, localAt(now_, -(1 + i * 6 / 30), rng_.range(8 * 60, 17 * 60)), true);
        }
        // Two patrols under way today, one of them by the demo user "patrol" (1号楼大堂, A座大堂).
        inspection(e_.areas[0], patrolIds_[0][0], now_.plusMinutes(-rng_.range(25, 60)), false);
        inspection(e_.areas[24], patrolIds_[1][0], now_.plusMinutes(-rng_.range(25, 60)), false);
        std::set<std::size_t> visited;
        for (int i = 0; i < 20; ++i) {
            std::size_t owner = 0;
            do {
                owner = rng_.below(e_.owners.size());
            } while (!visited.insert(owner).second);
            visit(e_.owners[owner], i);
        }
        olderHistory();
        addDemoLoops(e_, now_, seed_);
        return std::move(e_);
    }

private:
    template <class T>
    T fresh()
    {
        T r;
        r.id = rng_.uuid();
        r.version = 1;
        return r;
    }

    std::size_t propertyIndex(const std::string& id) const { return id == e_.properties[0].id ? 0 : 1; }

    std::string uniquePhone(std::string_view prefix)
    {
        std::string phone;
        do {
            phone = std::string{prefix} + rng_.digits(8);
        } while (!phones_.insert(phone).second);
        return phone;
    }

    void places()
    {
        for (const auto& spec : propertySpecs) {
            auto p = fresh<Property>();
            p.name = spec.name;
            p.code = spec.code;
            p.kind = spec.kind;
            p.address = spec.address;
            e_.properties.push_back(std::move(p));
        }
        for (const auto& spec : buildingSpecs) {
            auto b = fresh<Building>();
            b.propertyId = e_.properties[spec.property].id;
            b.name = spec.name;
            b.code = spec.code;
            b.floors = spec.floors;
            e_.buildings.push_back(std::move(b));
        }
    }

    void checklistsAndAreas()
    {
        for (std::size_t t = 0; t < typeSpecs.size(); ++t) {
            auto c = fresh<Checklist>();
            c.areaType = static_cast<AreaType>(t);
            c.name = std::string{typeSpecs[t].zh} + "日常巡视标准";
            std::array<int, 6> perCategory{};
            auto add = [&](ChecklistCategory category, const ItemText& text) {
                const auto cat = static_cast<std::size_t>(category);
                const int n = ++perCategory[cat];
                const std::string code = std::string{categoryCode[cat]} + (n < 10 ? "-0" : "-") + std::to_string(n);
                c.items.push_back({code, category, text.zh, text.en, ""});
            };
            for (const auto& item : standardItems)
                add(item.category, item.text);
            for (const auto& item : typeSpecs[t].special)
                if (item.zh)
                    add(ChecklistCategory::Special, item);
            e_.checklists.push_back(std::move(c));
        }
        std::vector<AreaSpec> specs;
        for (int b = 0; b < 4; ++b) {
            specs.push_back({0, b, AreaType::Lobby, "大堂"});
            specs.push_back({0, b, AreaType::Lift, "电梯"});
            specs.push_back({0, b, AreaType::Stairwell, "楼梯间"});
        }
        specs.insert(specs.end(), fixedAreas.begin(), fixedAreas.end());
        std::array<std::array<int, typeSpecs.size()>, 2> seq{};
        for (const auto& spec : specs) {
            const auto t = static_cast<std::size_t>(spec.type);
            auto a = fresh<Area>();
            a.propertyId = e_.properties[spec.property].id;
            a.name = spec.name;
            if (spec.building >= 0) {
                const auto b = static_cast<std::size_t>(spec.building);
                a.buildingId = e_.buildings[b].id;
                if (spec.property == 0)
                    a.name = buildingSpecs[b].name + a.name;
            }
            const int n = ++seq[spec.property][t];
            a.code = e_.properties[spec.property].code + "-" + typeSpecs[t].abbr + (n < 10 ? "-0" : "-")
                + std::to_string(n);
            a.areaType = spec.type;
            a.checklistId = e_.checklists[t].id;
            const double lat = origins[spec.property][0] + rng_.real(-0.001, 0.001);
            const double lon = origins[spec.property][1] + rng_.real(-0.0012, 0.0012);
            a.center = GeoPoint{lat, lon, std::nullopt};
            a.radiusM = rng_.range(30, 80);
            a.patrolEveryDays = typeSpecs[t].everyDays;
            e_.areas.push_back(std::move(a));
        }
    }

    void staff()
    {
        for (const auto& spec : staffSpecs) {
            auto s = fresh<Staff>();
            s.name = spec.name;
            s.username = spec.username;
            s.role = spec.role;
            s.team = spec.team;
            s.phone = uniquePhone("138");
            s.skills = {spec.skills[0], spec.skills[1]};
            for (std::size_t p = 0; p < 2; ++p) {
                if (!(spec.properties & (1u << p)))
                    continue;
                s.propertyIds.push_back(e_.properties[p].id);
                if (spec.role == StaffRole::Patrol)
                    patrolIds_[p].push_back(s.id);
                if (spec.role == StaffRole::Patrol || spec.role == StaffRole::Specialist)
                    caretakerIds_[p].push_back(s.id);
            }
            if (spec.role == StaffRole::Manager)
                managerId_ = s.id;
            e_.staff.push_back(std::move(s));
        }
    }

    // 40 units over 20 floors spread up the building, one owner each.
    void unitsAndOwners(std::size_t b)
    {
        const auto& spec = buildingSpecs[b];
        const auto& property = e_.properties[spec.property];
        for (std::int64_t k = 0; k < 40; ++k) {
            auto u = fresh<Unit>();
            u.propertyId = property.id;
            u.buildingId = e_.buildings[b].id;
            u.floor = 2 + (k / 2) * (spec.floors - 2) / 20;
            u.number = std::string{spec.code} + "-" + std::to_string(u.floor) + "0" + std::to_string(k % 2 + 1);
            u.areaSqm = std::round(rng_.real(60, 180) * 10) / 10;

            auto o = fresh<Owner>();
            o.propertyId = property.id;
            o.unitId = u.id;
            const bool male = rng_.percent(50);
            o.gender = male ? Gender::Male : Gender::Female;
            o.name = hanzi(rng_, surnames, rng_.percent(60) ? 12 : surnames.size() / 3);
            const auto prefixes = male ? malePrefixes : femalePrefixes;
            if (rng_.percent(65))
                o.name += hanzi(rng_, prefixes, prefixes.size() / 3);
            const auto given = male ? maleChars : femaleChars;
            o.name += hanzi(rng_, given, given.size() / 3);
            o.phone = uniquePhone(rng_.pick(phonePrefixes));
            if (rng_.percent(30)) {
                const bool qq = rng_.percent(50);
                o.email = qq ? std::to_string(rng_.range(1, 9)) : *o.phone;
                if (qq)
                    *o.email += rng_.digits(8);
                *o.email += qq ? "@qq.com" : "@163.com";
            }
            if (rng_.percent(60)) {
                o.member = true;
                const std::string n = std::to_string(++members_[spec.property]);
                o.memberCardNo = property.code + "-M" + std::string(5 - n.size(), '0') + n;
            }
            if (rng_.percent(90))
                o.channels.push_back(ContactChannel::Phone);
            if (o.email && rng_.percent(60))
                o.channels.push_back(ContactChannel::Email);
            if (rng_.percent(40))
                o.channels.push_back(ContactChannel::Sms);
            if (rng_.percent(30) || o.channels.empty())
                o.channels.push_back(ContactChannel::InPerson);
            if (rng_.percent(30))
                o.preferredHours.emplace_back(rng_.pick(preferredHours));
            if (rng_.percent(40)) {
                o.carPlate = std::string{rng_.pick(platePrefixes)};
                const bool letter = rng_.percent(30);
                if (letter)
                    *o.carPlate += "ABCDEFGHJKLMNPQRSTUVWXYZ"[rng_.below(24)];
                *o.carPlate += rng_.digits(letter ? 4 : 5);
            }
            if (rng_.percent(15))
                o.preferences = std::string{rng_.pick(ownerPreferences)};
            o.assignedStaffId = rng_.pick(caretakerIds_[spec.property]);
            o.assignedAt = now_.plusMinutes(-rng_.range(60, 30 * minutesPerDay));
            e_.units.push_back(std::move(u));
            e_.owners.push_back(std::move(o));
        }
    }

    // A draft is half answered; only a finished patrol fails items and raises follow-ups.
    void inspection(const Area& area, const std::string& inspectorId, Timestamp start, bool finished)
    {
        auto in = fresh<Inspection>();
        in.propertyId = area.propertyId;
        in.areaId = area.id;
        in.checklistId = area.checklistId;
        in.inspectorId = inspectorId;
        in.startedAt = start;
        in.status = finished ? RecordStatus::Finished : RecordStatus::Draft;
        const double lat = area.center->lat + rng_.real(-0.0002, 0.0002);
        const double lon = area.center->lon + rng_.real(-0.0002, 0.0002);
        in.position = GeoPoint{lat, lon, static_cast<double>(rng_.range(5, 15))};
        const auto& items = e_.checklists[static_cast<std::size_t>(area.areaType)].items;
        const std::size_t answered = finished ? items.size() : items.size() / 2;
        Timestamp at = start;
        int failed = 0;
        for (std::size_t k = 0; k < items.size(); ++k) {
            auto it = fresh<InspectionItem>();
            it.inspectionId = in.id;
            it.itemCode = items[k].code;
            it.category = items[k].category;
            it.title = items[k].titleZh;
            if (k < answered) {
                at = at.plusMinutes(rng_.range(1, 3));
                it.answeredAt = at;
                it.result = rng_.percent(3) ? ItemResult::NotApplicable : ItemResult::Pass;
            }
            if (finished && it.result == ItemResult::Pass && rng_.percent(8)) {
                it.result = ItemResult::Fail;
                it.note = failNote(area.areaType, items[k].titleZh);
                ++failed;
                followUp(area, it, inspectorId);
            }
            e_.inspectionItems.push_back(std::move(it));
        }
        if (finished)
            in.finishedAt = at.plusMinutes(rng_.range(1, 5));
        if (failed > 0)
            in.note = "发现" + std::to_string(failed) + "项问题，已生成整改单";
        e_.inspections.push_back(std::move(in));
    }

    void followUp(const Area& area, const InspectionItem& item, const std::string& inspectorId)
    {
        auto f = fresh<FollowUp>();
        f.propertyId = area.propertyId;
        f.sourceEntity = FollowUpSource::InspectionItem;
        f.sourceId = item.id;
        f.areaId = area.id;
        f.description = *item.note;
        f.assigneeId = rng_.pick(patrolIds_[propertyIndex(area.propertyId)]);
        f.createdBy = inspectorId;
        f.createdAt = *item.answeredAt;
        f.dueAt = f.createdAt.plusMinutes(rng_.range(2, 3) * minutesPerDay);
        // Close a couple that are old enough for the fix to have been checked by now; of
        // the older history, nearly all.
        if ((older_ && rng_.percent(92))
            || (closedFollowUps_ < 2 && f.createdAt.plusMinutes(3 * minutesPerDay) <= now_)) {
            ++closedFollowUps_;
            f.status = FollowUpStatus::Closed;
            f.verifiedBy = managerId_;
            f.verifiedAt = f.createdAt.plusMinutes(rng_.range(20, 30) * 60);
            f.resolution = "已整改完毕，主管复查合格";
        } else {
            f.status = rng_.percent(50) ? FollowUpStatus::Open : FollowUpStatus::InProgress;
        }
        e_.followUps.push_back(std::move(f));
    }

    // Days before the week: after everything else, so the week's records stay the same.
    void olderHistory()
    {
        older_ = true;
        for (int day = 7; day < historyDays_; ++day) {
            for (int i = 0; i < 4; ++i) {
                const Area& area = rng_.pick(e_.areas);
                const auto& inspector = rng_.pick(patrolIds_[propertyIndex(area.propertyId)]);
                inspection(area, inspector, localAt(now_, -day, rng_.range(8 * 60, 17 * 60)), true);
            }
            for (int i = 0, n = rng_.range(1, 3); i < n; ++i)
                visit(rng_.pick(e_.owners), rng_.range(0, 13), -day);
        }
    }

    // Visits 0-13 are done in the past six days, 14-19 are booked for the coming days;
    // an older one is done on `onDay`.
    void visit(const Owner& owner, int i, std::optional<std::int64_t> onDay = std::nullopt)
    {
        auto v = fresh<OwnerVisit>();
        v.propertyId = owner.propertyId;
        v.ownerId = owner.id;
        v.unitId = owner.unitId;
        v.staffId = *owner.assignedStaffId;
        v.channel = rng_.pick(owner.channels);
        const bool planned = i >= 14;
        v.purpose = planned ? (i % 2 ? VisitPurpose::AfterRepair : VisitPurpose::AfterComplaint) : donePurposes[i % 7];
        if (v.purpose == VisitPurpose::Renewal && !owner.member)
            v.purpose = VisitPurpose::Satisfaction;
        const bool repair = v.purpose == VisitPurpose::AfterRepair;
        const bool followsService = repair || v.purpose == VisitPurpose::AfterComplaint;
        if (followsService) {
            v.serviceKind = repair ? ServiceKind::Repair : ServiceKind::Complaint;
            v.serviceRef = (repair ? "BX-" : "TS-") + rng_.digits(6);
        }
        if (planned) {
            // Booked before the three-day deadline of the service it follows runs out.
            v.serviceCompletedAt = now_.plusMinutes(-rng_.range(60, minutesPerDay));
            const Timestamp deadline = v.serviceCompletedAt->plusMinutes(3 * minutesPerDay);
            const int minute = visitMinute(rng_);
            std::int64_t day = rng_.range(1, 3);
            while (day > 1 && localAt(now_, day, minute) > deadline)
                --day;
            v.plannedAt = localAt(now_, day, minute);
            e_.visits.push_back(std::move(v));
            return;
        }
        const std::int64_t day = onDay ? *onDay : -rng_.range(1, 6);
        v.status = VisitStatus::Done;
        v.visitedAt = localAt(now_, day, visitMinute(rng_));
        if (followsService) {
            const int daysBefore = rng_.range(1, 2);
            v.serviceCompletedAt = localAt(now_, day - daysBefore, rng_.range(9 * 60, 18 * 60));
        }
        v.outcome = i % 5 == 3 ? VisitOutcome::Average
            : i % 6 == 5       ? VisitOutcome::Unsatisfied
                               : VisitOutcome::Satisfied;
        if (v.outcome == VisitOutcome::Average)
            v.note = std::string{rng_.pick(averageNotes)};
        else if (v.outcome == VisitOutcome::Unsatisfied)
            v.note = std::string{rng_.pick(unsatisfiedNotes)};
        else if (rng_.percent(50))
            v.note = std::string{rng_.pick(satisfiedNotes)};
        if (rng_.percent(35))
            v.suggestions = std::string{rng_.pick(suggestions)};
        v.durationMin = v.channel == ContactChannel::InPerson ? rng_.range(10, 20) : rng_.range(3, 8);
        e_.visits.push_back(std::move(v));
    }

    Rng rng_;
    std::uint64_t seed_;
    Timestamp now_;
    DemoEstate e_;
    std::set<std::string> phones_;
    std::array<std::vector<std::string>, 2> patrolIds_; // per property
    std::array<std::vector<std::string>, 2> caretakerIds_; // patrol and specialist staff, per property
    std::array<int, 2> members_{};
    std::string managerId_;
    int closedFollowUps_ = 0;
    int historyDays_ = 7;
    bool older_ = false;
};

template <Record T>
void putAll(RecordStore& store, const std::vector<T>& records)
{
    for (const auto& r : records)
        store.putFromServer(r);
}

} // namespace

DemoEstate makeDemoEstate(Timestamp now, std::uint64_t seed, int historyDays)
{
    return Builder(now, seed, historyDays).build();
}

void loadDemoEstate(RecordStore& store, const DemoEstate& estate)
{
    sqlite::Transaction tx(store.database());
    putAll(store, estate.properties);
    putAll(store, estate.buildings);
    putAll(store, estate.checklists);
    putAll(store, estate.areas);
    putAll(store, estate.staff);
    putAll(store, estate.units);
    putAll(store, estate.owners);
    putAll(store, estate.inspections);
    putAll(store, estate.inspectionItems);
    putAll(store, estate.visits);
    putAll(store, estate.followUps);
    putAll(store, estate.repairOrders);
    putAll(store, estate.complaints);
    putAll(store, estate.handovers);
    putAll(store, estate.loopEvents);
    tx.commit();
}

} // namespace patrolbook
