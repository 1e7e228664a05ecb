#pragma once

#include "patrolbook/records/handover.hpp"
#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace patrolbook {

// 交接班: a handover is written by the one leaving and received (confirmed) once by the
// one taking over — the person it names, or anyone else when it names nobody, never its
// writer. The app offers "received" from these rules; the server refuses by them.
class HandoverRules {
public:
    // A shift's length: a handover still unconfirmed this long after it was handed is
    // the manager's to chase.
    static constexpr std::int64_t shiftMinutes = 12 * 60;

    static bool mayReceive(const Handover& h, const std::string& userId);
    // The handover as received by the user now, with their optional note. Throws Error
    // Rule/Forbidden when it is already received, is their own or names someone else.
    static Handover receive(Handover h, const std::string& userId, const Timestamp& now,
                            const std::optional<std::string>& note);
    // The server's check of a change a device sent, in words; nullopt when it is allowed.
    static std::optional<std::string> refusal(const std::optional<Handover>& before, const Handover& after,
                                              const std::string& userId);
};

} // namespace patrolbook
