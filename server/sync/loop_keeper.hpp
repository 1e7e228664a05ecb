#pragma once

#include "auth/principal.hpp"
#include "patrolbook/records/loop_event.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "storage/record_repo.hpp"
#include "sync/write_rules.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace patrolbook::server {

// The server's side of the loops (follow-ups, repair orders, complaints) within one push:
// every step it accepts becomes a LoopEvent in the same transaction, a step made on a
// state that has moved on since is refused with what happened instead, a return visit
// done moves its loop to visited, and a complaint's class and department come from its
// property's lists. Callers hold the transaction and hand out the versions.
class LoopKeeper {
public:
    explicit LoopKeeper(RecordRepo& repo);

    static bool isLoop(std::string_view entity);
    // The event's id: the same loop at the same version always names the same event, so
    // a retried push never makes a second one.
    static std::string eventId(std::string_view loopEntity, std::string_view loopId, std::int64_t loopVersion);

    // The step (or, for a new repair order or complaint, the registration) a change just
    // written at `loopVersion` made, as its event; nullopt when it is no step.
    std::optional<LoopEvent> eventOf(const std::string& entity, const std::string& id, const FieldLookup& previous,
                                     const FieldLookup& after, const Principal& who, std::int64_t loopVersion) const;
    void write(const LoopEvent& event, std::int64_t version);

    // Why a step sent on `baseVersion` comes too late: the loop's status (or the field a
    // status-keeping step changes) moved on the server since; in words naming who moved
    // it, when (in the property's zone) and where it stands now. nullopt when in time.
    std::optional<std::string> staleStep(const std::string& entity, const std::string& id, const StoredRecord& stored,
                                         const sync::Json& sentFields, std::int64_t baseVersion);

    // A return visit (owner_visit) that this change made done: the repair order or
    // complaint it follows goes to visited, with its event, at versions from `nextVersion`
    // on. Returns the next free version.
    std::int64_t visitDone(const FieldLookup& previous, const FieldLookup& after, std::int64_t nextVersion);

    // A complaint's class or department that is not in its property's lists.
    std::optional<std::string> listRefusal(const FieldLookup& complaint);

private:
    RecordRepo& repo_;
    std::map<std::string, std::string> propertyExtra_; // by property id, asked once a push
    const std::string& extraOf(const std::string& propertyId);
};

} // namespace patrolbook::server
