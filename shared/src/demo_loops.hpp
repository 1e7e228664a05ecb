#pragma once

#include "patrolbook/demo_estate.hpp"

namespace patrolbook::demo {

// Adds the closed loops to a built estate: a repair order in every RepairStatus (and one
// refused back, one re-dispatched), a complaint in every ComplaintStatus (one explained
// and closed, one major escalated), handovers handed and received, a follow-up in every
// status (after-photos where fixed), each with its LoopEvents, and the done return visits
// of the loops already visited. Every state is reached through the shared flows
// (LoopFlow::apply), so the demo never holds one the app or the server would refuse. Its
// own random stream: the rest of the estate stays as it was for the same seed.
void addDemoLoops(DemoEstate& estate, const Timestamp& now, std::uint64_t seed);

} // namespace patrolbook::demo
