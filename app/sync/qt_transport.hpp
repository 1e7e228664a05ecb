#pragma once

#include "patrolbook/sync/transport.hpp"

#include <QNetworkAccessManager>
#include <QString>

#include <chrono>

// The shared engine's Transport over QNetworkAccessManager. The engine's calls are
// blocking, so each request waits in a local event loop; it must run on the sync
// worker's thread, never the GUI's.
class QtTransport : public patrolbook::sync::Transport {
public:
    explicit QtTransport(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // "http://host:port" (a trailing slash is ignored).
    void setBaseUrl(const QString& url) { baseUrl_ = url.endsWith('/') ? url.chopped(1) : url; }
    QString baseUrl() const { return baseUrl_; }

    patrolbook::sync::HttpResponse send(const std::string& method, const std::string& path, const std::string& body,
                                        const std::map<std::string, std::string>& headers) override;

private:
    QNetworkAccessManager nam_;
    QString baseUrl_;
    std::chrono::milliseconds timeout_;
};
