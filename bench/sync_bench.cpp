// Sync benchmark (docs/benchmarks.md): pushes N inspections of 12 items from one device
// to a real server, pulls them into a fresh device, and measures the server's "anything
// new?" pull against a bare cpprestsdk handler with wrk. Prints JSON lines; asserts nothing.
//
// Usage: patrolbook-bench-sync [--inspections N] [--wrk-seconds S] [--only push|pull]
//                              [--pushes-in-flight 1|2]
// (--only stops after that phase, for profiling one side with perf; --pushes-in-flight 1
// pushes as the app's single-threaded transport does.)

#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"
#include "storage/db_pool.hpp"
#include "storage/record_repo.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <thread>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

// Counts what goes over the wire.
class Counting : public sync::Transport {
public:
    Counting(sync::Transport& real, int parallelCalls)
        : real_(real)
        , parallelCalls_(parallelCalls)
    {
    }
    sync::HttpResponse send(const std::string& m, const std::string& p, const std::string& b,
                            const std::map<std::string, std::string>& h) override
    {
        sent += b.size();
        auto r = real_.send(m, p, b, h);
        received += r.body.size();
        return r;
    }
    int parallelCalls() const override { return std::min(parallelCalls_, real_.parallelCalls()); }
    // Calls may come from two threads at once.
    std::atomic<std::size_t> sent = 0;
    std::atomic<std::size_t> received = 0;

private:
    sync::Transport& real_;
    int parallelCalls_;
};

// CPU seconds (user + system) a process has used so far: the server's from /proc, ours
// (every thread) from getrusage. Steadier than wall time on a shared 2-core machine.
double cpuSeconds(pid_t pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    std::istringstream fields(line.substr(line.rfind(')') + 2));
    std::string skip;
    for (int i = 3; i < 14; ++i)
        fields >> skip;
    double utime = 0, stime = 0;
    fields >> utime >> stime;
    return (utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void makeInspections(Device& d, int n)
{
    const auto area = d.any<Area>();
    const auto checklist = *d.store->records().get<Checklist>(area.checklistId);
    sqlite::Transaction tx(d.store->database());
    for (int i = 0; i < n; ++i) {
        auto patrol = PatrolRules::startPatrol(area, checklist, d.userId(), "bench");
        auto& in = patrol.inspection;
        in.startedAt = Timestamp::now(480);
        in.finishedAt = in.startedAt.plusMinutes(5);
        in.status = RecordStatus::Finished;
        in.position = GeoPoint{31.2305, 121.4737, 8.0};
        // Twelve lines whatever the checklist's length: the figures are per 12-line patrol.
        for (std::size_t k = patrol.items.size(); k < 12; ++k) {
            auto extra = patrol.items[k % checklist.items.size()];
            extra.id = newUuid();
            extra.itemCode += "-" + std::to_string(k);
            patrol.items.push_back(std::move(extra));
        }
        patrol.items.resize(12);
        for (std::size_t k = 0; k < patrol.items.size(); ++k) {
            auto& it = patrol.items[k];
            it.result = k == 3 ? ItemResult::Fail : ItemResult::Pass;
            if (k == 3)
                it.note = "地面有积水";
            it.answeredAt = in.startedAt.plusMinutes(2);
            d.store->records().insert(it);
        }
        d.store->records().insert(in);
    }
    tx.commit();
}

std::int64_t serverRows(const ServerProcess& server)
{
    sqlite::Database db(server.dataDir() / "server.db");
    sqlite::Statement st(db,
                         "SELECT (SELECT count(*) FROM record) + (SELECT count(*) FROM applied_change) + "
                         "(SELECT count(*) FROM conflict)");
    st.step();
    return st.getInt64(0);
}

// The same server rows inserted with bare prepared statements in one transaction.
double bareServerInsertSeconds(int n, const std::filesystem::path& file)
{
    server::DbPool pool(file);
    auto& db = pool.db();
    // A new record's row holds the change that created it (no change-log row).
    sqlite::Statement rec(db,
                          "INSERT INTO record (entity, id, version, property_id, parent_id, deleted, needs_review, "
                          "fields, field_versions, created_by, created_account, created_at, created_version) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, 0, 0, ?6, ?7, ?8, ?9, 0, ?3)");
    const std::string fields = R"({"inspection_id":"x","item_code":"CLN-01-3","category":"cleanliness",)"
                               R"("title":"地面无垃圾、无油污","result":"pass","note":null,"photo_ids":[],)"
                               R"("answered_at":"2026-11-27T10:02:00.000+08:00"})";
    const std::string versions; // as the server stores a new record's: every field at its version
    const auto start = std::chrono::steady_clock::now();
    sqlite::Transaction tx(db);
    std::int64_t version = 1;
    for (int i = 0; i < n * 13; ++i, ++version) {
        const std::string id = newUuid();
        rec.bind(1, i % 13 ? "inspection_item" : "inspection").bind(2, id).bind(3, version).bind(4, "p");
        rec.bind(5, "parent").bind(6, fields).bind(7, versions).bind(8, newUuid()).bind(9, "a");
        rec.run();
    }
    tx.commit();
    return since(start);
}

double wrkRate(const std::string& url, const std::string& token, int seconds)
{
    const std::string cmd
        = "wrk -t2 -c16 -d" + std::to_string(seconds) + "s -H 'Authorization: Bearer " + token + "' '" + url + "' 2>&1";
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p)
        return 0;
    std::string out;
    char buf[512];
    while (std::fgets(buf, sizeof buf, p))
        out += buf;
    ::pclose(p);
    std::smatch m;
    if (std::regex_search(out, m, std::regex(R"(Requests/sec:\s+([0-9.]+))")))
        return std::stod(m[1]);
    std::fprintf(stderr, "wrk gave no rate (is it installed?):\n%s\n", out.c_str());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    int n = 10'000;
    int wrkSeconds = 5;
    std::string only;
    int pushesInFlight = 2;
    // A word it does not know (--help, a typo) gets the usage, not a minute-long run.
    const auto usage = [&] {
        std::fprintf(stderr,
                     "usage: %s [--inspections N] [--wrk-seconds S] [--only push|pull] "
                     "[--pushes-in-flight 1|2]\n",
                     argv[0]);
        return 2;
    };
    for (int i = 1; i < argc; i += 2) {
        const std::string arg = argv[i];
        if (i + 1 == argc)
            return usage();
        const std::string_view value = argv[i + 1];
        const auto number = [&](int& out) {
            const auto r = std::from_chars(value.data(), value.data() + value.size(), out);
            return r.ec == std::errc{} && r.ptr == value.data() + value.size();
        };
        if (arg == "--inspections"            ? !number(n)
                : arg == "--wrk-seconds"      ? !number(wrkSeconds)
                : arg == "--pushes-in-flight" ? !number(pushesInFlight)
                : arg == "--only"             ? (only = value, false)
                                              : true)
            return usage();
    }
    if (n < 1 || (!only.empty() && only != "push" && only != "pull") || pushesInFlight < 1 || pushesInFlight > 2)
        return usage();
    TempDir dir;
    ServerProcess server;
    Device a(dir.file("a.db"), server.url());
    a.engine->signIn("patrol", "demo");
    a.engine->pull();
    makeInspections(a, n);

    Counting counting(*a.http, pushesInFlight);
    sync::SyncEngine engine(*a.store, counting);
    const auto rowsBefore = serverRows(server);
    double serverCpu = cpuSeconds(server.pid());
    double deviceCpu = ownCpuSeconds();
    auto start = std::chrono::steady_clock::now();
    const auto report = engine.push();
    const double pushSecs = since(start);
    const double pushServerCpu = cpuSeconds(server.pid()) - serverCpu;
    const double pushDeviceCpu = ownCpuSeconds() - deviceCpu;
    // For `perf record -k CLOCK_MONOTONIC` then `perf report --time START,END`.
    const auto window = [&](const char* what, double secs) {
        const double from = std::chrono::duration<double>(start.time_since_epoch()).count();
        std::fprintf(stderr, "%s window: %.6f,%.6f\n", what, from, from + secs);
    };
    window("push", pushSecs);
    const double rowsPer = double(serverRows(server) - rowsBefore) / n;
    std::map<std::string, int> reasons;
    for (const auto& e : a.store->outbox().rejected())
        ++reasons[e.reason.value_or("?")];
    for (const auto& [reason, count] : reasons)
        std::fprintf(stderr, "rejected %d: %s\n", count, reason.c_str());
    const double bareSecs = only.empty() ? bareServerInsertSeconds(n, dir.file("bare-server.db")) : 0;
    std::printf(
        "{\"bench\":\"push\",\"inspections\":%d,\"seconds\":%.3f,\"inspections_per_second\":%.0f,"
        "\"server_cpu_ms_per_inspection\":%.3f,\"device_cpu_ms_per_inspection\":%.3f,"
        "\"pushes_in_flight\":%d,\"batches\":%d,\"bytes_sent_per_inspection\":%.0f,\"server_rows_per_inspection\":%.1f,"
        "\"applied\":%lld,\"bare_server_insert_per_second\":%.0f,\"ratio_to_bare\":%.3f}\n",
        n, pushSecs, n / pushSecs, 1000 * pushServerCpu / n, 1000 * pushDeviceCpu / n, pushesInFlight, report.batches,
        double(counting.sent) / n, rowsPer, static_cast<long long>(report.applied), bareSecs > 0 ? n / bareSecs : 0.0,
        bareSecs / pushSecs);
    std::fflush(stdout);
    if (only == "push") {
        server.kill(SIGTERM); // a clean exit, so that profilers write their data
        server.wait();
        return 0;
    }

    Device fresh(dir.file("fresh.db"), server.url());
    fresh.engine->signIn("patrol", "demo");
    serverCpu = cpuSeconds(server.pid());
    deviceCpu = ownCpuSeconds();
    start = std::chrono::steady_clock::now();
    const auto pulled = fresh.engine->pull();
    const double pullSecs = since(start);
    const double pullServerCpu = cpuSeconds(server.pid()) - serverCpu;
    const double pullDeviceCpu = ownCpuSeconds() - deviceCpu;
    window("pull", pullSecs);
    std::printf("{\"bench\":\"pull\",\"inspections\":%d,\"seconds\":%.3f,\"inspections_per_second\":%.0f,"
                "\"server_cpu_ms_per_inspection\":%.3f,\"device_cpu_ms_per_inspection\":%.3f,"
                "\"records\":%lld,\"pages\":%d}\n",
                n, pullSecs, n / pullSecs, 1000 * pullServerCpu / n, 1000 * pullDeviceCpu / n,
                static_cast<long long>(pulled.applied), pulled.pages);
    std::fflush(stdout);
    if (only == "pull") {
        server.kill(SIGTERM);
        server.wait();
        return 0;
    }

    // "Anything new?": the cursor is at the end, so the answer is an empty page.
    const auto cursor = fresh.engine->state().pullCursor().value_or("");
    const auto token = fresh.engine->state().token().value_or("");
    const double ours = wrkRate(server.url() + "/api/v1/sync/pull?cursor=" + cursor, token, wrkSeconds);
    const int barePort = freePort();
    const pid_t bareServer = ::fork();
    if (bareServer == 0) {
        const std::string port = std::to_string(barePort);
        ::execl(PATROLBOOK_BARE_HTTP_BIN, PATROLBOOK_BARE_HTTP_BIN, port.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const double bare = wrkRate("http://127.0.0.1:" + std::to_string(barePort) + "/", "", wrkSeconds);
    ::kill(bareServer, SIGTERM);
    ::waitpid(bareServer, nullptr, 0);
    std::printf("{\"bench\":\"pull_nothing_new\",\"requests_per_second\":%.0f,\"bare_cpprestsdk_per_second\":%.0f,"
                "\"ratio_to_bare\":%.3f}\n",
                ours, bare, bare > 0 ? ours / bare : 0.0);
    return 0;
}
