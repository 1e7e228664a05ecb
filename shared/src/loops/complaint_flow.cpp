#include "patrolbook/loops/complaint_flow.hpp"

namespace patrolbook {

namespace {

using enum ComplaintStatus;
using enum LoopActor;

} // namespace

// Made on first use (a static initialised before main could throw where nobody catches).
const std::vector<LoopStep<ComplaintStatus>>& LoopSpec<Complaint>::steps()
{
    static const std::vector<LoopStep<ComplaintStatus>> table{
        // 2 judge: valid and reasonable, or explained to the owner and closed.
        {"accept", {Received}, Judged, {Worker, Desk}, {"judgement"}},
        {"explain", {Received}, Closed, {Worker, Desk}, {}, true},
        // 3 investigate: the cause and who is responsible.
        {"investigate", {Judged}, Investigated, {Worker, Desk}, {"cause", "department"}},
        // 4 propose; the supervisor approves it or sends it back.
        {"propose", {Investigated}, Proposed, {Worker, Desk}, {"solution"}},
        {"approve", {Proposed}, Approved, {Manager}},
        {"send_back", {Proposed}, Investigated, {Manager}, {}, true},
        // 5 carry it out; the owner confirms (signature or recorded consent).
        {"carry_out", {Approved}, CarriedOut, {Worker, Desk}, {"consent"}},
        // 6 the return visit (normally the server's, when its planned visit is done),
        // then the supervisor's evaluation closes it.
        {"visit", {CarriedOut}, Visited, {Desk}},
        {"close", {Visited}, Closed, {Manager}, {"evaluation"}},
    };
    return table;
}

bool LoopSpec<Complaint>::isWorker(const Complaint& c, const std::string& userId)
{
    return c.handlerId ? *c.handlerId == userId : c.registeredBy == userId;
}

void LoopSpec<Complaint>::onStep(Complaint& c, const LoopStep<Status>& step, const std::string& userId,
                                 const Timestamp& now)
{
    if (step.action == "accept") {
        c.judgement = ComplaintJudgement::Valid;
    } else if (step.action == "explain") {
        c.judgement = ComplaintJudgement::Explained;
        c.closedAt = now;
    } else if (step.action == "approve") {
        c.approvedBy = userId;
        c.approvedAt = now;
    } else if (step.action == "send_back") {
        c.approvedBy.reset();
        c.approvedAt.reset();
    } else if (step.action == "close") {
        c.closedAt = now;
    }
}

std::optional<Error> LoopSpec<Complaint>::check(const Complaint& c, const LoopStep<Status>& step)
{
    if (step.action == "carry_out" && c.consent == OwnerConsent::Signature && !c.signaturePhotoId)
        return Error(ErrorDomain::Validation, ErrorCode::SignatureRequired,
                     "the owner confirms with a signature: add it, or record their verbal consent",
                     "signature_photo_id");
    return std::nullopt;
}

bool escalates(ComplaintSeverity severity)
{
    return severity != ComplaintSeverity::Normal;
}

} // namespace patrolbook
