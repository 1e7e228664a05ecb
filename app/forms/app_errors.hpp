#pragma once

#include <QString>

namespace patrolbook {
class Error;
}

// What a typed error means, in the user's language (the shared library's messages are
// English, for logs and the server's problem details).
QString userMessage(const patrolbook::Error& error);
// A failed sign-in, in the user's language. Unlike a sync, nothing is waiting to be sent
// and nothing retries by itself: it says what happened and what to do.
QString signInMessage(const patrolbook::Error& error, const QString& serverUrl);
// The label of a record field ("result", "outcome", ...) in the user's language.
QString fieldLabel(const QString& field);
