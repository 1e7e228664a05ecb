#pragma once

// The device's list of records (inspections, renovation checks, owner visits, follow-ups)
// as one query: the union of the record tables with the filters in each arm's WHERE
// clause, read a page at a time by keyset (time, then id, descending), with a count per
// table that can run on a connection of its own, and the sync states rows are marked with.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <variant>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook {

class RecordListQuery {
public:
    // The status filter's "open or being fixed" (follow-ups only): what Today counts as open.
    static constexpr std::string_view unresolvedStatus = "unresolved";
    // The record tables of the union, in the order of the count's columns.
    static constexpr std::size_t tableCount = 4;

    struct Filter {
        std::string kind; // an entity name, or "" for every kind
        std::string status; // a status value of the kind, unresolvedStatus, or ""
        std::string areaId; // "" for any area
        // Only records this user made (or must fix); "" for everyone's.
        std::string mineOf;
        // Local dates, as the UTC ms of their midnight (a record's time is compared on its
        // own clock): from this day on, and up to and including that day.
        std::optional<std::int64_t> fromDay, toDay;
        // Text to find anywhere in the record's names and notes ("" for none).
        std::string search;
        // Bit i: table i may have matches (the last count said so); others are skipped.
        unsigned tablesWithRows = ~0u;
    };
    // A row's key and what the list shows without reading the record.
    struct Key {
        std::string kind, id, status, propertyId;
        std::int64_t timeMs = 0; // 0: the record has no time yet
        std::int64_t offsetMin = 0;
        bool pending = false; // the record itself has a change to send
    };
    struct After {
        std::int64_t timeMs = 0;
        std::string id;
    };
    using Param = std::variant<std::int64_t, std::string>;
    struct Sql {
        std::string text; // empty: no table can match
        std::vector<Param> params;
    };

    // What the filters offer: the kinds (entity names) the list holds, and the statuses of
    // one kind (every kind's, once each, for ""), unresolvedStatus first where it applies.
    static std::vector<std::string_view> kinds();
    static std::vector<std::string_view> statuses(std::string_view kind);

    // The keys of up to `limit` rows after `after` (from the top without one).
    static std::vector<Key> page(sqlite::Database& db, const Filter& filter, const std::optional<After>& after,
                                 int limit);
    // One column per table of the union, counting its matches.
    static Sql countSql(const Filter& filter);
    // Runs countSql's statement: the matches per table (empty if it cannot match).
    static std::vector<std::int64_t> count(sqlite::Database& db, const Sql& sql);

    // Records (and parents of lines) with a refused change, and those with lines still
    // to send: what the list marks them with.
    struct SyncMarks {
        std::unordered_set<std::string> rejected, pendingParents;
    };
    static SyncMarks syncMarks(sqlite::Database& db);

private:
    static Sql unionSql(bool count, const Filter& filter, const std::optional<After>& after);
};

// `text` as a LIKE pattern matching it anywhere, with its own % and _ taken literally
// (the statements say ESCAPE '\').
std::string containsPattern(std::string_view text);

} // namespace patrolbook
