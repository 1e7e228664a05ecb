#include "patrolbook/record_store.hpp"

#include "patrolbook/entities.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/record_table.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/sqlite/write_scope.hpp"
#include "patrolbook/validation.hpp"

#include <algorithm>

namespace patrolbook {

namespace {

using sqlite::WriteScope;

std::int64_t appendOutbox(sqlite::Database& db, std::string_view entity, const std::string& id,
                          std::int64_t baseVersion, const std::string& fieldsJson, bool deleted)
{
    // The change id is given when the entry is first sent (Outbox::markSent): until then
    // edits fold into the entry, and a save costs one small row here.
    auto st = db.cached("INSERT INTO outbox (entity, record_id, base_version, fields, deleted, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    st.bindRef(1, entity).bindRef(2, id).bind(3, baseVersion).bindRef(4, fieldsJson);
    st.bind(5, deleted ? 1 : 0).bind(6, Timestamp::now().utcMs);
    st.run();
    return db.lastInsertRowId();
}

struct PendingEntry {
    std::int64_t seq;
    std::string fields;
    std::string state;
};

std::optional<PendingEntry> outboxEntry(sqlite::Database& db, std::int64_t seq)
{
    auto st = db.cached("SELECT seq, fields, state FROM outbox WHERE seq = ?");
    st.bind(1, seq);
    if (!st.step())
        return std::nullopt;
    PendingEntry e{st.getInt64(0), st.getString(1), st.getString(2)};
    return e;
}

// Every field named by an unacknowledged outbox entry of the record.
std::vector<std::string> locallyChangedFields(sqlite::Database& db, std::string_view entity, std::string_view id)
{
    std::vector<std::string> names;
    auto st = db.cached("SELECT fields FROM outbox WHERE record_id = ? AND entity = ?");
    st.bind(1, id).bind(2, entity);
    while (st.step())
        for (auto& n : decodeFieldList(entity, st.getText(0)))
            if (std::find(names.begin(), names.end(), n) == names.end())
                names.push_back(std::move(n));
    return names;
}

// `sql` is one of RecordTable's statement texts, which live as long as the program.
template <Record T>
void writeRow(sqlite::Database& db, const std::string& sql, const T& r, std::optional<std::int64_t> pendingChange)
{
    auto st = db.cachedStatic(sql);
    const int next = RecordTable<T>::bind(st, r);
    if (pendingChange)
        st.bind(next, *pendingChange);
    else
        st.bindNull(next);
    st.run();
}

// Cross-record rules the store enforces on save: a finished inspection or renovation
// check has every item answered (the items are saved first, in the same transaction).
template <Record T>
void checkConsistency(RecordStore&, const T&)
{
}

template <>
void checkConsistency(RecordStore& store, const Inspection& r)
{
    if (r.status != RecordStatus::Finished)
        return;
    auto problems = validateCompletion(r, store.itemsOfInspection(r.id));
    if (!problems.empty())
        throw problems.front();
}

template <>
void checkConsistency(RecordStore& store, const RenovationCheck& r)
{
    if (r.status != RecordStatus::Finished)
        return;
    auto problems = validateCompletion(r, store.itemsOfRenovationCheck(r.id));
    if (!problems.empty())
        throw problems.front();
}

// Copies the named fields from `from` into `into`.
template <Record T>
void overlayFields(T& into, const T& from, const std::vector<std::string>& names)
{
    forEachField<T>([&](const auto& f) {
        if (std::find(names.begin(), names.end(), f.name) != names.end())
            into.*(f.member) = from.*(f.member);
    });
}

} // namespace

RecordStore::RecordStore(sqlite::Database& db)
    : db_(db)
{
}

template <Record T>
std::optional<std::int64_t> RecordStore::pendingChangeOf(std::string_view id)
{
    auto st = db_.cachedStatic(RecordTable<T>::headSql());
    st.bind(1, id);
    std::optional<std::int64_t> out;
    if (st.step() && !st.isNull(1))
        out = st.getInt64(1);
    return out;
}

template <Record T>
void RecordStore::insert(const T& record)
{
    ensureValid(record);
    WriteScope scope(db_);
    checkConsistency(*this, record);
    const auto seq = appendOutbox(db_, Schema<T>::entity, record.id, 0, std::string{allFieldsMarker}, record.deleted);
    try {
        auto st = db_.cachedStatic(RecordTable<T>::insertSql());
        const int next = RecordTable<T>::bind(st, record);
        st.bind(2, std::int64_t{0}); // the server has not seen it: no version yet
        st.bind(next, seq);
        st.run();
    } catch (const Error& e) {
        // Inside a caller's transaction nothing rolls back for us: undo the outbox entry.
        db_.cached("DELETE FROM outbox WHERE seq = ?").bind(1, seq).run();
        if (e.code() == ErrorCode::Constraint)
            throw Error(ErrorDomain::Storage, ErrorCode::AlreadyExists,
                        std::string{Schema<T>::entity} + " " + record.id + " already exists", "id");
        throw;
    }
    scope.commit();
}

template <Record T>
void RecordStore::update(const T& record)
{
    ensureValid(record);
    WriteScope scope(db_);
    auto stored = get<T>(record.id);
    if (!stored)
        throw Error(ErrorDomain::Storage, ErrorCode::NotFound,
                    std::string{Schema<T>::entity} + " " + record.id + " does not exist", "id");
    T row = record;
    row.version = stored->version;
    const auto changed = changedFields(*stored, row);
    if (changed.empty() && row.deleted == stored->deleted)
        return;
    checkConsistency(*this, row);
    auto seq = pendingChangeOf<T>(row.id);
    std::optional<PendingEntry> entry;
    if (seq)
        entry = outboxEntry(db_, *seq);
    if (entry && entry->state == "pending") {
        // Not sent yet: fold this edit into the waiting change.
        db_.cached("UPDATE outbox SET fields = ?, deleted = ? WHERE seq = ?")
            .bind(1, mergeFieldList(entry->fields, changed))
            .bind(2, row.deleted ? 1 : 0)
            .bind(3, entry->seq)
            .run();
    } else {
        // The server refused to create this record: the fix must carry all of it, since
        // the server builds the record from this change alone.
        const bool creationRejected = stored->version == 0 && entry && entry->state == "rejected";
        const std::string fields = creationRejected ? std::string{allFieldsMarker} : encodeFieldList(changed);
        seq = appendOutbox(db_, Schema<T>::entity, row.id, stored->version, fields, row.deleted);
    }
    writeRow(db_, RecordTable<T>::upsertSql(), row, seq);
    scope.commit();
}

template <Record T>
void RecordStore::save(const T& record)
{
    WriteScope scope(db_);
    if (get<T>(record.id))
        update(record);
    else
        insert(record);
    scope.commit();
}

template <Record T>
void RecordStore::remove(std::string_view id)
{
    WriteScope scope(db_);
    auto stored = get<T>(id);
    if (!stored)
        throw Error(ErrorDomain::Storage, ErrorCode::NotFound,
                    std::string{Schema<T>::entity} + " " + std::string{id} + " does not exist", "id");
    if (stored->deleted)
        return;
    const auto seq = pendingChangeOf<T>(id);
    if (stored->version == 0 && seq) {
        auto st = db_.cached("SELECT count(*) FROM outbox WHERE record_id = ? AND entity = ? AND state <> 'pending'");
        st.bind(1, id).bind(2, Schema<T>::entity);
        st.step();
        const bool everSent = st.getInt64(0) > 0;
        st.reset();
        if (!everSent) {
            // The server never heard of it: nothing to tell it.
            db_.cached("DELETE FROM outbox WHERE record_id = ? AND entity = ?")
                .bind(1, id)
                .bind(2, Schema<T>::entity)
                .run();
            db_.cached("DELETE FROM " + RecordTable<T>::table() + " WHERE id = ?").bind(1, id).run();
            scope.commit();
            return;
        }
    }
    T row = *stored;
    row.deleted = true;
    update(row);
    scope.commit();
}

template <Record T>
void RecordStore::putFromServer(const T& record)
{
    ensureValid(record);
    WriteScope scope(db_);
    // A record new here, or one without local changes: written in one statement (pulls
    // write thousands of records).
    writeRow(db_, RecordTable<T>::serverUpsertSql(), record, std::nullopt);
    if (db_.changes() > 0) {
        scope.commit();
        return;
    }
    // Not written: the stored row is newer (a stale page) or has local changes to keep.
    // Only now is the row read, and the whole of it only for the local changes.
    auto head = db_.cachedStatic(RecordTable<T>::headSql());
    head.bindRef(1, record.id);
    std::optional<std::int64_t> storedVersion, seq;
    if (head.step()) {
        storedVersion = head.getInt64(0);
        if (!head.isNull(1))
            seq = head.getInt64(1);
    }
    head.reset();
    if (storedVersion && *storedVersion > record.version)
        return; // an older state than we have: a stale page
    if (!seq)
        return; // not reached: without a local change the upsert above wrote it
    T row = record;
    const auto local = *get<T>(record.id);
    overlayFields(row, local, locallyChangedFields(db_, Schema<T>::entity, record.id));
    if (local.deleted)
        row.deleted = true; // a deletion made here and not yet acknowledged stands
    writeRow(db_, RecordTable<T>::upsertSql(), row, seq);
    scope.commit();
}

template <Record T>
std::optional<T> RecordStore::get(std::string_view id)
{
    auto st = db_.cachedStatic(RecordTable<T>::selectByIdSql());
    st.bind(1, id);
    std::optional<T> out;
    if (st.step())
        out = RecordTable<T>::read(st);
    return out;
}

template <Record T>
std::vector<T> RecordStore::select(const std::string& whereOrderBy, std::initializer_list<Param> params)
{
    auto st = db_.cached(RecordTable<T>::selectSql() + whereOrderBy);
    int i = 1;
    for (const auto& p : params)
        std::visit([&](const auto& v) { st.bind(i++, v); }, p);
    std::vector<T> out;
    while (st.step())
        out.push_back(RecordTable<T>::read(st));
    return out;
}

template <Record T>
std::vector<T> RecordStore::all()
{
    return select<T>("WHERE deleted = 0 ORDER BY id", {});
}

template <Record T>
std::int64_t RecordStore::count()
{
    auto st = db_.cached("SELECT count(*) FROM " + RecordTable<T>::table() + " WHERE deleted = 0");
    st.step();
    const auto n = st.getInt64(0);
    return n;
}

// One instantiation per record type: the templates live here, not in the header.
#define PATROLBOOK_INSTANTIATE(T)                                                                                      \
    template void RecordStore::insert<T>(const T&);                                                                    \
    template void RecordStore::update<T>(const T&);                                                                    \
    template void RecordStore::save<T>(const T&);                                                                      \
    template void RecordStore::remove<T>(std::string_view);                                                            \
    template void RecordStore::putFromServer<T>(const T&);                                                             \
    template std::optional<T> RecordStore::get<T>(std::string_view);                                                   \
    template std::vector<T> RecordStore::all<T>();                                                                     \
    template std::int64_t RecordStore::count<T>();                                                                     \
    template std::vector<T> RecordStore::select<T>(const std::string&, std::initializer_list<Param>);

PATROLBOOK_INSTANTIATE(Property)
PATROLBOOK_INSTANTIATE(Building)
PATROLBOOK_INSTANTIATE(Checklist)
PATROLBOOK_INSTANTIATE(ChecklistRevision)
PATROLBOOK_INSTANTIATE(Area)
PATROLBOOK_INSTANTIATE(Staff)
PATROLBOOK_INSTANTIATE(Unit)
PATROLBOOK_INSTANTIATE(Owner)
PATROLBOOK_INSTANTIATE(Inspection)
PATROLBOOK_INSTANTIATE(InspectionItem)
PATROLBOOK_INSTANTIATE(RenovationCheck)
PATROLBOOK_INSTANTIATE(RenovationItem)
PATROLBOOK_INSTANTIATE(OwnerVisit)
PATROLBOOK_INSTANTIATE(FollowUp)
PATROLBOOK_INSTANTIATE(RepairOrder)
PATROLBOOK_INSTANTIATE(Complaint)
PATROLBOOK_INSTANTIATE(Handover)
PATROLBOOK_INSTANTIATE(Photo)
PATROLBOOK_INSTANTIATE(Notice)
PATROLBOOK_INSTANTIATE(LoopEvent)

#undef PATROLBOOK_INSTANTIATE

} // namespace patrolbook
