#include "app_errors.hpp"

#include "patrolbook/error.hpp"

#include <QCoreApplication>

using patrolbook::ErrorCode;

namespace {

QString tr(const char* text)
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
    };
    const auto it = labels.find(field);
    return it == labels.end() ? field : tr(it.value());
}

QString userMessage(const patrolbook::Error& error)
{
    const QString field = fieldLabel(QString::fromStdString(error.field()));
    const QString detail = QString::fromStdString(error.what());
    switch (error.code()) {
    case ErrorCode::Required:
        return tr("Please fill in: %1.").arg(field);
    case ErrorCode::InvalidValue:
    case ErrorCode::InvalidId:
    case ErrorCode::OutOfRange:
        return tr("This value is not valid: %1.").arg(field);
    case ErrorCode::Incomplete:
        return tr("Some lines are not answered yet.");
    case ErrorCode::NoteRequired:
        return tr("Write a note: it is required unless the owner was satisfied.");
    case ErrorCode::VerifierRequired:
        return tr("Only a verified follow-up can be closed.");
    case ErrorCode::SignatureRequired:
        return tr("The owner's signature is required to finish an acceptance.");
    case ErrorCode::InRestHours:
        return tr("This is inside the owner's rest hours.");
    case ErrorCode::PastDeadline:
        return tr("The three-day limit for this visit has passed.");
    case ErrorCode::Busy:
        return tr("The phone's storage is busy; try again.");
    case ErrorCode::NotFound:
        return tr("This record is no longer on this phone.");
    case ErrorCode::SchemaTooNew:
        return tr("The records on this phone were written by a newer Patrolbook. Update the app.");
    case ErrorCode::Unreachable:
        return tr("No connection to the server. Your work is saved on this phone and will be sent when the "
                  "network is back.");
    case ErrorCode::Unauthorized:
        return tr("The server did not accept your sign-in: check the username and password, or sign in again.");
    case ErrorCode::Forbidden:
        return tr("You are not allowed to do this: %1").arg(detail);
    case ErrorCode::TooOld:
        return tr("This version of Patrolbook is too old for the server. Update the app; your records stay on "
                  "this phone.");
    case ErrorCode::Throttled:
        return tr("Too many sign-in attempts. Wait a few minutes and try again.");
    case ErrorCode::ServerError:
        return tr("The server has a problem (%1). Your work is saved and will be sent later.").arg(detail);
    default:
        return tr("Something went wrong: %1").arg(detail);
    }
}
