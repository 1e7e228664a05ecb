// Samples of the loops' records (repair orders, complaints, handovers, their events),
// every field set, for the typed tests that cover every record type.

#include "test_support.hpp"

#include "patrolbook/uuid.hpp"

namespace patrolbook::test {

namespace {

Timestamp later(int minutes)
{
    return sampleTime().plusMinutes(minutes);
}

} // namespace

template <>
RepairOrder sample()
{
    RepairOrder r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.unitId = newUuid();
    r.ownerId = newUuid();
    r.channel = ContactChannel::Phone;
    r.category = RepairCategory::Plumbing;
    r.description = "厨房水龙头漏水";
    r.urgency = Urgency::Urgent;
    r.status = RepairStatus::Closed;
    r.registeredBy = newUuid();
    r.registeredAt = sampleTime();
    r.assigneeId = newUuid();
    r.team = "工程部";
    r.dispatchedBy = newUuid();
    r.dispatchedAt = later(5);
    r.acceptedAt = later(12);
    r.doneAt = later(90);
    r.beforePhotoIds = {newUuid()};
    r.afterPhotoIds = {newUuid(), newUuid()};
    r.materials = "水龙头阀芯 1 个";
    r.signaturePhotoId = newUuid();
    r.rating = VisitOutcome::Satisfied;
    r.ratingNote = "师傅很专业";
    r.closedAt = later(4 * 24 * 60);
    r.stepNote = "回访满意，关闭";
    r.stepAt = later(4 * 24 * 60);
    return r;
}

template <>
Complaint sample()
{
    Complaint r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.unitId = newUuid();
    r.ownerId = newUuid();
    r.complainant = "王女士";
    r.channel = ContactChannel::InPerson;
    r.receivedAt = sampleTime();
    r.content = "夜间车库施工噪音扰民";
    r.complaintClass = "noise";
    r.severity = ComplaintSeverity::Major;
    r.escalated = true;
    r.status = ComplaintStatus::Closed;
    r.registeredBy = newUuid();
    r.handlerId = newUuid();
    r.judgement = ComplaintJudgement::Valid;
    r.cause = "外包施工队未按规定时间施工";
    r.department = "engineering";
    r.responsiblePerson = "李工";
    r.photoIds = {newUuid()};
    r.solution = "施工限定在 8:00-18:00，向业主致歉";
    r.approvedBy = newUuid();
    r.approvedAt = later(3 * 60);
    r.penalty = "施工队罚款 500 元";
    r.consent = OwnerConsent::Signature;
    r.signaturePhotoId = newUuid();
    r.feedback = "业主接受";
    r.evaluation = "处理及时";
    r.improvement = "施工许可注明时间";
    r.closedAt = later(5 * 24 * 60);
    r.stepNote = "结案";
    r.stepAt = later(5 * 24 * 60);
    return r;
}

template <>
Handover sample()
{
    Handover r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.post = "前台";
    r.shift = Shift::Day;
    r.shiftStart = sampleTime();
    r.summary = "3 栋电梯维保中，已张贴通知";
    r.openItems = {"repair_order:" + newUuid(), "follow_up:" + newUuid()};
    r.handedBy = newUuid();
    r.handedAt = later(8 * 60);
    r.toStaffId = newUuid();
    r.status = HandoverStatus::Received;
    r.receivedBy = newUuid();
    r.receivedAt = later(8 * 60 + 5);
    r.receiveNote = "已知悉";
    return r;
}

template <>
LoopEvent sample()
{
    LoopEvent r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.loopEntity = "repair_order";
    r.loopId = newUuid();
    r.action = "finish";
    r.fromStatus = "accepted";
    r.toStatus = "done";
    r.actorId = newUuid();
    r.at = later(90);
    r.receivedAt = later(95);
    r.note = "更换阀芯";
    r.photoIds = {newUuid()};
    r.loopVersion = 7;
    return r;
}

} // namespace patrolbook::test
