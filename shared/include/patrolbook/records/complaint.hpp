#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/record_base.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// 投诉: a complaint through the job-duty document's six steps (ComplaintFlow,
// complaint_flow.hpp). The class and the responsible department come from the property's
// lists (complaint_lists.hpp), so the statistics group by the company's own words.
struct Complaint : RecordBase {
    std::string propertyId;
    std::optional<std::string> unitId;
    std::optional<std::string> ownerId;
    // 1 intake
    std::string complainant;
    ContactChannel channel = ContactChannel::Phone;
    Timestamp receivedAt;
    std::string content;
    std::string complaintClass;
    ComplaintSeverity severity = ComplaintSeverity::Normal;
    bool escalated = false; // a major complaint or emergency goes to the manager at once
    ComplaintStatus status = ComplaintStatus::Received;
    std::string registeredBy;
    std::optional<std::string> handlerId; // who carries it through the steps
    // 2 judge
    std::optional<ComplaintJudgement> judgement;
    // 3 investigate
    std::optional<std::string> cause;
    std::optional<std::string> department;
    std::optional<std::string> responsiblePerson;
    std::vector<std::string> photoIds;
    // 4 propose, approve
    std::optional<std::string> solution;
    std::optional<std::string> approvedBy;
    std::optional<Timestamp> approvedAt;
    // 5 carry out
    std::optional<std::string> penalty;
    std::optional<OwnerConsent> consent;
    std::optional<std::string> signaturePhotoId;
    std::optional<std::string> feedback;
    // 6 return visit and summary
    std::optional<std::string> evaluation;
    std::optional<std::string> improvement;
    std::optional<Timestamp> closedAt;
    // The last step's note (an explanation, a sending back, ...) and when it was taken.
    std::optional<std::string> stepNote;
    std::optional<Timestamp> stepAt;

    friend bool operator==(const Complaint&, const Complaint&) = default;
};

template <>
struct Schema<Complaint> {
    static constexpr std::string_view entity = "complaint";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &Complaint::propertyId, Required | IdRef), field("unit_id", &Complaint::unitId, IdRef),
        field("owner_id", &Complaint::ownerId, IdRef), field("complainant", &Complaint::complainant, Required),
        field("channel", &Complaint::channel), field("received_at", &Complaint::receivedAt),
        field("content", &Complaint::content, Required), field("complaint_class", &Complaint::complaintClass, Required),
        field("severity", &Complaint::severity), field("escalated", &Complaint::escalated),
        field("status", &Complaint::status), field("registered_by", &Complaint::registeredBy, Required | IdRef),
        field("handler_id", &Complaint::handlerId, IdRef), field("judgement", &Complaint::judgement),
        field("cause", &Complaint::cause), field("department", &Complaint::department),
        field("responsible_person", &Complaint::responsiblePerson), field("photo_ids", &Complaint::photoIds),
        field("solution", &Complaint::solution), field("approved_by", &Complaint::approvedBy, IdRef),
        field("approved_at", &Complaint::approvedAt), field("penalty", &Complaint::penalty),
        field("consent", &Complaint::consent), field("signature_photo_id", &Complaint::signaturePhotoId, IdRef),
        field("feedback", &Complaint::feedback), field("evaluation", &Complaint::evaluation),
        field("improvement", &Complaint::improvement), field("closed_at", &Complaint::closedAt),
        field("step_note", &Complaint::stepNote), field("step_at", &Complaint::stepAt));
};

} // namespace patrolbook
