#pragma once

#include <QString>

namespace patrolbook {
class Error;
}

// What a typed error means, in the user's language (the shared library's messages are
// English, for logs and the server's problem details).
QString userMessage(const patrolbook::Error& error);
// The label of a record field ("result", "outcome", ...) in the user's language.
QString fieldLabel(const QString& field);
