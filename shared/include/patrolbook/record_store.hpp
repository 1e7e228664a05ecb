#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace patrolbook {

namespace sqlite {
class Database;
}

// The device's records. Every local write (insert, update, remove) records its change in
// the outbox in the same transaction as the record, so a crash can never leave a record
// without its pending change or a change without its record. Writes join the caller's
// transaction when there is one (an import saves thousands of records in one), and run
// in their own otherwise.
//
// The database must be migrated to storeSchemaVersion() (see openStore()).
class RecordStore {
public:
    explicit RecordStore(sqlite::Database& db);

    // A record created on this device. Throws Error{Validation,...} for an invalid record,
    // Error{Storage, AlreadyExists} if the id is taken.
    template <Record T>
    void insert(const T& record);
    // A local edit of an existing record: the changed fields join the record's pending
    // outbox entry (one entry per record until it is sent). No change, no entry.
    // The stored version is kept whatever `record.version` says. Error{Storage, NotFound}
    // if there is no such record.
    template <Record T>
    void update(const T& record);
    // insert() or update(), whichever applies.
    template <Record T>
    void save(const T& record);
    // Marks the record deleted (a tombstone that syncs). A record that never reached the
    // server and has no change in flight is simply dropped, with its outbox entry.
    template <Record T>
    void remove(std::string_view id);

    // The server's state of a record (pull, or reference data on import): no outbox
    // entry. Fields with a local change not yet acknowledged keep their local value.
    template <Record T>
    void putFromServer(const T& record);

    // After the user's properties changed: drops the server's records of other properties
    // (and items whose inspection or check is gone). Records with a local change not yet
    // acknowledged, or rejected, stay: nothing the user made is thrown away. Returns how
    // many went.
    std::int64_t purgeOutsideScope(const std::vector<std::string>& propertyIds);

    template <Record T>
    std::optional<T> get(std::string_view id);
    // Every live (not deleted) record of the type, by id.
    template <Record T>
    std::vector<T> all();
    template <Record T>
    std::int64_t count();

    // ---- typed queries (deleted records excluded) ----
    // Inspections of an area with from <= started_at < to, oldest first.
    std::vector<Inspection> inspectionsForArea(std::string_view areaId, Timestamp from, Timestamp to);
    std::vector<Inspection> inspectionsBetween(Timestamp from, Timestamp to);
    std::vector<Inspection> inspectionsByStatus(RecordStatus status);
    std::vector<InspectionItem> itemsOfInspection(std::string_view inspectionId);
    std::vector<RenovationCheck> renovationChecksForUnit(std::string_view unitId);
    std::vector<RenovationItem> itemsOfRenovationCheck(std::string_view checkId);
    std::vector<OwnerVisit> visitsForOwner(std::string_view ownerId);
    std::vector<OwnerVisit> visitsByStatus(VisitStatus status);
    // Follow-ups with the status, earliest due first (no due date last).
    std::vector<FollowUp> followUpsByStatus(FollowUpStatus status);
    std::vector<Area> areasOfProperty(std::string_view propertyId);
    std::vector<Owner> ownersOfProperty(std::string_view propertyId);
    // The office's notices that a record of the recipient's has issues still to put
    // right, newest first: not answered as corrected, and the record not written again
    // since the review (a correction sends it back to review on the server too). Only
    // the notice of `recordId` when one is given.
    std::vector<Notice> openNotices(std::string_view recipientId, std::string_view recordId = {});

    sqlite::Database& database() { return db_; }

private:
    using Param = std::variant<std::string_view, std::int64_t>;
    template <Record T>
    std::vector<T> select(const std::string& whereOrderBy, std::initializer_list<Param> params);
    template <Record T>
    std::optional<std::int64_t> pendingChangeOf(std::string_view id);

    sqlite::Database& db_;
};

} // namespace patrolbook
