#pragma once

#include "patrolbook/sync/transport.hpp"

#include <QNetworkAccessManager>
#include <QString>

#include <chrono>
#include <functional>

// The shared engine's Transport over QNetworkAccessManager. The engine's calls are
// blocking, so each request waits in a local event loop; it must run on the sync
// worker's thread, never the GUI's.
class QtTransport : public patrolbook::sync::Transport {
public:
    explicit QtTransport(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // "http://host:port" (a trailing slash is ignored).
    void setBaseUrl(const QString& url) { baseUrl_ = url.endsWith('/') ? url.chopped(1) : url; }
    QString baseUrl() const { return baseUrl_; }
    // Asked every 100 ms while a request waits: true gives up on it (the caller stops
    // caring, the app closes) with Error{Sync, Unreachable}. A worker thread whose loops
    // nobody quits (a pool's) has no other way out of the wait.
    void setAbandon(std::function<bool()> abandon) { abandon_ = std::move(abandon); }

    patrolbook::sync::HttpResponse send(const std::string& method, const std::string& path, const std::string& body,
                                        const std::map<std::string, std::string>& headers) override;

private:
    QNetworkAccessManager nam_;
    QString baseUrl_;
    std::chrono::milliseconds timeout_;
    std::function<bool()> abandon_;
};
