#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/record_base.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace patrolbook {

// The office's word on one of a staff member's records, sent to their phone: the review
// state with its comment ("has issues: 大堂照片模糊，请补拍"). Written by the server when the
// record is reviewed (one notice per record, updated by each later review); the recipient
// answers by marking it corrected, with an optional reply, which sends the record back to
// review. Nobody else writes it.
struct Notice : RecordBase {
    std::string propertyId;
    std::string recipientId; // the record's author
    std::string recordEntity; // inspection, renovation_check, owner_visit, follow_up
    std::string recordId;
    ReviewState state = ReviewState::HasIssues;
    std::optional<std::string> comment;
    std::optional<std::string> reviewerId;
    Timestamp reviewedAt;
    std::int64_t recordVersion = 0; // the record's version the reviewer saw
    // The recipient's answer.
    std::optional<std::string> reply;
    std::optional<Timestamp> correctedAt;

    friend bool operator==(const Notice&, const Notice&) = default;
};

template <>
struct Schema<Notice> {
    static constexpr std::string_view entity = "notice";
    static constexpr auto fields
        = std::make_tuple(field("property_id", &Notice::propertyId, Required | IdRef),
                          field("recipient_id", &Notice::recipientId, Required | IdRef),
                          field("record_entity", &Notice::recordEntity, Required),
                          field("record_id", &Notice::recordId, Required | IdRef), field("state", &Notice::state),
                          field("comment", &Notice::comment), field("reviewer_id", &Notice::reviewerId, IdRef),
                          field("reviewed_at", &Notice::reviewedAt), field("record_version", &Notice::recordVersion),
                          field("reply", &Notice::reply), field("corrected_at", &Notice::correctedAt));
};

} // namespace patrolbook
