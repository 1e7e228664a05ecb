// A photo upload that meets a full disk: 507 problem+json, nothing of the chunk kept, the
// server still taking pushes and smaller photos. The photos directory is a 1 MiB tmpfs in
// a mount namespace of the server's own (unshare -rm: no root needed where user
// namespaces are allowed; skipped where they are not).

#include "api_client.hpp"
#include "auth/password.hpp"
#include "http/http_client_transport.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

using namespace patrolbook;
using nlohmann::json;

namespace {

std::string bytesOf(std::size_t n, unsigned seed)
{
    std::string out(n, '\0');
    std::uint32_t x = 2463534242u + seed;
    for (auto& c : out) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = static_cast<char>(x & 0xFF);
    }
    return out;
}

// The server of `data`, serving with <data>/photos on a 1 MiB tmpfs.
class SmallPhotoDisk {
public:
    explicit SmallPhotoDisk(const std::filesystem::path& data)
        : port_(test::freePort())
    {
        const std::string script = "mount -t tmpfs -o size=1m tmpfs \"$1/photos\" && exec \"$2\" serve --data-dir "
                                   "\"$1\" --listen 127.0.0.1:\"$3\"";
        const std::string dir = data.string();
        const std::string port = std::to_string(port_);
        pid_ = ::fork();
        if (pid_ == 0) {
            ::execlp("unshare", "unshare", "-rm", "sh", "-c", script.c_str(), "sh", dir.c_str(), PATROLBOOK_SERVER_BIN,
                     port.c_str(), static_cast<char*>(nullptr));
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
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    ~SmallPhotoDisk()
    {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }
    bool running() const { return pid_ > 0; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    int port_;
    pid_t pid_ = -1;
};

} // namespace

TEST(PhotoDiskFull, AnUploadThatMeetsAFullDiskIs507AndNothingOfItIsKept)
{
    if (std::system("unshare -rm true >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "no user namespaces here: cannot mount a small file system without root";
    test::ServerProcess made; // init and the demo estate
    made.kill(SIGTERM);
    made.wait();
    SmallPhotoDisk server(made.dataDir());
    ASSERT_TRUE(server.running()) << "the server did not start on the small disk";
    test::ApiClient patrol(server.url());
    const auto me = patrol.login("patrol");

    const auto first = bytesOf(600'000, 1);
    const auto second = bytesOf(600'000, 2);
    ASSERT_EQ(patrol.call("PUT", "/api/v1/photos/" + server::sha256Hex(first), first).status, 201);
    const auto full = patrol.call("PUT", "/api/v1/photos/" + server::sha256Hex(second), second);
    EXPECT_EQ(full.status, 507) << full.body;
    EXPECT_EQ(full.headers.at("content-type"), "application/problem+json");
    const auto head = patrol.call("HEAD", "/api/v1/photos/" + server::sha256Hex(second));
    EXPECT_EQ(head.status, 404);
    EXPECT_EQ(head.headers.at("upload-offset"), "0") << "no byte of a chunk that did not fit is counted as held";

    // The server goes on: a push, and a photo that fits.
    const json change{{"change_id", newUuid()},
                      {"entity", "follow_up"},
                      {"id", newUuid()},
                      {"base_version", 0},
                      {"fields",
                       {{"property_id", me["user"]["property_ids"][0]},
                        {"source_entity", "manual"},
                        {"description", "磁盘已满时的记录"},
                        {"status", "open"},
                        {"created_by", me["user"]["id"]},
                        {"created_at", "2026-11-27T10:00:00+08:00"}}}};
    const auto pushed = patrol.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", {change}}});
    EXPECT_EQ(pushed["results"][0]["status"], "applied") << pushed.dump();
    const auto small = bytesOf(100'000, 3);
    EXPECT_EQ(patrol.call("PUT", "/api/v1/photos/" + server::sha256Hex(small), small).status, 201);
    EXPECT_EQ(patrol.call("GET", "/api/v1/photos/" + server::sha256Hex(first)).body, first);
}
