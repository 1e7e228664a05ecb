#include "handlers/review_notice.hpp"

#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "storage/record_repo.hpp"
#include "sync/write_rules.hpp"

#include <stdexcept>

namespace patrolbook::server {

using nlohmann::json;

void sendReviewNotice(sqlite::Database& db, const ConsoleRow& row, const ReviewAct& act)
{
    ReviewRepo reviews(db);
    RecordRepo records(db);
    const auto existing = reviews.noticeOf(row.entity, row.id);
    const bool hasIssues = act.state == "has_issues";
    // Only an issue starts a conversation with the author; nobody to tell, nothing to send.
    if ((!existing && !hasIssues) || !row.staffId)
        return;
    StoredRecord notice;
    std::string id;
    if (existing) {
        id = *existing;
        notice = records.load("notice", id).value_or(StoredRecord{});
    } else {
        id = newUuid();
        notice.propertyId = row.propertyId;
    }
    const auto version = records.maxVersion() + 1;
    json set{{"property_id", row.propertyId},
             {"recipient_id", *row.staffId},
             {"record_entity", row.entity},
             {"record_id", row.id},
             {"state", act.state},
             {"comment", act.comment ? json(*act.comment) : json(nullptr)},
             {"reviewer_id", act.accountId},
             {"reviewed_at", Timestamp::fromUtcMs(act.atMs).toIso()},
             {"record_version", act.recordVersion}};
    // A new issue is a new round: the author's earlier answer is of the last one.
    if (hasIssues) {
        set["reply"] = nullptr;
        set["corrected_at"] = nullptr;
    }
    auto& fields = notice.state.fields;
    if (!fields.is_object())
        fields = json::object();
    for (auto it = set.begin(); it != set.end(); ++it) {
        const auto held = fields.find(it.key());
        const bool same = held != fields.end() ? *held == it.value() : it.value().is_null();
        if (same)
            continue;
        if (it.value().is_null())
            fields.erase(it.key());
        else
            fields[it.key()] = it.value();
        notice.state.fieldVersions[it.key()] = version;
    }
    if (auto problem = validationProblem("notice", id, fields))
        throw std::logic_error("a review notice the server made is not valid: " + *problem);
    notice.state.version = version;
    notice.state.deleted = false;
    records.write("notice", id, notice, false);
}

} // namespace patrolbook::server
