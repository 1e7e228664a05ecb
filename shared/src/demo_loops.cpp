#include "demo_loops.hpp"

#include "demo_rng.hpp"
#include "patrolbook/follow_up_flow.hpp"
#include "patrolbook/loops/complaint_flow.hpp"
#include "patrolbook/loops/repair_flow.hpp"
#include "patrolbook/visit_rules.hpp"

#include <stdexcept>

namespace patrolbook::demo {

namespace {

constexpr int hour = 60;

class Loops {
public:
    Loops(DemoEstate& e, const Timestamp& now, std::uint64_t seed)
        : e_(e)
        , now_(now)
        , rng_{seed ^ 0x6c6f6f7073ULL} // "loops"
    {
        for (const auto& s : e_.staff) {
            if (s.propertyIds.empty() || s.propertyIds.front() != property().id)
                continue;
            if (s.username == "office")
                office_ = s.id;
            else if (s.username == "manager")
                manager_ = s.id;
            else if (s.username == "specialist")
                specialist_ = s.id;
            else if (s.username == "patrol")
                patrol_ = s.id;
        }
        if (office_.empty() || manager_.empty() || specialist_.empty() || patrol_.empty())
            throw std::logic_error("the demo estate lacks the staff its loops need");
    }

    void add()
    {
        int n = 0;
        for (std::size_t s = 0; s < EnumNames<RepairStatus>::names.size(); ++s)
            repair(static_cast<RepairStatus>(s), n++, false);
        repair(RepairStatus::Registered, n++, true); // refused back to the desk
        repair(RepairStatus::Dispatched, n++, true); // re-dispatched to someone else
        n = 0;
        for (std::size_t s = 0; s < EnumNames<ComplaintStatus>::names.size(); ++s)
            complaint(static_cast<ComplaintStatus>(s), n++, ComplaintSeverity::Normal);
        complaint(ComplaintStatus::Received, n++, ComplaintSeverity::Major); // escalated to the manager at once
        explained(n++);
        handovers();
        n = 0;
        for (const auto target :
             {FollowUpStatus::Open, FollowUpStatus::InProgress, FollowUpStatus::Fixed, FollowUpStatus::Closed})
            followUp(target, n++);
    }

private:
    const Property& property() const { return e_.properties.front(); }

    const Owner& owner(int n) const
    {
        // Owners of the first property, a different one for each loop.
        std::vector<const Owner*> mine;
        for (const auto& o : e_.owners)
            if (o.propertyId == property().id)
                mine.push_back(&o);
        return *mine[static_cast<std::size_t>(n * 3 + 1) % mine.size()];
    }

    std::vector<std::string> photos(int count)
    {
        std::vector<std::string> out;
        out.reserve(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i)
            out.push_back(rng_.uuid());
        return out;
    }

    template <class R>
    void event(const R& before, const R& after, std::string_view entity, std::string_view action,
               const std::string& actor, std::vector<std::string> photoIds = {})
    {
        LoopEvent ev;
        ev.id = rng_.uuid();
        ev.version = 1;
        ev.propertyId = after.propertyId;
        ev.loopEntity = entity;
        ev.loopId = after.id;
        ev.action = action;
        if (&before != &after)
            ev.fromStatus = std::string{toString(before.status)};
        ev.toStatus = std::string{toString(after.status)};
        ev.actorId = actor;
        ev.at = after.stepAt.value_or(now_);
        ev.receivedAt = ev.at.plusMinutes(rng_.range(1, 20));
        ev.note = after.stepNote;
        ev.photoIds = std::move(photoIds);
        ev.loopVersion = 1;
        e_.loopEvents.push_back(std::move(ev));
    }

    // One step through the flow, recorded as its event.
    template <class R>
    void step(R& r, std::string_view entity, std::string_view action, const std::string& actor, StaffRole role,
              Timestamp& at, const std::optional<std::string>& note = std::nullopt,
              std::vector<std::string> photoIds = {})
    {
        // Loops move in working hours, clear of the owners' rest hours.
        at = firstContactTime(at.plusMinutes(rng_.range(20, 3 * hour)), RestHours::forProperty(property()));
        const R before = r;
        r = LoopFlow<R>::apply(std::move(r), action, actor, role, at, note);
        event(before, r, entity, action, actor, std::move(photoIds));
    }

    // The return visit a loop already visited got: done, on time, by the owner's specialist.
    void doneVisit(const Owner& o, ServiceKind kind, const std::string& loopId, const Timestamp& doneAt,
                   const Timestamp& visitedAt)
    {
        OwnerVisit v;
        v.id = rng_.uuid();
        v.version = 1;
        v.propertyId = o.propertyId;
        v.ownerId = o.id;
        v.unitId = o.unitId;
        v.staffId = o.assignedStaffId.value_or(specialist_);
        v.purpose = kind == ServiceKind::Repair ? VisitPurpose::AfterRepair : VisitPurpose::AfterComplaint;
        v.rule = VisitRule::AfterService;
        v.serviceKind = kind;
        v.serviceRef = loopId;
        v.serviceCompletedAt = doneAt;
        v.status = VisitStatus::Done;
        v.plannedAt = visitedAt;
        v.visitedAt = visitedAt;
        v.outcome = VisitOutcome::Satisfied;
        v.durationMin = 5;
        e_.visits.push_back(std::move(v));
    }

    void repair(RepairStatus target, int n, bool detour)
    {
        static constexpr std::string_view descriptions[]
            = {"厨房水龙头漏水",   "卫生间地漏堵塞",   "客厅插座没电",   "入户门锁芯卡滞", "阳台推拉门关不严",
               "卧室墙面渗水发霉", "空调冷凝水管脱落", "热水器无法点火", "楼道声控灯不亮"};
        static constexpr RepairCategory categories[]
            = {RepairCategory::Plumbing,     RepairCategory::Plumbing,     RepairCategory::Electrical,
               RepairCategory::DoorsWindows, RepairCategory::DoorsWindows, RepairCategory::WallsFloors,
               RepairCategory::Appliances,   RepairCategory::Appliances,   RepairCategory::PublicFacilities};
        const auto& o = owner(n);
        RepairOrder r;
        r.id = rng_.uuid();
        r.version = 1;
        r.propertyId = o.propertyId;
        r.unitId = o.unitId;
        r.ownerId = o.id;
        r.channel = n % 3 == 0 ? ContactChannel::InPerson : ContactChannel::Phone;
        r.category = categories[n % 9];
        r.description = descriptions[n % 9];
        r.urgency = n == 2 ? Urgency::Urgent : Urgency::Normal;
        r.registeredBy = office_;
        // Older the further along: a closed order started about a week ago.
        Timestamp at = now_.plusMinutes(-(static_cast<int>(target) + 1) * 20 * hour - rng_.range(0, 3 * hour));
        r.registeredAt = at;
        r.stepAt = at;
        r.beforePhotoIds = photos(n % 2);
        event(r, r, "repair_order", "register", office_);
        const auto reached = [&](RepairStatus s) { return static_cast<int>(target) >= static_cast<int>(s); };
        if (detour && target == RepairStatus::Registered) {
            r.assigneeId = patrol_;
            step(r, "repair_order", "dispatch", office_, StaffRole::Office, at);
            step(r, "repair_order", "refuse", patrol_, StaffRole::Patrol, at, "不属于本岗位维修范围，请派工程部");
            e_.repairOrders.push_back(std::move(r));
            return;
        }
        if (!reached(RepairStatus::Dispatched)) {
            e_.repairOrders.push_back(std::move(r));
            return;
        }
        r.assigneeId = patrol_;
        r.team = "工程部";
        step(r, "repair_order", "dispatch", office_, StaffRole::Office, at);
        if (detour) {
            r.assigneeId = e_.staff.front().id == patrol_ ? e_.staff[1].id : e_.staff.front().id;
            step(r, "repair_order", "redispatch", office_, StaffRole::Office, at, "原维修员请假，转派");
        }
        const std::string worker = *r.assigneeId;
        const auto role = [&] {
            for (const auto& s : e_.staff)
                if (s.id == worker)
                    return s.role;
            return StaffRole::Patrol;
        }();
        if (reached(RepairStatus::Accepted))
            step(r, "repair_order", "accept", worker, role, at);
        if (reached(RepairStatus::Done)) {
            r.afterPhotoIds = photos(2);
            r.signaturePhotoId = rng_.uuid();
            r.materials = "密封圈 2 个";
            step(r, "repair_order", "finish", worker, role, at, "已修复，业主当场确认", r.afterPhotoIds);
        }
        if (reached(RepairStatus::Rated)) {
            r.rating = VisitOutcome::Satisfied;
            r.ratingNote = "师傅很专业";
            step(r, "repair_order", "rate", office_, StaffRole::Office, at);
        }
        if (reached(RepairStatus::Visited)) {
            const auto doneAt = *r.doneAt;
            step(r, "repair_order", "visit", specialist_, StaffRole::Specialist, at);
            doneVisit(o, ServiceKind::Repair, r.id, doneAt, at);
        }
        if (reached(RepairStatus::Closed))
            step(r, "repair_order", "close", office_, StaffRole::Office, at);
        e_.repairOrders.push_back(std::move(r));
    }

    Complaint newComplaint(int n, ComplaintSeverity severity, Timestamp at)
    {
        static constexpr std::string_view contents[]
            = {"楼上夜间装修噪音扰民", "地下车库车位被占用", "保洁不及时，楼道有垃圾", "快递经常被放在门口丢失",
               "小区绿化带被踩踏",     "电梯故障多次困人",   "物业费账单有误",         "宠物犬未牵绳",
               "消防通道被堆物堵塞",   "门禁卡无法使用"};
        static constexpr std::string_view classes[]
            = {"噪音", "停车", "保洁", "服务态度", "绿化", "设施设备", "收费", "秩序", "安全", "设施设备"};
        const auto& o = owner(20 + n);
        Complaint c;
        c.id = rng_.uuid();
        c.version = 1;
        c.propertyId = o.propertyId;
        c.unitId = o.unitId;
        c.ownerId = o.id;
        c.complainant = o.name;
        c.channel = n % 2 ? ContactChannel::Phone : ContactChannel::InPerson;
        c.receivedAt = at;
        c.content = contents[n % 10];
        c.complaintClass = classes[n % 10];
        c.severity = severity;
        c.escalated = escalates(severity);
        c.registeredBy = office_;
        c.handlerId = specialist_;
        c.stepAt = at;
        return c;
    }

    void complaint(ComplaintStatus target, int n, ComplaintSeverity severity)
    {
        Timestamp at = now_.plusMinutes(-(static_cast<int>(target) + 1) * 18 * hour - rng_.range(0, 3 * hour));
        auto c = newComplaint(n, severity, at);
        event(c, c, "complaint", "register", office_);
        const auto reached = [&](ComplaintStatus s) { return static_cast<int>(target) >= static_cast<int>(s); };
        const auto s = StaffRole::Specialist;
        if (reached(ComplaintStatus::Judged))
            step(c, "complaint", "accept", specialist_, s, at);
        if (reached(ComplaintStatus::Investigated)) {
            c.cause = "相关责任方未按规定执行";
            c.department = "客服部";
            c.responsiblePerson = "当班主管";
            step(c, "complaint", "investigate", specialist_, s, at);
        }
        if (reached(ComplaintStatus::Proposed)) {
            c.solution = "约谈责任方，限期整改并向业主致歉";
            step(c, "complaint", "propose", specialist_, s, at);
        }
        if (reached(ComplaintStatus::Approved))
            step(c, "complaint", "approve", manager_, StaffRole::Manager, at);
        if (reached(ComplaintStatus::CarriedOut)) {
            c.consent = OwnerConsent::Verbal;
            c.feedback = "业主表示认可";
            step(c, "complaint", "carry_out", specialist_, s, at);
        }
        if (reached(ComplaintStatus::Visited)) {
            const auto doneAt = *c.stepAt;
            step(c, "complaint", "visit", specialist_, s, at);
            doneVisit(owner(20 + n), ServiceKind::Complaint, c.id, doneAt, at);
        }
        if (reached(ComplaintStatus::Closed)) {
            c.evaluation = "处理及时，业主满意";
            c.improvement = "加强巡查，每周抽查一次";
            step(c, "complaint", "close", manager_, StaffRole::Manager, at);
        }
        e_.complaints.push_back(std::move(c));
    }

    void explained(int n)
    {
        Timestamp at = now_.plusMinutes(-30 * hour);
        auto c = newComplaint(n, ComplaintSeverity::Normal, at);
        event(c, c, "complaint", "register", office_);
        step(c, "complaint", "explain", specialist_, StaffRole::Specialist, at,
             "属业主与租户之间的合同纠纷，已耐心解释，业主表示理解");
        e_.complaints.push_back(std::move(c));
    }

    void handovers()
    {
        static constexpr std::string_view posts[] = {"前台", "岗亭", "监控室", "前台"};
        for (int i = 0; i < 4; ++i) {
            Handover h;
            h.id = rng_.uuid();
            h.version = 1;
            h.propertyId = property().id;
            h.post = posts[i];
            h.shift = i % 2 ? Shift::Night : Shift::Day;
            h.shiftStart = now_.plusMinutes(-(4 - i) * 12 * hour);
            h.summary = i % 2 ? "夜间巡查正常，无异常情况" : "处理报修 3 单，接待访客 12 人";
            if (!e_.repairOrders.empty())
                h.openItems.push_back("repair_order:" + e_.repairOrders[static_cast<std::size_t>(i)].id);
            h.handedBy = i % 2 ? patrol_ : office_;
            h.handedAt = h.shiftStart.plusMinutes(12 * hour);
            h.toStaffId = i % 2 ? office_ : patrol_;
            // The older two were taken over; the last two wait for the next shift.
            if (i < 2) {
                h.status = HandoverStatus::Received;
                h.receivedBy = h.toStaffId;
                h.receivedAt = h.handedAt.plusMinutes(10);
                h.receiveNote = "已接班，遗留事项已知悉";
            }
            e_.handovers.push_back(std::move(h));
        }
    }

    void followUp(FollowUpStatus target, int n)
    {
        static constexpr std::string_view problems[]
            = {"单元门闭门器漏油", "地库照明灯损坏 3 盏", "绿化带内有建筑垃圾", "消防栓箱门无法关闭"};
        Timestamp at = now_.plusMinutes(-(n + 2) * 16 * hour);
        FollowUp f;
        f.id = rng_.uuid();
        f.version = 1;
        f.propertyId = property().id;
        f.sourceEntity = FollowUpSource::Manual;
        f.description = problems[n % 4];
        f.assigneeId = patrol_;
        f.createdBy = manager_;
        f.createdAt = at;
        f.dueAt = at.plusMinutes(3 * 24 * hour);
        f.stepAt = at;
        event(f, f, "follow_up", "register", manager_);
        using enum FollowUpStatus;
        if (target == InProgress || target == Fixed)
            step(f, "follow_up", "take", patrol_, StaffRole::Patrol, at);
        if (target == Fixed || target == Closed) {
            f.afterPhotoIds = photos(2);
            f.resolution = "已更换配件，恢复正常";
            step(f, "follow_up", "mark_fixed", patrol_, StaffRole::Patrol, at, f.resolution, f.afterPhotoIds);
        }
        if (target == Closed)
            step(f, "follow_up", "verify", manager_, StaffRole::Manager, at);
        e_.followUps.push_back(std::move(f));
    }

    DemoEstate& e_;
    Timestamp now_;
    Rng rng_;
    std::string office_, manager_, specialist_, patrol_;
};

} // namespace

void addDemoLoops(DemoEstate& estate, const Timestamp& now, std::uint64_t seed)
{
    Loops(estate, now, seed).add();
}

} // namespace patrolbook::demo
