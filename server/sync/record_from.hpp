#pragma once

#include "patrolbook/entities.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/record_json.hpp"
#include "sync/write_rules.hpp"

namespace patrolbook::server {

// The record the fields describe, field by field as far as each is readable; a record
// not stored yet reads as a new one in its first status. The loops' rules and events
// judge typed records, whichever way the push read the change.
template <class T>
T recordFrom(const FieldLookup& fields)
{
    T r;
    for (const auto& name : knownFieldNames(Schema<T>::entity)) {
        auto value = fields(name.c_str());
        if (value.is_null())
            continue;
        try {
            applyFields(r, sync::Json{{name, std::move(value)}});
        } catch (const Error&) {
            // An unreadable field is validation's to report; the step is judged on the rest.
        }
    }
    return r;
}

} // namespace patrolbook::server
