#pragma once

#include "patrolbook/loops/loop_flow.hpp"
#include "patrolbook/records/complaint.hpp"

namespace patrolbook {

// 投诉 as data (the table is in complaint_flow.cpp), the job-duty document's six steps:
// judge (valid, or explained and closed), investigate, propose a solution, the
// supervisor approves it or sends it back, carry it out with the owner's confirmation,
// the return visit, and the supervisor's summary that closes it.
template <>
struct LoopSpec<Complaint> {
    using Status = ComplaintStatus;
    static constexpr std::string_view noun = "complaint";
    static const std::vector<LoopStep<Status>>& steps();
    static bool isWorker(const Complaint& c, const std::string& userId);
    static void onStep(Complaint& c, const LoopStep<Status>& step, const std::string& userId, const Timestamp& now);
    static std::optional<Error> check(const Complaint& c, const LoopStep<Status>& step);
};

using ComplaintFlow = LoopFlow<Complaint>;

// A major complaint or an emergency goes to the manager at once (step 1).
bool escalates(ComplaintSeverity severity);

} // namespace patrolbook
