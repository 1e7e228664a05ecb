#include "sync/loop_event_writer.hpp"

#include "patrolbook/json_text.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/uuid.hpp"
#include "storage/record_repo.hpp"

namespace patrolbook::server {

std::int64_t writeLoopEvent(RecordRepo& records, LoopEvent event)
{
    if (event.id.empty())
        event.id = newUuid();
    event.receivedAt = Timestamp::now(event.at.offsetMin);
    const auto version = records.maxVersion() + 1;
    const std::string entity{Schema<LoopEvent>::entity};
    const std::optional<std::string> property = event.propertyId;
    const std::optional<std::string> parent = std::nullopt;
    const std::string fields = jsonText(fieldsToJson(event));
    // Made by the one who took the step (the record's history names them).
    records.write({entity, event.id, version, property, parent, false, false, fields, "", nullptr, &event.actorId});
    return version;
}

} // namespace patrolbook::server
