#include "photo_fetch.hpp"

#include "qt_transport.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <QCryptographicHash>

#include <optional>
#include <string>

namespace {

struct SignIn {
    std::string serverUrl;
    std::string token;
};

std::optional<SignIn> readSignIn(const QString& storeFile)
{
    // Read-write like every connection to the store: a read-only one cannot open a WAL
    // file whose shared-memory index is not there yet.
    patrolbook::sqlite::Database db(storeFile.toStdString());
    patrolbook::sync::DeviceState state(db);
    const auto token = state.token();
    const auto url = state.get("server_url");
    if (!token || !url)
        return std::nullopt;
    return SignIn{*url, *token};
}

} // namespace

PhotoFetch::PhotoFetch(QString storeFile, std::chrono::milliseconds timeout)
    : storeFile_(std::move(storeFile))
    , timeout_(timeout)
{
}

PhotoFetch::Result PhotoFetch::run(const QString& sha256, const std::function<bool()>& abandon) const
{
    std::optional<SignIn> signIn;
    try {
        signIn = readSignIn(storeFile_);
    } catch (const patrolbook::Error&) {
        return {Outcome::Offline, {}}; // the store busy past its timeout: next view
    }
    if (!signIn)
        return {Outcome::SignedOut, {}};

    QtTransport transport(timeout_);
    transport.setBaseUrl(QString::fromStdString(signIn->serverUrl));
    if (abandon)
        transport.setAbandon(abandon);
    patrolbook::sync::HttpResponse response;
    try {
        response = transport.send("GET", "/api/v1/photos/" + sha256.toStdString(), {},
                                  {{"Patrolbook-Protocol", std::to_string(patrolbook::sync::protocolVersion)},
                                   {"Authorization", "Bearer " + signIn->token},
                                   {"Accept", "image/jpeg"}});
    } catch (const patrolbook::Error&) {
        return {Outcome::Offline, {}};
    }
    switch (response.status) {
    case 200:
        break;
    case 401:
        return {Outcome::SignedOut, {}};
    case 403:
    case 404:
        return {Outcome::NotAvailable, {}};
    default:
        return {Outcome::Offline, {}};
    }
    auto bytes = QByteArray::fromStdString(response.body);
    // The name is the promise: whatever else came (a proxy's page, a cut-off body) is not
    // kept, or it would be shown as the photo until evicted.
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        return {Outcome::Damaged, {}};
    return {Outcome::Fetched, std::move(bytes)};
}
