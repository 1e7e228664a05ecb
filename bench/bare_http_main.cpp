// The baseline for "anything new?": a bare cpprestsdk listener answering every request
// with a constant JSON body, with the same thread pool size as patrolbook-server.
// Usage: patrolbook-bench-bare-http PORT    (runs until killed)

#include <cpprest/http_listener.h>
#include <pplx/threadpool.h>

#include <csignal>
#include <string>

int main(int argc, char** argv)
{
    if (argc < 2)
        return 2;
    crossplat::threadpool::initialize_with_threads(4);
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);
    web::http::experimental::listener::http_listener listener("http://127.0.0.1:" + std::string{argv[1]});
    listener.support([](web::http::http_request req) {
        web::http::http_response r(web::http::status_codes::OK);
        r.set_body(std::string{R"({"records":[],"cursor":"v1.0.0","has_more":false,"reset":false})"},
                   "application/json");
        req.reply(r).then([](pplx::task<void> t) {
            try {
                t.get();
            } catch (...) {
            }
        });
    });
    listener.open().wait();
    int signal = 0;
    sigwait(&stop, &signal);
    listener.close().wait();
    return 0;
}
