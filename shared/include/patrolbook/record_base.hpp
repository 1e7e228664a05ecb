#pragma once

#include <cstdint>
#include <string>

namespace patrolbook {

// What every record has besides its own fields.
struct RecordBase {
    // Client-generated UUID (lowercase, 36 characters): a record is created offline and
    // keeps its id for life, so a retried upload can never make a second one.
    std::string id;
    // The server's version of this record; 0 while it exists only on this device.
    std::int64_t version = 0;
    // A tombstone: kept so the deletion syncs.
    bool deleted = false;
    // Fields this build does not know, as a JSON object text ("" when none): a newer app
    // or server wrote them, and they are written back untouched.
    std::string extra;

    friend bool operator==(const RecordBase&, const RecordBase&) = default;
};

} // namespace patrolbook
