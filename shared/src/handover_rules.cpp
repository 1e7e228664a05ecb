#include "patrolbook/handover_rules.hpp"

#include "patrolbook/error.hpp"

namespace patrolbook {

bool HandoverRules::mayReceive(const Handover& h, const std::string& userId)
{
    return h.status == HandoverStatus::Handed && h.handedBy != userId && (!h.toStaffId || *h.toStaffId == userId);
}

Handover HandoverRules::receive(Handover h, const std::string& userId, const Timestamp& now,
                                const std::optional<std::string>& note)
{
    if (h.status != HandoverStatus::Handed)
        throw Error(ErrorDomain::Rule, ErrorCode::Forbidden, "this handover was already received");
    if (h.handedBy == userId)
        throw Error(ErrorDomain::Rule, ErrorCode::Forbidden, "the next person confirms a handover, not its writer");
    if (h.toStaffId && *h.toStaffId != userId)
        throw Error(ErrorDomain::Rule, ErrorCode::Forbidden, "this handover is for someone else");
    h.status = HandoverStatus::Received;
    h.receivedBy = userId;
    h.receivedAt = now;
    h.receiveNote = note;
    return h;
}

std::optional<std::string> HandoverRules::refusal(const std::optional<Handover>& before, const Handover& after,
                                                  const std::string& userId)
{
    if (!before)
        return after.status == HandoverStatus::Handed && after.handedBy == userId
            ? std::nullopt
            : std::optional<std::string>("a new handover is handed by its writer, not yet received");
    if (before->status == HandoverStatus::Received)
        return before->receivedBy == after.receivedBy && after.status == HandoverStatus::Received
            ? std::nullopt
            : std::optional<std::string>("this handover was already received");
    if (after.status == HandoverStatus::Received) {
        if (!mayReceive(*before, userId) || after.receivedBy != userId)
            return "only the next person on the shift confirms this handover";
        return std::nullopt;
    }
    return before->handedBy == userId ? std::nullopt : std::optional<std::string>("only its writer changes a handover");
}

} // namespace patrolbook
