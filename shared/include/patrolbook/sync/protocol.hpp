#pragma once

// The messages of docs/sync-protocol.md, shared by the server and every client so both
// sides read and write them the same way.

#include "patrolbook/enum_names.hpp"

#include <nlohmann/json.hpp>

#include <any>
#include <functional>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook::sync {

using Json = nlohmann::json;

inline constexpr int protocolVersion = 1;
// What a server takes in one push (413 beyond), and what a device sends first: a server
// of an earlier release took at most 500 changes.
inline constexpr std::size_t maxChangesPerPush = 2000;
inline constexpr std::size_t maxPushBodyBytes = 4 * 1024 * 1024;
inline constexpr std::size_t firstPushChanges = 500;
inline constexpr std::size_t defaultPullLimit = 500;
inline constexpr std::size_t maxPullLimit = 2000;

enum class ChangeStatus { Applied, Duplicate, Merged, Conflict, Rejected };

struct Change {
    std::string changeId;
    std::string entity;
    std::string id;
    std::int64_t baseVersion = 0;
    Json fields = Json::object();
    bool deleted = false;
    // Read from a push body, the fields stay text until the server judges the change:
    // `fields` is left empty and `fieldsText` is the object as the client wrote it
    // (checked to be JSON), read straight into a typed record for a new record, and
    // stored as it is. `repeatedNames`: some name in it comes twice, so it means one
    // thing to a reader that takes the last (ours) and another to one that takes the
    // first (SQLite's json_extract): such text is never stored as it is.
    std::string fieldsText;
    bool repeatedNames = false;
    // From a push body whose change names its entity before its fields: the fields read
    // into the record's type as the text went by, a SentRecord<T> (fields_text.hpp), so
    // that a new record is judged without reading its text a second time. Empty otherwise.
    std::any sent;
};

struct ChangeResult {
    std::string changeId;
    ChangeStatus status = ChangeStatus::Applied;
    std::int64_t version = 0;
    std::optional<std::string> reason;
    // With rejected: not applied and not remembered; the same change may be sent again
    // later (its parent record was not on the server yet).
    bool retry = false;
};

struct PushRequest {
    std::string deviceId;
    std::vector<Change> changes;
};

struct PulledRecord {
    std::string entity;
    std::string id;
    std::int64_t version = 0;
    Json fields = Json::object();
    bool deleted = false;
};

// Parsers throw patrolbook::Error{Json, Malformed|WrongType} naming what is wrong.
// A push body, from its text: not JSON, or not a push, throws as above. Each change's
// fields are in `fieldsText` only (see Change).
PushRequest parsePushRequest(std::string_view body);
Json toJson(const PushRequest& request);
// The same text as toJson(request).dump(), written without building the document first.
std::string toJsonText(const PushRequest& request);
// The push request text around changes whose "fields" objects `writeFields(out, i)`
// appends itself (`changes[i].fields` is not read).
std::string toJsonText(const std::string& deviceId, const std::vector<Change>& changes,
                       const std::function<void(std::string&, std::size_t)>& writeFields);
// A change without its values, viewing the caller's strings: what the request text needs
// of it, without copying each entry into a Change first.
struct ChangeHead {
    std::string_view changeId;
    std::string_view entity;
    std::string_view id;
    std::int64_t baseVersion = 0;
    bool deleted = false;
};
// The same text for changes given by their heads.
std::string toJsonText(const std::string& deviceId, const std::vector<ChangeHead>& changes,
                       const std::function<void(std::string&, std::size_t)>& writeFields);
// A push answer from its text: not JSON, or not a push answer, throws as above.
std::vector<ChangeResult> parsePushResults(std::string_view body);
// The push answer {"results":[...],"server_time":...} as text, written directly.
std::string pushAnswerText(const std::vector<ChangeResult>& results, const std::string& serverTime);

} // namespace patrolbook::sync

namespace patrolbook {
template <>
struct EnumNames<sync::ChangeStatus> {
    static constexpr std::array<std::string_view, 5> names{"applied", "duplicate", "merged", "conflict", "rejected"};
};
} // namespace patrolbook
