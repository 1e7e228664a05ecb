#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

// One photo from the server as the signed-in user: GET /api/v1/photos/<sha256> through
// the app's QtTransport with the session's token (docs/sync-protocol.md, "Photos").
// Blocking: it runs on a worker thread, with a connection of its own to the device's
// store (the token and the server's address are read there at each fetch, so a sign-in
// or sign-out meanwhile is followed).
class PhotoFetch {
public:
    enum class Outcome {
        Fetched,
        // No answer (offline, refused, timed out) or the server cannot answer now (5xx,
        // 429, 503): worth trying again later.
        Offline,
        // 404: the server has no such photo the user may see: another property's, or
        // bytes their author's device has not sent yet. The server does not say which.
        NotAvailable,
        // Not signed in, or the token is no longer accepted (401).
        SignedOut,
        // The bytes that came are not the photo their name says.
        Damaged,
    };
    struct Result {
        Outcome outcome = Outcome::Offline;
        QByteArray bytes;
    };

    PhotoFetch(QString storeFile, std::chrono::milliseconds timeout);
    // `abandon` is asked while the request waits (see QtTransport::setAbandon).
    Result run(const QString& sha256, const std::function<bool()>& abandon = {}) const;

private:
    QString storeFile_;
    std::chrono::milliseconds timeout_;
};
