// Crash benchmark (docs/benchmarks.md, issue 17 item 10): SIGKILLs a real
// `patrolbook-server serve` again and again while four devices push to it through the
// shared sync engine, restarts it on the same data each time, and then checks that every
// change the server acknowledged is in its database exactly once. Prints JSON lines.
//
// Usage: patrolbook-bench-crash [--kills N] [--seed S] [--max-delay-ms M] [--devices D]

#include "crash_load.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "storage/db_pool.hpp"
#include "storage/record_repo.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace patrolbook;
using namespace patrolbook::bench;

namespace {

struct Options {
    int kills = 100;
    std::uint64_t seed = std::random_device{}();
    int maxDelayMs = 500;
    int devices = 4;
};

bool parse(int argc, char** argv, Options& o)
{
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 == argc)
            return false;
        const std::string arg = argv[i];
        const std::string_view v = argv[i + 1];
        const auto number = [&](auto& out) {
            const auto r = std::from_chars(v.data(), v.data() + v.size(), out);
            return r.ec == std::errc{} && r.ptr == v.data() + v.size();
        };
        const bool ok = arg == "--kills" ? number(o.kills)
            : arg == "--seed"            ? number(o.seed)
            : arg == "--max-delay-ms"    ? number(o.maxDelayMs)
            : arg == "--devices"         ? number(o.devices)
                                         : false;
        if (!ok)
            return false;
    }
    return o.kills >= 0 && o.maxDelayMs >= 1 && o.devices >= 1;
}

std::string oneLine(sqlite::Database& db, const char* sql)
{
    sqlite::Statement st(db, sql);
    std::string out;
    while (st.step())
        out += (out.empty() ? "" : "; ") + st.getString(0);
    return out;
}

std::int64_t count(sqlite::Database& db, const char* sql)
{
    sqlite::Statement st(db, sql);
    st.step();
    return st.getInt64(0);
}

struct Verdict {
    std::int64_t lost = 0;
    std::int64_t duplicated = 0;
    std::int64_t recordsChecked = 0;
    std::string integrity;
};

// Reads the stopped server's database: first as SQLite sees the file (integrity, rows
// that could only come from a change applied twice), then through the server's own
// repository, which answers retries: every acknowledged change must be remembered there
// with the version it was answered with.
Verdict check(const std::filesystem::path& file, const Ledger& ledger, const std::vector<DeviceLoad*>& devices)
{
    Verdict v;
    {
        sqlite::Database raw(file);
        v.integrity = oneLine(raw, "PRAGMA integrity_check");
        // The unique key makes these impossible in a sound file; counted rather than
        // assumed, since a damaged index would let them in.
        v.duplicated
            += count(raw, "SELECT count(*) FROM (SELECT 1 FROM record GROUP BY entity, id HAVING count(*) > 1)");
        v.duplicated += count(raw,
                              "SELECT count(*) FROM (SELECT 1 FROM record WHERE created_by IS NOT NULL "
                              "GROUP BY created_by HAVING count(*) > 1)");
    }
    server::DbPool pool(file);
    server::RecordRepo repo(pool.db());
    for (const auto& [changeId, ack] : ledger.acks()) {
        // A creation is remembered in its record's row, any other change in the log.
        std::optional<std::int64_t> version;
        if (const auto made = repo.creation(ack.entity, ack.recordId); made && made->first == changeId)
            version = made->second;
        else if (const auto logged = repo.appliedChange(changeId);
                 logged && logged->status != sync::ChangeStatus::Rejected)
            version = logged->version;
        if (!version || *version != ack.version) {
            ++v.lost;
            std::fprintf(stderr, "lost: change %s (%s %s) acknowledged at version %lld, server has %lld\n",
                         changeId.c_str(), ack.entity.c_str(), ack.recordId.c_str(),
                         static_cast<long long>(ack.version), static_cast<long long>(version.value_or(-1)));
        }
    }
    v.duplicated += ledger.answeredTwice();
    // Nobody else writes a device's records, so the server's version of each must be the
    // one its device was last answered: higher would be a write the device never made (a
    // change applied twice), lower or missing a write lost.
    for (auto* d : devices)
        for (const auto& [entity, id, deviceVersion] : d->ownRecords()) {
            ++v.recordsChecked;
            const auto stored = repo.load(entity, id);
            const std::int64_t serverVersion = stored ? stored->state.version : -1;
            if (serverVersion == deviceVersion)
                continue;
            if (serverVersion > deviceVersion)
                ++v.duplicated;
            else
                ++v.lost;
            std::fprintf(stderr, "%s %s: version %lld on its device, %lld on the server\n", entity.c_str(), id.c_str(),
                         static_cast<long long>(deviceVersion), static_cast<long long>(serverVersion));
        }
    return v;
}

double percentile(std::vector<double> xs, double p)
{
    if (xs.empty())
        return 0;
    std::sort(xs.begin(), xs.end());
    return xs[static_cast<std::size_t>(p * static_cast<double>(xs.size() - 1) + 0.5)];
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    if (!parse(argc, argv, o)) {
        std::fprintf(stderr, "usage: %s [--kills N] [--seed S] [--max-delay-ms M] [--devices D]\n", argv[0]);
        return 2;
    }
    // First, so a run that goes wrong can be repeated with the same kill moments.
    std::printf("{\"bench\":\"crash_start\",\"seed\":%llu,\"kills\":%d,\"max_delay_ms\":%d,\"devices\":%d}\n",
                static_cast<unsigned long long>(o.seed), o.kills, o.maxDelayMs, o.devices);
    std::fflush(stdout);
    std::mt19937_64 random(o.seed);
    std::uniform_int_distribution<int> delayMs(0, o.maxDelayMs);

    test::TempDir dir;
    CrashServer server(dir.file("server"));
    server.start();
    Ledger ledger;
    std::vector<std::unique_ptr<DeviceLoad>> devices;
    for (int i = 0; i < o.devices; ++i)
        devices.push_back(
            std::make_unique<DeviceLoad>(dir.file("device-" + std::to_string(i) + ".db"), server.url(), ledger));
    std::vector<std::thread> threads;
    for (auto& d : devices)
        threads.emplace_back([&d] { d->run(); });

    const auto began = std::chrono::steady_clock::now();
    std::vector<double> restartMs;
    int killsDuringPush = 0;
    for (int k = 0; k < o.kills; ++k) {
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
        killsDuringPush += ledger.pushesOnTheWire() > 0 ? 1 : 0;
        server.kill();
        restartMs.push_back(server.start() * 1000);
    }
    for (auto& d : devices)
        d->stop(); // each drains its outbox into the running server, then returns
    for (auto& t : threads)
        t.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    server.terminate();

    std::vector<DeviceLoad*> loads;
    std::int64_t pending = 0, rejected = 0, created = 0;
    for (auto& d : devices) {
        loads.push_back(d.get());
        pending += d->pending();
        rejected += d->rejected();
        created += d->changesMade();
    }
    const auto v = check(server.databaseFile(), ledger, loads);
    std::printf("{\"bench\":\"crash\",\"seed\":%llu,\"kills\":%d,\"kills_during_push\":%d,\"devices\":%d,"
                "\"seconds\":%.1f,\"local_writes\":%lld,\"acknowledged\":%lld,\"answered_duplicate\":%lld,"
                "\"push_errors\":%lld,\"pending_at_end\":%lld,\"rejected\":%lld,\"records_checked\":%lld,"
                "\"lost\":%lld,\"duplicated\":%lld,\"integrity\":\"%s\",\"restart_ms_min\":%.1f,"
                "\"restart_ms_median\":%.1f,\"restart_ms_max\":%.1f}\n",
                static_cast<unsigned long long>(o.seed), o.kills, killsDuringPush, o.devices, seconds,
                static_cast<long long>(created), static_cast<long long>(ledger.acks().size()),
                static_cast<long long>(ledger.duplicateAnswers()), static_cast<long long>(ledger.pushErrors()),
                static_cast<long long>(pending), static_cast<long long>(rejected),
                static_cast<long long>(v.recordsChecked), static_cast<long long>(v.lost),
                static_cast<long long>(v.duplicated), v.integrity.c_str(), percentile(restartMs, 0),
                percentile(restartMs, 0.5), percentile(restartMs, 1));
    const bool sound = v.lost == 0 && v.duplicated == 0 && v.integrity == "ok" && pending == 0 && rejected == 0;
    return sound ? 0 : 1;
}
