#pragma once

#include "storage/console_repo.hpp"
#include "storage/review_repo.hpp"

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// Tells the author's phone what a review said (records/notice.hpp): "has issues" makes
// or renews the record's notice, with the comment; a later act (approved, rejected,
// back to review) updates it, so the phone stops asking for a correction. The notice is
// a record of the record's property at a new version: devices pull it like any other.
// The caller holds the write turn and the transaction of the act.
void sendReviewNotice(sqlite::Database& db, const ConsoleRow& row, const ReviewAct& act);

} // namespace patrolbook::server
