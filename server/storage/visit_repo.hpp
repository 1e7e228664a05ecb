#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// A live (not deleted) record as stored: its id, property and fields as JSON text.
struct StoredText {
    std::string id;
    std::string propertyId;
    std::string fields;
};

// What the visit rules ask of the owner visits on the server: who each is for, its
// status and its times (ISO text as stored).
struct VisitMark {
    std::string ownerId;
    std::string status;
    std::string plannedAt;
    std::string visitedAt;
};

// The SQL of the visits the server plans by rule (visits/visit_planner.hpp). Callers
// hold the write turn and the transaction.
class VisitRepo {
public:
    explicit VisitRepo(sqlite::Database& db);

    // The live records of one entity, in version order.
    std::vector<StoredText> live(std::string_view entity);
    // Every live owner visit, briefly.
    std::vector<VisitMark> visitMarks();
    // Writes a visit the server made, unless a record with its id exists (live or
    // deleted: a visit someone deleted is not made again). Its maker is `system`.
    // Returns whether it was written.
    bool insertIfAbsent(const std::string& id, std::int64_t version, const std::string& propertyId,
                        std::string_view fields, std::int64_t atMs);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
