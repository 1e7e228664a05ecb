#pragma once

#include "auth/principal.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace patrolbook::server {

class DbPool;

// One page of a collection.
struct AdminListQuery {
    static constexpr std::size_t maxLimit = 500;
    std::optional<std::string> property; // only this property's records
    std::string after; // the `next` of the previous page
    std::size_t limit = 100;
    bool withRetired = false; // tombstones too
};

// The administration of the registry (docs/admin-api.md): properties, buildings, units,
// owners, staff with their accounts, areas and checklists, for the HTTP API
// (AdminHandler) and `patrolbook-server admin` alike. Each act asks AdminPolicy, merges
// and checks the record (AdminChecks: the shared rules, references, uniqueness), and
// writes it as the server writes its own records: one new version from the same
// sequence as devices' changes, every changed field at it, so devices pull it in their
// next sync; who and when go into the record's row (creation) or record_history.
// Errors: ApiError (403, 404, 409) and ValidationFailure (422), answered by problem.cpp.
class AdminService {
public:
    // What a password must be (as `patrolbook-server user add` asks).
    static constexpr std::size_t minPassword = 8;

    explicit AdminService(DbPool& pool);

    // {"records": [...], "next": id or null}
    nlohmann::json list(const Principal& who, const std::string& collection, const AdminListQuery& query);
    // The record with its history ({"history": [...]}); a staff record with its account.
    nlohmann::json get(const Principal& who, const std::string& collection, const std::string& id);
    // `body`: the fields, optionally "id" (a UUID the client made) and, for staff,
    // "password".
    nlohmann::json create(const Principal& who, const std::string& collection, const nlohmann::json& body);
    // `body`: the fields to set (null clears one), optionally "version" (409 unless the
    // record is still at it) and "deleted": false (a tombstone brought back).
    nlohmann::json update(const Principal& who, const std::string& collection, const std::string& id,
                          const nlohmann::json& body);
    // Staff and areas: active false; the rest: a tombstone, once nothing live names it.
    nlohmann::json retire(const Principal& who, const std::string& collection, const std::string& id);
    // A staff member's new password; their tokens are revoked.
    nlohmann::json resetPassword(const Principal& who, const std::string& staffId, const std::string& password);

private:
    DbPool& pool_;
};

} // namespace patrolbook::server
