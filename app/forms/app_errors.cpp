#include "app_errors.hpp"
#include "form_support.hpp"

#include "patrolbook/error.hpp"

#include <QCoreApplication>

using patrolbook::ErrorCode;

namespace {

// The messages are marked with QT_TRANSLATE_NOOP (context "Errors") for lupdate and
// translated here when shown.
QString translated(const char* text)
{
    return QCoreApplication::translate("Errors", text);
}

} // namespace

QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {"result", QT_TRANSLATE_NOOP("Errors", "result")},
        {"note", QT_TRANSLATE_NOOP("Errors", "note")},
        {"outcome", QT_TRANSLATE_NOOP("Errors", "outcome")},
        {"description", QT_TRANSLATE_NOOP("Errors", "what is wrong")},
        {"due_at", QT_TRANSLATE_NOOP("Errors", "due date")},
        {"assignee_id", QT_TRANSLATE_NOOP("Errors", "who fixes it")},
        {"signature_photo_id", QT_TRANSLATE_NOOP("Errors", "the owner's signature")},
        {"position", QT_TRANSLATE_NOOP("Errors", "position")},
        {"planned_at", QT_TRANSLATE_NOOP("Errors", "planned time")},
        {"visited_at", QT_TRANSLATE_NOOP("Errors", "visit time")},
        {"resolution", QT_TRANSLATE_NOOP("Errors", "what was done, or why it is reopened")},
        {"after_photo_ids", QT_TRANSLATE_NOOP("Errors", "a photo of the fix")},
        {"step_note", QT_TRANSLATE_NOOP("Errors", "the reason, or what was done")},
        {"summary", QT_TRANSLATE_NOOP("Errors", "what happened on the shift")},
        {"post", QT_TRANSLATE_NOOP("Errors", "post")},
    };
    const auto it = labels.find(field);
    return it == labels.end() ? field : translated(it.value());
}

QString userMessage(const patrolbook::Error& error)
{
    const QString field = fieldLabel(form::qstr(error.field()));
    const QString detail = form::qstr(error.what());
    switch (error.code()) {
    case ErrorCode::Required:
        return translated(QT_TRANSLATE_NOOP("Errors", "Please fill in: %1.")).arg(field);
    case ErrorCode::InvalidValue:
    case ErrorCode::InvalidId:
    case ErrorCode::OutOfRange:
        return translated(QT_TRANSLATE_NOOP("Errors", "This value is not valid: %1.")).arg(field);
    case ErrorCode::Incomplete:
        return translated(QT_TRANSLATE_NOOP("Errors", "Some lines are not answered yet."));
    case ErrorCode::NoteRequired:
        return translated(QT_TRANSLATE_NOOP("Errors", "Write a note: it is required unless the owner was satisfied."));
    case ErrorCode::VerifierRequired:
        return translated(QT_TRANSLATE_NOOP("Errors", "Only a verified follow-up can be closed."));
    case ErrorCode::SignatureRequired:
        return translated(QT_TRANSLATE_NOOP("Errors", "The owner's signature is required to finish an acceptance."));
    case ErrorCode::InRestHours:
        return translated(QT_TRANSLATE_NOOP("Errors", "This is inside the owner's rest hours."));
    case ErrorCode::PastDeadline:
        return translated(QT_TRANSLATE_NOOP("Errors", "The three-day limit for this visit has passed."));
    case ErrorCode::Busy:
        return translated(QT_TRANSLATE_NOOP("Errors", "The device's storage is busy; try again."));
    case ErrorCode::NotFound:
        return translated(QT_TRANSLATE_NOOP("Errors", "This record is no longer on this device."));
    case ErrorCode::DiskFull:
        return translated(QT_TRANSLATE_NOOP("Errors",
                                            "This phone's storage is full, so this was not saved. Free some space "
                                            "(photos, other apps) and try again; what was saved before is kept."));
    case ErrorCode::SchemaTooNew:
        return translated(QT_TRANSLATE_NOOP(
            "Errors", "The records on this device were written by a newer Patrolbook. Update the app."));
    case ErrorCode::Unreachable:
        return translated(QT_TRANSLATE_NOOP(
            "Errors",
            "No connection to the server. Your work is saved on this device and will be sent when the "
            "network is back."));
    case ErrorCode::Unauthorized:
        return translated(QT_TRANSLATE_NOOP(
            "Errors", "The server did not accept your sign-in: check the username and password, or sign in again."));
    case ErrorCode::Forbidden:
        return translated(QT_TRANSLATE_NOOP("Errors", "You are not allowed to do this: %1")).arg(detail);
    case ErrorCode::TooOld:
        return translated(QT_TRANSLATE_NOOP(
            "Errors",
            "This version of Patrolbook is too old for the server. Update the app; your records stay on "
            "this device."));
    case ErrorCode::Throttled:
        return translated(QT_TRANSLATE_NOOP("Errors", "Too many sign-in attempts. Wait a few minutes and try again."));
    case ErrorCode::ServerError:
        return translated(QT_TRANSLATE_NOOP(
                              "Errors", "The server has a problem (%1). Your work is saved and will be sent later."))
            .arg(detail);
    default:
        return translated(QT_TRANSLATE_NOOP("Errors", "Something went wrong: %1")).arg(detail);
    }
}

QString signInMessage(const patrolbook::Error& error, const QString& serverUrl)
{
    using patrolbook::ErrorCode;
    switch (error.code()) {
    case ErrorCode::Unreachable:
        return translated(QT_TRANSLATE_NOOP("Errors",
                                            "Could not reach the server at %1, so you are not signed in. Check the "
                                            "address and that the device is online (Wi-Fi or mobile data), then "
                                            "tap Sign in again."))
            .arg(serverUrl);
    case ErrorCode::ServerError:
        return translated(QT_TRANSLATE_NOOP("Errors",
                                            "The server has a problem (%1), so you are not signed in. Try again in "
                                            "a few minutes; if it lasts, tell the office."))
            .arg(form::qstr(error.what()));
    default:
        return userMessage(error);
    }
}
