#pragma once

// A change's "fields" object made when its record is saved and kept beside its outbox
// entry (table outbox_values, store schema v3), so that a push sends it as it is. Only a
// copy: the schema's triggers drop it whenever the record or the entry changes another
// way, and an entry without one is read from its record at push time.

#include "patrolbook/entities.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "sync/change_text.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook {

// An item's parent: the member naming its inspection or check (nullptr for other records).
template <Record T>
const std::string* parentIdOf(const T&)
{
    return nullptr;
}
template <>
inline const std::string* parentIdOf(const InspectionItem& r)
{
    return &r.inspectionId;
}
template <>
inline const std::string* parentIdOf(const RenovationItem& r)
{
    return &r.checkId;
}

struct PreparedValues {
    std::string fields; // the change's "fields" object
    std::optional<std::string> parentId; // an item's parent
};

// The values of the entry `seq`, which names `fieldList` (as the outbox keeps it), made
// from `record` as it is being saved.
template <Record T>
void prepareValues(sqlite::Database& db, std::int64_t seq, std::string_view fieldList, const T& record)
{
    OutboxEntry entry;
    entry.entity = Schema<T>::entity;
    entry.fields = decodeFieldList(entry.entity, fieldList);
    std::string fields;
    sync::appendChangedValues(fields, entry, &record);
    auto& st = db.cachedLiteral("INSERT OR REPLACE INTO outbox_values (seq, fields, parent_id) VALUES (?, ?, ?)");
    st.bind(1, seq).bindRef(2, fields);
    if (const std::string* parent = parentIdOf(record))
        st.bindRef(3, *parent);
    else
        st.bindNull(3);
    st.run();
}

// Deletes the outbox entries of a record and their values.
void dropEntriesOf(sqlite::Database& db, std::string_view entity, std::string_view recordId);
// Deletes the values of the entries seq `first` to `last` (their entries are being deleted).
void dropValues(sqlite::Database& db, std::int64_t first, std::int64_t last);

// The values kept for the entries `seqs`, in the same order (nullopt: none kept).
std::vector<std::optional<PreparedValues>> preparedValues(sqlite::Database& db, const std::vector<std::int64_t>& seqs);

} // namespace patrolbook
