#pragma once

#include "patrolbook/records.hpp"

#include <string_view>

namespace patrolbook::sync {

// Calls `f.template operator()<T>()` for the record type named `entity` (a wire name met
// as data: an outbox entry, a pulled record). False when this build has no such type.
template <class F>
bool withRecordType(std::string_view entity, F&& f)
{
    bool found = false;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (!found && Schema<T>::entity == entity) {
            found = true;
            f.template operator()<T>();
        }
    });
    return found;
}

} // namespace patrolbook::sync
