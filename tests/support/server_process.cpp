#include "server_process.hpp"

#include "http/http_client_transport.hpp"
#include "patrolbook/error.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <stdexcept>
#include <thread>

namespace patrolbook::test {

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        throw std::runtime_error("cannot bind a port");
    }
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

ServerProcess::ServerProcess()
    : ServerProcess("127.0.0.1", {})
{
}

ServerProcess::ServerProcess(std::string host, std::vector<std::string> serveArgs)
    : ServerProcess(std::move(host), std::move(serveArgs), "")
{
}

ServerProcess::ServerProcess(std::string host, std::vector<std::string> serveArgs, const std::string& initArgs)
    : host_(std::move(host))
    , serveArgs_(std::move(serveArgs))
{
    std::random_device rd;
    dataDir_ = std::filesystem::temp_directory_path() / ("patrolbook-server-test-" + std::to_string(rd()));
    std::filesystem::create_directories(dataDir_);
    if (runCommand("init --data-dir " + dataDir_.string() + " --demo " + initArgs) != 0)
        throw std::runtime_error("patrolbook-server init failed");
    port_ = freePort();
    start();
}

ServerProcess::~ServerProcess()
{
    if (pid_ > 0) {
        kill(SIGKILL);
        wait();
    }
    std::error_code ec;
    std::filesystem::remove_all(dataDir_, ec);
}

int ServerProcess::runCommand(const std::string& args, const std::string& stdinText) const
{
    const std::string command = std::string{PATROLBOOK_SERVER_BIN} + " " + args + " >/dev/null";
    FILE* p = ::popen(command.c_str(), "w");
    if (!p)
        return -1;
    if (!stdinText.empty())
        std::fputs(stdinText.c_str(), p);
    const int status = ::pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void ServerProcess::start()
{
    const std::string listen = host_ + ":" + std::to_string(port_);
    const std::string dir = dataDir_.string();
    std::vector<const char*> argv{PATROLBOOK_SERVER_BIN, "serve",    "--data-dir",
                                  dir.c_str(),           "--listen", listen.c_str()};
    for (const auto& a : serveArgs_)
        argv.push_back(a.c_str());
    argv.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ == 0) {
        // A test that dies without its destructors (an abort, a ctest timeout) leaves its
        // server running: it must not hold what the test inherited, such as `flock`'s
        // lock on a shared build, which would stop every build until someone kills it.
        // (Not PR_SET_PDEATHSIG: it fires when the forking *thread* ends, and tests
        // restart servers from short-lived threads.)
        ::close_range(3, ~0U, 0);
        ::execv(PATROLBOOK_SERVER_BIN, const_cast<char* const*>(argv.data()));
        ::_exit(127);
    }
    server::HttpClientTransport http(url());
    for (int attempt = 0; attempt < 200; ++attempt) {
        try {
            if (http.send("GET", "/healthz", "", {}).status == 200)
                return;
        } catch (const Error&) {
            // not listening yet
        }
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("patrolbook-server exited at start");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("patrolbook-server did not answer /healthz");
}

void ServerProcess::kill(int signal)
{
    if (pid_ > 0)
        ::kill(pid_, signal);
}

int ServerProcess::wait()
{
    int status = 0;
    if (pid_ > 0)
        ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
}

} // namespace patrolbook::test
