// Console export benchmark (docs/benchmarks.md): a device pushes N finished patrols to a
// real server, then the front desk downloads every patrol as CSV
// (/api/v1/console/records.csv), once warm. Prints rows/s and the server's resident
// memory before and at its peak during the export (VmHWM, reset just before through
// /proc/<pid>/clear_refs), so a body streamed in flat memory shows as a peak that does
// not grow with N. Asserts nothing.
//
// Usage: patrolbook-bench-export [--patrols N]

#include "console/console_client.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "server_process.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

// A /proc/<pid>/status figure in KiB ("VmRSS", "VmHWM").
long statusKib(pid_t pid, const std::string& key)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(key + ":", 0) == 0)
            return std::stol(line.substr(key.size() + 1));
    return -1;
}

// Finished patrols of two lines (one failed) on the device, in one transaction: the CSV
// has a row per patrol, so lines only slow the push.
void makePatrols(Device& d, int n)
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
        in.note = "巡查记录 " + std::to_string(i) + ", 含逗号与\"引号\"";
        patrol.items.resize(2);
        for (std::size_t k = 0; k < patrol.items.size(); ++k) {
            auto& it = patrol.items[k];
            it.result = k == 0 ? ItemResult::Fail : ItemResult::Pass;
            it.answeredAt = in.startedAt.plusMinutes(2);
            d.store->records().insert(it);
        }
        d.store->records().insert(in);
    }
    tx.commit();
}

double since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv)
{
    int n = 50'000;
    if (argc == 3 && std::string_view(argv[1]) == "--patrols") {
        const std::string_view v = argv[2];
        const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
        if (r.ec != std::errc{} || n < 1)
            argc = 0;
    }
    if (argc != 1 && argc != 3) {
        std::fprintf(stderr, "usage: %s [--patrols N]\n", argv[0]);
        return 2;
    }
    TempDir dir;
    ServerProcess server;
    Device device(dir.file("device.db"), server.url());
    device.engine->signIn("patrol", "demo");
    device.engine->pull();
    makePatrols(device, n);
    device.engine->push();

    ConsoleClient office(server.url());
    office.login("office");
    office.get("/api/v1/console/records?limit=1"); // brings console_record up to date first
    const long rssBefore = statusKib(server.pid(), "VmRSS");
    {
        std::ofstream reset("/proc/" + std::to_string(server.pid()) + "/clear_refs");
        reset << "5"; // resets VmHWM to the current RSS
    }
    const auto start = std::chrono::steady_clock::now();
    const auto r = office.get("/api/v1/console/records.csv?kind=inspection");
    const double secs = since(start);
    const long peak = statusKib(server.pid(), "VmHWM");
    long rows = -1; // the header is not a record
    for (std::size_t at = r.body.find("\r\n"); at != std::string::npos; at = r.body.find("\r\n", at + 2))
        ++rows;
    std::printf("{\"bench\":\"export_csv\",\"patrols_pushed\":%d,\"status\":%d,\"rows\":%ld,\"bytes\":%zu,"
                "\"seconds\":%.3f,\"rows_per_second\":%.0f,\"mib_per_second\":%.1f,"
                "\"server_rss_before_mib\":%.1f,\"server_peak_rss_mib\":%.1f,\"server_peak_growth_mib\":%.1f}\n",
                n, r.status, rows, r.body.size(), secs, rows / secs, r.body.size() / secs / (1024 * 1024),
                rssBefore / 1024.0, peak / 1024.0, (peak - rssBefore) / 1024.0);
    return 0;
}
