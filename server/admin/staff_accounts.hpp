#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// A staff record's account, kept in step with it: the staff record says who someone is
// (name, role, properties, active), the account how they sign in. Made with the record
// (its password given then), renamed with it; a staff member made inactive cannot sign
// in and every token of theirs is revoked at once; made active again, they can. The
// caller holds the write turn and the transaction of the staff record's change.
class StaffAccounts {
public:
    explicit StaffAccounts(sqlite::Database& db);

    // `passwordHash`: for a new account (a staff record made with a password, or one
    // that had none being given one); nullopt leaves a staff member without an account
    // as they are.
    void follow(const std::string& staffId, const nlohmann::json& fields,
                const std::optional<std::string>& passwordHash);
    // A new password for an existing account (or the account of a staff member who had
    // none); every token of theirs is revoked: phones and consoles sign in again.
    void resetPassword(const std::string& staffId, const nlohmann::json& fields, const std::string& passwordHash);
    // {"exists": bool, "disabled": bool}
    nlohmann::json describe(const std::string& staffId);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
