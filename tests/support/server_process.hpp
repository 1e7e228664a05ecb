#pragma once

#include "patrolbook/sync/transport.hpp"

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace patrolbook::test {

// A real patrolbook-server process on 127.0.0.1 and a free port, over a demo database
// in a temporary directory. Tests kill it (SIGKILL or SIGTERM) and start it again on the
// same data, as a crash and a restart would.
class ServerProcess {
public:
    ServerProcess();
    // Listening on `host` (e.g. "0.0.0.0" to be reached on another interface), with more
    // `serve` arguments.
    ServerProcess(std::string host, std::vector<std::string> serveArgs);
    // ... with more `init` arguments (e.g. "--history-days 40").
    ServerProcess(std::string host, std::vector<std::string> serveArgs, const std::string& initArgs);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    void start();
    void kill(int signal);
    // Waits for the process after kill(); returns its exit status (waitpid format).
    int wait();
    bool running() const { return pid_ > 0; }
    pid_t pid() const { return pid_; }

    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    const std::filesystem::path& dataDir() const { return dataDir_; }
    int port() const { return port_; }
    // Runs patrolbook-server with these arguments (e.g. "user disable ..."), returns the exit code.
    int runCommand(const std::string& args, const std::string& stdinText = {}) const;

private:
    std::filesystem::path dataDir_;
    int port_ = 0;
    pid_t pid_ = -1;
    std::string host_ = "127.0.0.1";
    std::vector<std::string> serveArgs_;
};

// A free TCP port on 127.0.0.1 (bound once by the OS, then released).
int freePort();

} // namespace patrolbook::test
