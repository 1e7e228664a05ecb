#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace patrolbook {

// Which layer raised the error: callers branch on the domain (show a form hint for
// Validation, retry for Storage busy, ...) without parsing messages.
enum class ErrorDomain { Validation, Rule, Storage, Json, Sync };

enum class ErrorCode {
    // Validation
    Required,
    InvalidValue,
    InvalidId,
    OutOfRange,
    Incomplete,
    NoteRequired,
    VerifierRequired,
    SignatureRequired,
    // Rule (owner-visit rules and other business rules)
    InRestHours,
    PastDeadline,
    // Storage
    Sqlite,
    Busy,
    Constraint,
    NotFound,
    AlreadyExists,
    SchemaTooNew,
    MigrationFailed,
    DiskFull, // SQLITE_FULL, or an I/O error whose cause was no space left: try later
    // Json
    Malformed,
    WrongType,
    // Sync
    Unreachable, // no answer: offline, timeout, connection refused
    Unauthorized, // 401: signed out, token expired or revoked
    Forbidden, // 403
    TooOld, // 426: the app must be updated
    Throttled, // 429
    ServerError, // 5xx or an answer that makes no sense
};

std::string_view toString(ErrorDomain domain);
std::string_view toString(ErrorCode code);

// The one error type of the shared library. `message` is for people (English; the app
// translates by code), `field` names the offending field where there is one.
class Error : public std::runtime_error {
public:
    Error(ErrorDomain domain, ErrorCode code, std::string message, std::string field = {});

    ErrorDomain domain() const noexcept { return domain_; }
    ErrorCode code() const noexcept { return code_; }
    const std::string& field() const noexcept { return field_; }
    // The message without domain/code decoration.
    const std::string& message() const noexcept { return message_; }

private:
    ErrorDomain domain_;
    ErrorCode code_;
    std::string message_;
    std::string field_;
};

} // namespace patrolbook
