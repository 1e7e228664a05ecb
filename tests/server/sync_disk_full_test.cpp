// Sync pushes that meet a full disk: the server's data dir (the SQLite database and its
// WAL) on a small tmpfs in a mount namespace of the server's own (unshare -rm, as in
// photo_disk_full_test.cpp; skipped where user namespaces are not allowed), with a filler
// file on it. Pushes go until the disk is full: they are refused with 507 problem+json,
// pulls still answer, sign-ins (they write a token) are 507 once nothing fits, a
// device's sync loop keeps its changes and waits; nothing answered "applied" is lost, the
// database passes integrity_check, and once the filler is deleted the same server takes
// pushes again.
// The test reaches the files through /proc/<pid>/root, which sees the server's mounts.

#include "api_client.hpp"
#include "http/http_client_transport.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sync/sync_loop.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <thread>

using namespace patrolbook;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t MiB = 1024 * 1024;

std::uintmax_t bytesUnder(const fs::path& dir)
{
    std::uintmax_t total = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            total += e.file_size();
    return total;
}

// The server serving a copy of `made` from a tmpfs of `size` bytes mounted on `mount`,
// with `filler` bytes of it taken by <mount>/filler before the server starts.
class SmallDataDisk {
public:
    SmallDataDisk(const fs::path& made, const fs::path& mount, std::uintmax_t size, std::uintmax_t filler)
        : port_(test::freePort())
        , mount_(mount)
    {
        const std::string script = "mount -t tmpfs -o size=\"$3\" tmpfs \"$2\" && cp -a \"$1\"/. \"$2\"/ && "
                                   "head -c \"$4\" /dev/zero > \"$2/filler\" && exec \"$5\" serve --data-dir \"$2\" "
                                   "--listen 127.0.0.1:\"$6\"";
        const std::string args[] = {made.string(),          mount.string(),        std::to_string(size),
                                    std::to_string(filler), PATROLBOOK_SERVER_BIN, std::to_string(port_)};
        pid_ = ::fork();
        if (pid_ == 0) {
            ::execlp("unshare", "unshare", "-rm", "sh", "-c", script.c_str(), "sh", args[0].c_str(), args[1].c_str(),
                     args[2].c_str(), args[3].c_str(), args[4].c_str(), args[5].c_str(), static_cast<char*>(nullptr));
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
            if (!alive())
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    ~SmallDataDisk()
    {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }
    // Still running: a crash on the full disk would show here.
    bool alive()
    {
        int status = 0;
        if (pid_ > 0 && ::waitpid(pid_, &status, WNOHANG) == pid_)
            pid_ = -1;
        return pid_ > 0;
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    // A file on the small disk as the server sees it (unshare and sh exec, so pid_ is the server).
    fs::path onDisk(const std::string& name) const
    {
        return fs::path("/proc") / std::to_string(pid_) / "root" / mount_.relative_path() / name;
    }

private:
    int port_;
    fs::path mount_;
    pid_t pid_ = -1;
};

json followUp(const json& me, const std::string& id, int n)
{
    return {{"change_id", newUuid()},
            {"entity", "follow_up"},
            {"id", id},
            {"base_version", 0},
            {"fields",
             {{"property_id", me["user"]["property_ids"][0]},
              {"source_entity", "manual"},
              {"description", "磁盘将满 " + std::to_string(n) + " " + std::string(6000, 'x')},
              {"status", "open"},
              {"created_by", me["user"]["id"]},
              {"created_at", "2026-11-27T10:00:00+08:00"}}}};
}

// Writes zeros to `file` until the disk refuses: nothing is left for SQLite to grow into.
void fillTheRest(const fs::path& file)
{
    std::FILE* f = std::fopen(file.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    const std::string block(64 * 1024, '\0');
    while (std::fwrite(block.data(), 1, block.size(), f) == block.size() && std::fflush(f) == 0) { }
    const std::string page(4096, '\0');
    while (std::fwrite(page.data(), 1, page.size(), f) == page.size() && std::fflush(f) == 0) { }
    std::fclose(f);
}

} // namespace

TEST(SyncDiskFull, PushesMeetingAFullDiskAre507AndNothingAcknowledgedIsLost)
{
    if (std::system("unshare -rm true >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "no user namespaces here: cannot mount a small file system without root";
    test::ServerProcess made; // init and the demo estate
    made.kill(SIGTERM);
    made.wait();
    test::TempDir mount;
    const std::uintmax_t filler = 3 * MiB;
    const std::uintmax_t size = (bytesUnder(made.dataDir()) / MiB + 6) * MiB + filler;
    SmallDataDisk server(made.dataDir(), mount.path(), size, filler);
    ASSERT_TRUE(server.alive()) << "the server did not start on the small disk";

    test::ApiClient patrol(server.url());
    const auto me = patrol.login("patrol");
    test::TempDir deviceDir;
    test::Device device(deviceDir.file("device.db"), server.url());
    device.engine->signIn("patrol", "demo");
    device.engine->pull();

    // Push 50 follow-ups of 6 KB a time until the disk is full.
    std::vector<std::string> applied;
    int pushes = 0, refused = 0;
    json problem;
    while (refused == 0 && pushes < 200) {
        json changes = json::array();
        std::vector<std::string> ids;
        for (int i = 0; i < 50; ++i) {
            ids.push_back(newUuid());
            changes.push_back(followUp(me, ids.back(), pushes * 50 + i));
        }
        ++pushes;
        const auto r = patrol.call("POST", "/api/v1/sync/push", json{{"device_id", "t"}, {"changes", changes}}.dump());
        if (r.status == 200) {
            const auto answer = json::parse(r.body);
            for (std::size_t i = 0; i < ids.size(); ++i)
                if (answer["results"][i]["status"] == "applied")
                    applied.push_back(ids[i]);
            continue;
        }
        ASSERT_EQ(r.status, 507) << "push " << pushes << ": " << r.body;
        EXPECT_EQ(r.headers.at("content-type"), "application/problem+json");
        problem = json::parse(r.body);
        ++refused;
    }
    ASSERT_EQ(refused, 1) << "the disk never filled in " << pushes << " pushes";
    EXPECT_EQ(problem["status"], 507);
    EXPECT_NE(problem["detail"].get<std::string>().find("disk is full"), std::string::npos) << problem.dump();
    std::printf("[ disk    ] %d pushes, %zu changes applied before the disk was full\n", pushes, applied.size());

    // Meanwhile, with not a page left: the same push is 507 again and a pull answers. A
    // sign-in writes a token: it fits while the log has frames the refused push wrote
    // (SQLite reuses them), each one takes some, and then it is 507 too, never 500.
    fillTheRest(server.onDisk("rest"));
    json again = json::array();
    for (int i = 0; i < 50; ++i)
        again.push_back(followUp(me, newUuid(), i));
    EXPECT_EQ(patrol.call("POST", "/api/v1/sync/push", json{{"device_id", "t"}, {"changes", again}}.dump()).status,
              507);
    test::ApiClient manager(server.url());
    sync::HttpResponse signIn;
    int signIns = 0;
    do {
        signIn = manager.call("POST", "/api/v1/auth/login",
                              json{{"username", "manager"}, {"password", "demo"}, {"device_id", "m"}}.dump());
        ++signIns;
    } while (signIn.status == 200 && signIns < 200);
    EXPECT_EQ(signIn.status, 507) << signIn.body;
    EXPECT_EQ(signIn.headers["content-type"], "application/problem+json");
    const auto pulled = patrol.call("GET", "/api/v1/sync/pull?limit=50");
    EXPECT_EQ(pulled.status, 200) << pulled.body;
    std::printf("[ disk    ] full: push 507, %d sign-ins fitted, then sign-in %d, pull %d\n", signIns - 1,
                signIn.status, pulled.status);

    // A device keeps its changes and means to retry: not a problem for its user. Its push
    // (one batch, under the 960 KiB body budget) is larger than the refused one above, so
    // it cannot fit in the log frames that one wrote before the disk refused.
    for (int i = 0; i < 150; ++i)
        device.newFollowUp("设备上的记录 " + std::to_string(i) + " " + std::string(5000, 'y'));
    sync::SyncLoop waiting(*device.engine, sync::Backoff(), [](std::chrono::milliseconds) {});
    const auto whileFull = waiting.runUntilDrained(3);
    EXPECT_EQ(whileFull.outcome, sync::SyncLoop::Outcome::GaveUp) << "still worth retrying, not the user's to fix";
    ASSERT_TRUE(whileFull.lastError);
    EXPECT_EQ(whileFull.lastError->code(), ErrorCode::ServerError);
    EXPECT_NE(std::string{whileFull.lastError->what()}.find("507"), std::string::npos) << whileFull.lastError->what();
    EXPECT_EQ(device.store->outbox().pendingCount(), 150);
    ASSERT_TRUE(server.alive()) << "the server died on the full disk";

    // Space comes back: the same server, no restart, takes the push and the device drains.
    fs::remove(server.onDisk("rest"));
    fs::remove(server.onDisk("filler"));
    const auto after = patrol.call("POST", "/api/v1/sync/push", json{{"device_id", "t"}, {"changes", again}}.dump());
    ASSERT_EQ(after.status, 200) << after.body;
    for (std::size_t i = 0; i < again.size(); ++i) {
        EXPECT_EQ(json::parse(after.body)["results"][i]["status"], "applied");
        applied.push_back(again[i]["id"]);
    }
    sync::SyncLoop drain(*device.engine, sync::Backoff(), [](std::chrono::milliseconds) {});
    EXPECT_EQ(drain.runUntilDrained(5).outcome, sync::SyncLoop::Outcome::Drained);
    for (const auto& f : device.store->records().all<FollowUp>())
        if (f.description.rfind("设备上的记录", 0) == 0)
            applied.push_back(f.id);
    EXPECT_TRUE(manager.login("manager").contains("token")) << "a sign-in writes again";

    // Every change answered "applied" is in the database, and the database is sound. Read
    // from a copy: SQLite resolves the /proc/<pid>/root link to a path in the test's own
    // mounts. The server is idle, so its database and log copied together are consistent.
    test::TempDir copy;
    for (const char* name : {"server.db", "server.db-wal"})
        fs::copy_file(server.onDisk(name), copy.file(name));
    sqlite::Database db(copy.file("server.db"));
    sqlite::Statement integrity(db, "PRAGMA integrity_check");
    ASSERT_TRUE(integrity.step());
    const auto integrityResult = integrity.getString(0);
    EXPECT_EQ(integrityResult, "ok");
    std::size_t lost = 0;
    for (const auto& id : applied) {
        sqlite::Statement st(db, "SELECT count(*) FROM record WHERE entity = 'follow_up' AND id = ?");
        st.bindRef(1, id);
        st.step();
        lost += st.getInt64(0) == 1 ? 0 : 1;
    }
    EXPECT_EQ(lost, 0u) << "of " << applied.size() << " acknowledged";
    std::printf("[ disk    ] after freeing: push 200, device drained; %zu acknowledged, %zu lost, integrity %s\n",
                applied.size(), lost, integrityResult.c_str());
}
