#pragma once

#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"

#include <vector>

namespace patrolbook {

// Every problem of a record, not only the first, so a form can mark all its fields at
// once. Checks what the record alone can tell: ids, required fields, coordinates and
// offsets in range, and the rules of its status (a done visit has an outcome, an
// unsatisfied one a note; a closed follow-up a verifier; ...). A draft may be incomplete.
template <Record T>
std::vector<Error> validate(const T& record);

// A finished inspection has every item answered. `items` are the inspection's items.
std::vector<Error> validateCompletion(const Inspection& inspection, const std::vector<InspectionItem>& items);
std::vector<Error> validateCompletion(const RenovationCheck& check, const std::vector<RenovationItem>& items);

// Throws the first problem, if any.
template <Record T>
void ensureValid(const T& record)
{
    auto problems = validate(record);
    if (!problems.empty())
        throw problems.front();
}

} // namespace patrolbook
