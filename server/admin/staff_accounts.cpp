#include "admin/staff_accounts.hpp"

#include "storage/account_repo.hpp"

namespace patrolbook::server {

StaffAccounts::StaffAccounts(sqlite::Database& db)
    : db_(db)
{
}

void StaffAccounts::follow(const std::string& staffId, const nlohmann::json& fields,
                           const std::optional<std::string>& passwordHash)
{
    AccountRepo accounts(db_);
    const std::string username = fields.value("username", "");
    const bool active = fields.value("active", true);
    const auto account = accounts.byId(staffId);
    if (!account) {
        if (passwordHash)
            accounts.create({staffId, username, *passwordHash, !active});
        return;
    }
    if (account->username != username)
        accounts.setUsername(staffId, username);
    if (account->disabled == active)
        accounts.setDisabled(username, !active);
    if (!active)
        accounts.revokeAllTokens(staffId);
}

void StaffAccounts::resetPassword(const std::string& staffId, const nlohmann::json& fields,
                                  const std::string& passwordHash)
{
    AccountRepo accounts(db_);
    const auto account = accounts.byId(staffId);
    if (!account) {
        follow(staffId, fields, passwordHash);
        return;
    }
    accounts.setPassword(account->username, passwordHash);
    accounts.revokeAllTokens(staffId);
}

nlohmann::json StaffAccounts::describe(const std::string& staffId)
{
    const auto account = AccountRepo(db_).byId(staffId);
    return {{"exists", account.has_value()}, {"disabled", account && account->disabled}};
}

} // namespace patrolbook::server
