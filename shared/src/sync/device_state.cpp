#include "patrolbook/sync/device_state.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/uuid.hpp"

namespace patrolbook::sync {

namespace {

// The meta keys; released names never change.
constexpr std::string_view deviceIdKey = "device_id";
constexpr std::string_view tokenKey = "sync.token";
constexpr std::string_view userKey = "sync.user";
constexpr std::string_view cursorKey = "sync.pull_cursor";
constexpr std::string_view conflictsKey = "sync.conflicts";

} // namespace

DeviceState::DeviceState(sqlite::Database& db)
    : db_(db)
{
}

std::optional<std::string> DeviceState::get(std::string_view key)
{
    auto st = db_.cached("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    std::optional<std::string> out;
    if (st.step())
        out = st.getString(0);
    return out;
}

void DeviceState::set(std::string_view key, std::string_view value)
{
    db_.cached("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

std::vector<ConflictNote> DeviceState::conflicts()
{
    std::vector<ConflictNote> notes;
    const auto stored = get(conflictsKey);
    if (!stored)
        return notes;
    const auto list = nlohmann::json::parse(*stored, nullptr, false);
    if (!list.is_array())
        return notes;
    for (const auto& n : list)
        if (n.is_object())
            notes.push_back({n.value("entity", ""), n.value("id", ""), n.value("reason", "")});
    return notes;
}

void DeviceState::addConflict(const ConflictNote& note)
{
    auto notes = conflicts();
    std::erase_if(notes, [&](const ConflictNote& n) { return n.entity == note.entity && n.id == note.id; });
    notes.push_back(note);
    auto list = nlohmann::json::array();
    for (const auto& n : notes)
        list.push_back({{"entity", n.entity}, {"id", n.id}, {"reason", n.reason}});
    set(conflictsKey, list.dump());
}

void DeviceState::removeConflict(std::string_view entity, std::string_view id)
{
    auto notes = conflicts();
    std::erase_if(notes, [&](const ConflictNote& n) { return n.entity == entity && n.id == id; });
    auto list = nlohmann::json::array();
    for (const auto& n : notes)
        list.push_back({{"entity", n.entity}, {"id", n.id}, {"reason", n.reason}});
    set(conflictsKey, list.dump());
}

void DeviceState::erase(std::string_view key)
{
    db_.cached("DELETE FROM meta WHERE key = ?").bind(1, key).run();
}

std::string DeviceState::deviceId()
{
    if (auto id = get(deviceIdKey))
        return *id;
    // OR IGNORE: another connection to the same file may have made one meanwhile, and
    // the first one made is the one kept.
    db_.cached("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)").bind(1, deviceIdKey).bind(2, newUuid()).run();
    return get(deviceIdKey).value();
}

std::optional<std::string> DeviceState::token()
{
    return get(tokenKey);
}

std::optional<nlohmann::json> DeviceState::user()
{
    auto text = get(userKey);
    if (!text)
        return std::nullopt;
    auto user = nlohmann::json::parse(*text, nullptr, false);
    if (user.is_discarded())
        return std::nullopt;
    return user;
}

std::optional<std::string> DeviceState::userId()
{
    auto u = user();
    if (!u || !u->is_object())
        return std::nullopt;
    auto id = u->find("id");
    if (id == u->end() || !id->is_string())
        return std::nullopt;
    return id->get<std::string>();
}

void DeviceState::setSignIn(const std::string& token, const nlohmann::json& user)
{
    set(tokenKey, token);
    set(userKey, user.dump());
}

void DeviceState::clearSignIn()
{
    erase(tokenKey);
    erase(userKey);
}

std::optional<std::string> DeviceState::pullCursor()
{
    return get(cursorKey);
}

void DeviceState::setPullCursor(const std::string& cursor)
{
    set(cursorKey, cursor);
}

} // namespace patrolbook::sync
