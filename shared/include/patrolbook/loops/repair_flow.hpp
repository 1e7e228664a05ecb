#pragma once

#include "patrolbook/loops/loop_flow.hpp"
#include "patrolbook/records/repair_order.hpp"

namespace patrolbook {

// 报修 as data (the table is in repair_flow.cpp): dispatch, re-dispatch (转单, with the
// reason), refuse back to the dispatcher (退单, with the reason), accept, finish (after
// photos and the owner's signature), the owner's rating, the return visit, close.
template <>
struct LoopSpec<RepairOrder> {
    using Status = RepairStatus;
    static constexpr std::string_view noun = "repair order";
    static const std::vector<LoopStep<Status>>& steps();
    static bool isWorker(const RepairOrder& r, const std::string& userId);
    static void onStep(RepairOrder& r, const LoopStep<Status>& step, const std::string& userId, const Timestamp& now);
    static std::optional<Error> check(const RepairOrder& r, const LoopStep<Status>& step);
};

using RepairFlow = LoopFlow<RepairOrder>;

} // namespace patrolbook
