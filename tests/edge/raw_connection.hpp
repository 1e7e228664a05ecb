#pragma once

#include <chrono>
#include <string>

typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;

namespace patrolbook::test {

// One TCP connection to 127.0.0.1, with or without TLS (certificates not checked), that
// writes exactly the bytes it is given: for requests no HTTP client would send.
class RawConnection {
public:
    // `from`: the local address to connect from (any of 127.0.0.0/8 is this machine's),
    // to be another client as far as the peer can tell.
    RawConnection(int port, bool tls, const std::string& from = "127.0.0.1");
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // False once the peer closed or reset the connection.
    bool write(const std::string& bytes);
    // One HTTP/1.1 answer: its head and as much body as its Content-Length says, or
    // what came before the peer closed or went quiet for `timeout`.
    std::string readResponse(std::chrono::milliseconds timeout);
    // True if the peer has closed the connection (reads an end of stream or a reset)
    // within `timeout`.
    bool closedWithin(std::chrono::milliseconds timeout);

private:
    int read(char* buf, int size);
    int fd_ = -1;
    SSL_CTX* ctx_ = nullptr;
    SSL* ssl_ = nullptr;
};

} // namespace patrolbook::test
