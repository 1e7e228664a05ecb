#pragma once

#include "patrolbook/records/loop_event.hpp"

#include <cstdint>

namespace patrolbook::server {

class RecordRepo;

// Writes one step of a loop as a loop_event record at the next version, so devices pull
// it like any record; the same for a step a device pushed (push_run) and one taken in
// the console (LoopStepHandler). `event.id` is made here when empty; its receivedAt is
// the server's clock. The caller holds the write turn and the transaction, and has
// written the loop's own change first (event.loopVersion names it). Returns the event's
// version.
std::int64_t writeLoopEvent(RecordRepo& records, LoopEvent event);

} // namespace patrolbook::server
