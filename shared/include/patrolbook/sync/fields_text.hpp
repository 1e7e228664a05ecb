#pragma once

// A change's "fields" object read from its JSON text (Change::fieldsText) without a Json
// value per field: what the server does with the thousands of new records a push brings.

#include "patrolbook/records.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook::sync {

// Sets the fields of `out` from `text`, the rules of applyFields (known fields set,
// unknown ones kept in extra, id/version/deleted ignored). Returns the first wrong
// value's message, in applyFields' words (then `out` is not to be used). `names`, when
// given, gets every member's name in order. Text that is not a JSON object throws
// Error(Json, Malformed). Defined for every type of AllRecordTypes.
template <Record T>
std::optional<std::string> readFieldsText(std::string_view text, T& out, std::vector<std::string>* names = nullptr);

// A change's fields read into its record's type (Change::sent), with every member's name
// in order; `problem` is the first wrong value (then `record` is not to be used).
template <Record T>
struct SentRecord {
    T record;
    std::vector<std::string> names;
    std::optional<std::string> problem;
};

// The value of the member `name` of a JSON object's text when it is a string (the last,
// should the name come twice, as a Json value would hold), else nullopt; the rest of the
// text is only checked, not read into values.
std::optional<std::string> stringMember(std::string_view objectText, std::string_view name);

} // namespace patrolbook::sync
