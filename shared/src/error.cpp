#include "patrolbook/error.hpp"

namespace patrolbook {

std::string_view toString(ErrorDomain domain)
{
    switch (domain) {
    case ErrorDomain::Validation:
        return "validation";
    case ErrorDomain::Rule:
        return "rule";
    case ErrorDomain::Storage:
        return "storage";
    case ErrorDomain::Json:
        return "json";
    case ErrorDomain::Sync:
        return "sync";
    }
    return "unknown";
}

std::string_view toString(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Required:
        return "required";
    case ErrorCode::InvalidValue:
        return "invalid_value";
    case ErrorCode::InvalidId:
        return "invalid_id";
    case ErrorCode::OutOfRange:
        return "out_of_range";
    case ErrorCode::Incomplete:
        return "incomplete";
    case ErrorCode::NoteRequired:
        return "note_required";
    case ErrorCode::VerifierRequired:
        return "verifier_required";
    case ErrorCode::SignatureRequired:
        return "signature_required";
    case ErrorCode::InRestHours:
        return "in_rest_hours";
    case ErrorCode::PastDeadline:
        return "past_deadline";
    case ErrorCode::Sqlite:
        return "sqlite";
    case ErrorCode::Busy:
        return "busy";
    case ErrorCode::Constraint:
        return "constraint";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::AlreadyExists:
        return "already_exists";
    case ErrorCode::SchemaTooNew:
        return "schema_too_new";
    case ErrorCode::MigrationFailed:
        return "migration_failed";
    case ErrorCode::DiskFull:
        return "disk_full";
    case ErrorCode::Malformed:
        return "malformed";
    case ErrorCode::WrongType:
        return "wrong_type";
    case ErrorCode::Unreachable:
        return "unreachable";
    case ErrorCode::Unauthorized:
        return "unauthorized";
    case ErrorCode::Forbidden:
        return "forbidden";
    case ErrorCode::TooOld:
        return "too_old";
    case ErrorCode::Throttled:
        return "throttled";
    case ErrorCode::ServerError:
        return "server_error";
    }
    return "unknown";
}

static std::string decorate(ErrorDomain domain, ErrorCode code, const std::string& message)
{
    std::string out;
    out.append(toString(domain)).append("/").append(toString(code)).append(": ").append(message);
    return out;
}

Error::Error(ErrorDomain domain, ErrorCode code, std::string message, std::string field)
    : std::runtime_error(decorate(domain, code, message))
    , domain_(domain)
    , code_(code)
    , message_(std::move(message))
    , field_(std::move(field))
{
}

} // namespace patrolbook
