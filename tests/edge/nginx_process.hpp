#pragma once

#include "test_support.hpp"

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace patrolbook::test {

// A real nginx on two random loopback ports (HTTP and HTTPS), configured by the
// project's deploy/nginx/patrolbook.conf with only its listen ports, certificate paths
// and upstream port replaced, a self-signed certificate for 127.0.0.1 made here with
// the openssl tool, in front of a server on `upstreamPort`.
class NginxProcess {
public:
    explicit NginxProcess(int upstreamPort);
    ~NginxProcess();
    NginxProcess(const NginxProcess&) = delete;
    NginxProcess& operator=(const NginxProcess&) = delete;

    int tlsPort() const { return tlsPort_; }
    int httpPort() const { return httpPort_; }
    std::string url() const { return "https://127.0.0.1:" + std::to_string(tlsPort_); }
    // The certificate, for a client that should trust this nginx (SSL_CERT_FILE).
    std::filesystem::path certificate() const { return dir_.file("cert.pem"); }
    bool running();
    std::string errorLog() const;

    // The deployed file as the test runs it; throws if a line it replaces is missing.
    static std::string testConfig(const std::string& deployed, int httpPort, int tlsPort, int upstreamPort,
                                  const std::filesystem::path& dir);

private:
    TempDir dir_;
    int httpPort_ = 0;
    int tlsPort_ = 0;
    pid_t pid_ = -1;
};

} // namespace patrolbook::test
