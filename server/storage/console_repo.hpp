#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

class DbPool;

// What a console list asks for. The scope (propertyIds, ownerId) is the caller's to
// decide (ConsoleService): the repository only turns it into SQL.
struct ConsoleFilter {
    std::vector<std::string> entities; // empty: every reviewable kind
    std::vector<std::string> propertyIds; // never empty
    std::optional<std::string> ownerId; // only records this staff member did or is assigned
    std::optional<std::string> staffId; // who did it
    std::optional<std::string> areaId; // a patrol's or a follow-up's area
    std::optional<std::string> buildingId; // the unit's building, else the area's
    std::optional<std::string> text; // words the record's text contains (ConsoleSearch)
    std::optional<std::int64_t> fromMs; // at or after
    std::optional<std::int64_t> toMs; // before
    std::optional<std::string> status;
    std::optional<std::string> review; // the review state in force
    bool failedOnly = false;
};

// Where a page ends: the last row's time and id (rows are newest first).
struct ConsoleCursor {
    std::int64_t atMs = 0;
    std::string id;
};

struct ConsoleRow {
    std::string entity;
    std::string id;
    std::string propertyId;
    std::optional<std::string> staffId;
    std::optional<std::string> assigneeId;
    std::int64_t atMs = 0;
    std::optional<std::string> status;
    int failedLines = 0;
    std::string review = "received"; // the review state in force
    std::int64_t version = 0;
    std::string fields; // the stored JSON text, handed out as it is
};

// A record's children for its detail page, each as stored JSON text.
struct ConsoleChild {
    std::string entity;
    std::string id;
    std::string fields;
};

struct ConsoleDetail {
    ConsoleRow record;
    std::vector<ConsoleChild> lines; // checklist lines
    std::vector<ConsoleChild> photos; // of the record and of its lines
    std::vector<ConsoleChild> followUps; // raised by the record or one of its lines
};

// The office console's reads, over console_record (server_schema.cpp step 6, brought up
// to date by catchUp) and the record table. Newest first, keyset-paged on (at_ms, id).
class ConsoleRepo {
public:
    explicit ConsoleRepo(sqlite::Database& db);

    // console_record is brought up to date here, not by the writers: whether records were
    // written since it last was (a read), and the update itself (the records written
    // since, found by version; the caller holds the write turn and the transaction).
    bool behind();
    void catchUp();
    // Before a console read: catchUp in a write transaction of its own, on the writers'
    // turn, and only when something was written since.
    static void refresh(DbPool& pool);

    // At most `limit` rows after `after`. Each property is read along its own index range
    // and the ranges merged, so a page costs `limit` index steps per property, never a sort
    // of everything that matches.
    std::vector<ConsoleRow> list(const ConsoleFilter& filter, const std::optional<ConsoleCursor>& after,
                                 std::size_t limit);
    // The row of one listed record (deleted and unknown: none), without its children.
    std::optional<ConsoleRow> row(const std::string& entity, const std::string& id);
    ConsoleDetail children(ConsoleRow record);

    // The photos of a record and of its checklist lines, oldest first (an export's).
    std::vector<ConsoleChild> photos(const std::string& recordId);

    // Reference data the console names things with: JSON text of each record.
    std::vector<ConsoleChild> reference(const std::string& entity, const std::vector<std::string>& propertyIds);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
