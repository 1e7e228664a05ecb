#include "patrolbook/loops/loop_deadlines.hpp"

namespace patrolbook {

Timestamp dueAt(const RepairOrder& r)
{
    switch (r.urgency) {
    case Urgency::Emergency:
        return r.registeredAt.plusMinutes(4 * 60);
    case Urgency::Urgent:
        return r.registeredAt.plusMinutes(24 * 60);
    case Urgency::Normal:
        break;
    }
    return r.registeredAt.plusMinutes(72 * 60);
}

Timestamp dueAt(const Complaint& c)
{
    return c.receivedAt.plusMinutes((c.severity == ComplaintSeverity::Normal ? 7 : 1) * 24 * 60);
}

bool isOverdue(const RepairOrder& r, const Timestamp& now)
{
    const bool working = r.status == RepairStatus::Registered || r.status == RepairStatus::Dispatched
        || r.status == RepairStatus::Accepted;
    return working && dueAt(r) < now;
}

bool isOverdue(const Complaint& c, const Timestamp& now)
{
    const bool working = c.status != ComplaintStatus::CarriedOut && c.status != ComplaintStatus::Visited
        && c.status != ComplaintStatus::Closed;
    return working && dueAt(c) < now;
}

} // namespace patrolbook
