#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook {

// Lookups by an entity's wire name ("inspection_item"), for code that meets entity names
// as data: the outbox, sync messages.
bool isKnownEntity(std::string_view entity);
// The entity's field names in schema order; empty for an unknown entity.
std::vector<std::string> fieldNamesOf(std::string_view entity);
// The same list, made once per entity: outbox entries of new records name every field.
const std::vector<std::string>& knownFieldNames(std::string_view entity);

// An outbox entry's `fields` column: a JSON array of field names, or "*" for a change
// that carries every field (a new record: the common case, kept short on purpose).
inline constexpr std::string_view allFieldsMarker = "*";
std::vector<std::string> decodeFieldList(std::string_view entity, std::string_view stored);
std::string encodeFieldList(const std::vector<std::string>& names);
// The union of a stored list and more names, encoded.
std::string mergeFieldList(std::string_view stored, const std::vector<std::string>& more);

} // namespace patrolbook
