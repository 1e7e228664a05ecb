#include "qt_transport.hpp"
#include "form_support.hpp"

#include "patrolbook/error.hpp"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using patrolbook::Error;
using patrolbook::ErrorCode;
using patrolbook::ErrorDomain;

QtTransport::QtTransport(std::chrono::milliseconds timeout)
    : timeout_(timeout)
{
    // A phone moving between cells and Wi-Fi: never reuse a connection that may be dead.
    nam_.setAutoDeleteReplies(false);
}

patrolbook::sync::HttpResponse QtTransport::send(const std::string& method, const std::string& path,
                                                 const std::string& body,
                                                 const std::map<std::string, std::string>& headers)
{
    if (baseUrl_.isEmpty())
        throw Error(ErrorDomain::Sync, ErrorCode::Unreachable, "no server address set");
    QNetworkRequest request(QUrl(baseUrl_ + form::qstr(path)));
    request.setTransferTimeout(int(timeout_.count()));
    for (const auto& [name, value] : headers)
        request.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    const auto payload = QByteArray::fromStdString(body);
    if (!body.empty() && !headers.contains("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");

    std::unique_ptr<QNetworkReply> reply(
        nam_.sendCustomRequest(request, QByteArray::fromStdString(method), body.empty() ? QByteArray() : payload));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (abandon_) {
        poll.setInterval(100);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (abandon_())
                loop.quit();
        });
        poll.start();
    }
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) { // the worker is stopping (its thread's loops were ended), or abandoned
        reply->abort();
        throw Error(ErrorDomain::Sync, ErrorCode::Unreachable, "stopped before the server answered");
    }

    const auto status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) // no HTTP answer at all: offline, refused, timed out, TLS failed
        throw Error(ErrorDomain::Sync, ErrorCode::Unreachable, form::str(reply->errorString()));

    patrolbook::sync::HttpResponse response;
    response.status = status.toInt();
    response.body = reply->readAll().toStdString(); // bytes, not text
    for (const auto& [name, value] : reply->rawHeaderPairs())
        response.headers[name.toLower().toStdString()] = value.toStdString(); // raw header bytes
    return response;
}
