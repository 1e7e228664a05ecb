#include "raw_connection.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <csignal>
#include <stdexcept>

namespace patrolbook::test {

RawConnection::RawConnection(int port, bool tls, const std::string& from)
{
    // A write to a connection the peer reset must fail, not end the test process.
    std::signal(SIGPIPE, SIG_IGN);
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, from.c_str(), &local.sin_addr);
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0
        || ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
        throw std::runtime_error("cannot connect to port " + std::to_string(port));
    if (!tls)
        return;
    ctx_ = SSL_CTX_new(TLS_client_method());
    ssl_ = SSL_new(ctx_);
    SSL_set_fd(ssl_, fd_);
    if (SSL_connect(ssl_) != 1)
        throw std::runtime_error("TLS handshake failed");
}

RawConnection::~RawConnection()
{
    if (ssl_)
        SSL_free(ssl_);
    if (ctx_)
        SSL_CTX_free(ctx_);
    if (fd_ >= 0)
        ::close(fd_);
}

bool RawConnection::write(const std::string& bytes)
{
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const auto chunk = static_cast<int>(std::min<std::size_t>(bytes.size() - sent, 64 * 1024));
        const int n = ssl_ ? SSL_write(ssl_, bytes.data() + sent, chunk)
                           : static_cast<int>(::send(fd_, bytes.data() + sent, static_cast<std::size_t>(chunk), 0));
        if (n <= 0)
            return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

int RawConnection::read(char* buf, int size)
{
    if (ssl_ && SSL_pending(ssl_) > 0)
        return SSL_read(ssl_, buf, size);
    return ssl_ ? SSL_read(ssl_, buf, size) : static_cast<int>(::recv(fd_, buf, static_cast<std::size_t>(size), 0));
}

std::string RawConnection::readResponse(std::chrono::milliseconds timeout)
{
    std::string out;
    char buf[16 * 1024];
    for (;;) {
        if (const auto headEnd = out.find("\r\n\r\n"); headEnd != std::string::npos) {
            std::string head = out.substr(0, headEnd);
            for (auto& c : head)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const auto at = head.find("\r\ncontent-length:");
            const std::size_t length = at == std::string::npos ? 0 : std::stoul(head.substr(at + 17));
            if (out.size() >= headEnd + 4 + length)
                return out;
        }
        if (!(ssl_ && SSL_pending(ssl_) > 0)) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0)
                return out;
        }
        const int n = read(buf, sizeof buf);
        if (n <= 0)
            return out;
        out.append(buf, static_cast<std::size_t>(n));
    }
}

bool RawConnection::closedWithin(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buf[4096];
    for (;;) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            return false;
        if (read(buf, sizeof buf) <= 0)
            return true;
    }
}

} // namespace patrolbook::test
