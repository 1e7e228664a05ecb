#pragma once

#include "patrolbook/records/complaint.hpp"
#include "patrolbook/records/repair_order.hpp"

namespace patrolbook {

// When an open loop is overdue, said once for the app's lists, the Today counts and the
// console: a repair order is to be done within 4 hours of registration for an emergency,
// 24 hours when urgent, 72 hours otherwise; a complaint is to be carried out within
// 1 day when major or an emergency, 7 days otherwise. A loop past its work (done,
// carried out, closed) is never overdue.
Timestamp dueAt(const RepairOrder& r);
Timestamp dueAt(const Complaint& c);
bool isOverdue(const RepairOrder& r, const Timestamp& now);
bool isOverdue(const Complaint& c, const Timestamp& now);

} // namespace patrolbook
