// RecordDetail's fields of the loops' records: a repair order (报修) and a complaint (投诉),
// with how long the owner waited for each step.
#include "record_detail.hpp"

#include "complaint_lists.hpp"
#include "form_support.hpp"
#include "record_text.hpp"
#include "vocabulary.hpp"

#include "patrolbook/loops/loop_deadlines.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"

using form::qstr;

namespace {

QString at(const std::optional<patrolbook::Timestamp>& t, std::int64_t offsetMin)
{
    return t ? RecordText::propertyDateTime(*t, offsetMin) : QString();
}

QString between(const std::optional<patrolbook::Timestamp>& from, const std::optional<patrolbook::Timestamp>& to)
{
    return from && to ? RecordText::duration((to->utcMs - from->utcMs) / 60'000) : QString();
}

QString staff(patrolbook::Store& store, const std::optional<std::string>& id)
{
    return id ? RecordText::staffName(store, *id) : QString();
}

} // namespace

void RecordDetail::addRepairFields(patrolbook::Store& store, const patrolbook::RepairOrder& r)
{
    const auto offset = RecordText::propertyOffset(store, r.propertyId);
    const QString unit = r.unitId ? RecordText::unitLabel(store, *r.unitId) : QString();
    title_ = Vocabulary::label(r.category) + (unit.isEmpty() ? QString() : QStringLiteral(" · ") + unit);
    addField(tr("Status"), Vocabulary::label(r.status));
    addField(tr("Unit"), unit);
    addField(tr("Owner"), r.ownerId ? RecordText::ownerName(store, *r.ownerId) : QString());
    addField(tr("Category"), Vocabulary::label(r.category));
    addField(tr("Urgency"), Vocabulary::label(r.urgency));
    addField(tr("Came in by"), Vocabulary::label(r.channel));
    addField(tr("Description"), qstr(r.description));
    addField(tr("Registered"), at(r.registeredAt, offset));
    addField(tr("Registered by"), RecordText::staffName(store, r.registeredBy));
    addField(tr("To be done by"), at(patrolbook::dueAt(r), offset));
    addField(tr("Assigned to"), staff(store, r.assigneeId));
    addField(tr("Dispatched by"), staff(store, r.dispatchedBy));
    addField(tr("Dispatched"), at(r.dispatchedAt, offset));
    addField(tr("Time to accept"), between(r.dispatchedAt, r.acceptedAt));
    addField(tr("Time to finish"), between(r.registeredAt, r.doneAt));
    addField(tr("Done"), at(r.doneAt, offset));
    addField(tr("Materials"), qstr(r.materials));
    if (r.signaturePhotoId)
        addField(tr("Owner's signature"), tr("Signed"));
    addField(tr("Owner's rating"), r.rating ? Vocabulary::label(*r.rating) : QString());
    addField(tr("Rating note"), qstr(r.ratingNote));
    addField(tr("Closed"), at(r.closedAt, offset));
    addField(tr("Last step's note"), qstr(r.stepNote));
}

void RecordDetail::addComplaintFields(patrolbook::Store& store, const patrolbook::Complaint& c)
{
    const auto offset = RecordText::propertyOffset(store, c.propertyId);
    const QString unit = c.unitId ? RecordText::unitLabel(store, *c.unitId) : QString();
    title_ = complaint_lists::label(c.complaintClass) + (unit.isEmpty() ? QString() : QStringLiteral(" · ") + unit);
    addField(tr("Status"), Vocabulary::label(c.status));
    if (c.escalated)
        addField(tr("Escalated"), tr("The manager is told"));
    addField(tr("Complainant"), qstr(c.complainant));
    addField(tr("Unit"), unit);
    addField(tr("Owner"), c.ownerId ? RecordText::ownerName(store, *c.ownerId) : QString());
    addField(tr("Came in by"), Vocabulary::label(c.channel));
    addField(tr("Received"), at(c.receivedAt, offset));
    addField(tr("Class"), complaint_lists::label(c.complaintClass));
    addField(tr("Severity"), Vocabulary::label(c.severity));
    addField(tr("Content"), qstr(c.content));
    addField(tr("To be carried out by"), at(patrolbook::dueAt(c), offset));
    addField(tr("Registered by"), RecordText::staffName(store, c.registeredBy));
    addField(tr("Judgement"), c.judgement ? Vocabulary::label(*c.judgement) : QString());
    addField(tr("Cause"), qstr(c.cause));
    addField(tr("Department"), c.department ? complaint_lists::label(*c.department) : QString());
    addField(tr("Responsible person"), qstr(c.responsiblePerson));
    addField(tr("Solution"), qstr(c.solution));
    addField(tr("Approved by"), staff(store, c.approvedBy));
    addField(tr("Approved"), at(c.approvedAt, offset));
    addField(tr("Penalty"), qstr(c.penalty));
    addField(tr("Owner's confirmation"), c.consent ? Vocabulary::label(*c.consent) : QString());
    addField(tr("Feedback"), qstr(c.feedback));
    addField(tr("Evaluation"), qstr(c.evaluation));
    addField(tr("Improvement"), qstr(c.improvement));
    addField(tr("Closed"), at(c.closedAt, offset));
    addField(tr("Last step's note"), qstr(c.stepNote));
}
