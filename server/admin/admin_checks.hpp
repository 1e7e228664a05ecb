#pragma once

#include "auth/admin_policy.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// What a record the administration writes must be, beyond who may write it: the fields
// it may have, the shared rules (validation.cpp), the records it names existing (and of
// its property), what must be unique, and what still refers to it before it goes.
// Problems a person can correct throw ValidationFailure (422, naming the field).
struct AdminChecks {
    // `fields` with `body` applied: a value sets a field, null clears it. A key the entity
    // does not have is refused (a typo would otherwise ride along in `extra` for ever);
    // an owner also takes the details of ownerExtraFields.
    static nlohmann::json merge(const std::string& entity, nlohmann::json fields, const nlohmann::json& body);
    // Every problem the shared rules find, thrown as one.
    static void validate(const std::string& entity, const std::string& id, const nlohmann::json& fields);
    // The records named by id fields exist, are not deleted, and belong to the record's
    // property; a property's code and a staff member's username are not taken.
    static void consistent(sqlite::Database& db, const std::string& entity, const std::string& id,
                           const nlohmann::json& fields);
    // Why the record cannot become a tombstone yet (live records still name it).
    static std::optional<std::string> stillUsed(sqlite::Database& db, const std::string& entity, const std::string& id);
    // The record as AdminPolicy judges it.
    static AdminTarget target(sqlite::Database& db, const std::string& entity, const std::string& id,
                              const nlohmann::json& fields);
};

} // namespace patrolbook::server
