#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::sync {

struct ConflictNote {
    std::string entity;
    std::string id;
    std::string reason;
};

// What a device knows about itself and its server, kept in the store's `meta` table so
// it survives restarts and lives and dies with the records it describes: the device id,
// the sign-in (token and user) and the pull cursor.
//
// Writes are single statements: they join the caller's transaction when there is one
// (the pull stores a page and its cursor together).
class DeviceState {
public:
    explicit DeviceState(sqlite::Database& db);

    // Made on first use and kept for the life of the store.
    std::string deviceId();

    std::optional<std::string> token();
    // The signed-in user as the server described it: {"id", "name", "role"}.
    std::optional<nlohmann::json> user();
    // The signed-in user's id, if signed in.
    std::optional<std::string> userId();
    void setSignIn(const std::string& token, const nlohmann::json& user);
    void clearSignIn();

    // No cursor: the next pull starts from the beginning.
    std::optional<std::string> pullCursor();
    void setPullCursor(const std::string& cursor);

    // Records the server settled by its conflict rule (the losing value kept there for
    // review): {"entity","id","reason"} each, until the user has looked at them.
    std::vector<ConflictNote> conflicts();
    void addConflict(const ConflictNote& note);
    void removeConflict(std::string_view entity, std::string_view id);

    std::optional<std::string> get(std::string_view key);
    void set(std::string_view key, std::string_view value);
    void erase(std::string_view key);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::sync
