#include "nginx_process.hpp"

#include "server_process.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace patrolbook::test {

namespace {

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void replaceAll(std::string& text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::runtime_error("deploy/nginx/patrolbook.conf no longer has '" + from + "'");
    for (auto i = at; i != std::string::npos; i = text.find(from, i + to.size()))
        text.replace(i, from.size(), to);
}

bool accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

} // namespace

std::string NginxProcess::testConfig(const std::string& deployed, int httpPort, int tlsPort, int upstreamPort,
                                     const std::filesystem::path& dir)
{
    std::string site = deployed;
    replaceAll(site, "listen 80;", "listen 127.0.0.1:" + std::to_string(httpPort) + ";");
    replaceAll(site, "listen [::]:80;", "");
    replaceAll(site, "listen 443 ssl http2;", "listen 127.0.0.1:" + std::to_string(tlsPort) + " ssl http2;");
    replaceAll(site, "listen [::]:443 ssl http2;", "");
    replaceAll(site, "/etc/ssl/patrolbook/fullchain.pem", (dir / "cert.pem").string());
    replaceAll(site, "/etc/ssl/patrolbook/privkey.pem", (dir / "key.pem").string());
    replaceAll(site, "server 127.0.0.1:8080;", "server 127.0.0.1:" + std::to_string(upstreamPort) + ";");
    const std::string d = dir.string();
    // The main context as docs/deployment.md tells the operator to set it (connections
    // and descriptors enough for thousands of idle clients), plus this test's own paths.
    return "daemon off;\nworker_processes 1;\nworker_rlimit_nofile 16384;\npid " + d + "/nginx.pid;\nerror_log " + d
        + "/error.log warn;\nevents { worker_connections 8192; }\nhttp {\n    access_log " + d
        + "/access.log;\n    client_body_temp_path " + d + "/body;\n    proxy_temp_path " + d
        + "/proxy;\n    fastcgi_temp_path " + d + "/fastcgi;\n    uwsgi_temp_path " + d + "/uwsgi;\n    scgi_temp_path "
        + d + "/scgi;\n    default_type application/octet-stream;\n" + site + "\n}\n";
}

NginxProcess::NginxProcess(int upstreamPort)
{
    const std::string d = dir_.path().string();
    const std::string makeCert
        = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 "
          "-addext subjectAltName=IP:127.0.0.1 -keyout "
        + d + "/key.pem -out " + d + "/cert.pem >/dev/null 2>&1";
    if (std::system(makeCert.c_str()) != 0)
        throw std::runtime_error("openssl could not make a certificate (scripts/deps installs openssl)");
    httpPort_ = freePort();
    do
        tlsPort_ = freePort();
    while (tlsPort_ == httpPort_);
    {
        std::ofstream(dir_.file("nginx.conf"))
            << testConfig(readFile(PATROLBOOK_NGINX_CONF), httpPort_, tlsPort_, upstreamPort, dir_.path());
    }
    const std::string conf = dir_.file("nginx.conf").string();
    pid_ = ::fork();
    if (pid_ == 0) {
        // /usr/sbin is not on every user's PATH; -e: not Debian's log file, which only root may open.
        const std::string log = d + "/error.log";
        const char* binary = std::filesystem::exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        ::execlp(binary, "nginx", "-p", d.c_str(), "-e", log.c_str(), "-c", conf.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (accepts(tlsPort_) && accepts(httpPort_))
            return;
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("nginx exited at start (scripts/deps installs nginx-light): " + errorLog());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("nginx did not listen: " + errorLog());
}

NginxProcess::~NginxProcess()
{
    if (pid_ <= 0)
        return;
    ::kill(pid_, SIGTERM); // fast shutdown: the master stops its workers, then exits
    for (int i = 0; i < 100; ++i) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
}

bool NginxProcess::running()
{
    int status = 0;
    if (pid_ > 0 && ::waitpid(pid_, &status, WNOHANG) == pid_)
        pid_ = -1;
    return pid_ > 0;
}

std::string NginxProcess::errorLog() const
{
    return readFile(dir_.file("error.log"));
}

} // namespace patrolbook::test
