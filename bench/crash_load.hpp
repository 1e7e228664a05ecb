#pragma once

// The parts of the crash benchmark (crash_bench.cpp): the server process it kills, the
// devices that push to it, and the ledger of what the server acknowledged.

#include "http/http_client_transport.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/sync_engine.hpp"

#include <sys/types.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace patrolbook::bench {

// `patrolbook-server serve` over a demo database, killed and started again on the same
// data dir and port. Not tests/support's ServerProcess: that one polls /healthz every
// 50 ms, too coarse for the restart times this benchmark reports.
class CrashServer {
public:
    explicit CrashServer(std::filesystem::path dataDir);
    ~CrashServer();
    CrashServer(const CrashServer&) = delete;
    CrashServer& operator=(const CrashServer&) = delete;

    // Starts serve and returns the seconds until /healthz answered 200.
    double start();
    void kill(); // SIGKILL, and waits for the process
    void terminate(); // SIGTERM, and waits for it to finish its requests and exit
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    std::filesystem::path databaseFile() const { return dataDir_ / "server.db"; }

private:
    void signalAndWait(int signal);
    std::filesystem::path dataDir_;
    int port_ = 0;
    pid_t pid_ = -1;
};

// Every change the server answered applied, duplicate, merged or conflict (all settle
// the device's outbox entry), by change id, from every device.
class Ledger {
public:
    struct Ack {
        std::string entity;
        std::string recordId;
        std::int64_t version = 0;
    };
    void answered(const std::string& changeId, const std::string& entity, const std::string& recordId,
                  const std::string& status, std::int64_t version);
    // Read once the devices have stopped.
    const std::map<std::string, Ack>& acks() const { return acks_; }
    // Change ids acknowledged twice with different versions: applied twice.
    std::int64_t answeredTwice() const { return answeredTwice_; }
    // Retries of a change whose first answer the kill cut off.
    std::int64_t duplicateAnswers() const { return duplicateAnswers_; }

    std::atomic<int> onTheWire = 0;
    std::atomic<std::int64_t> errors = 0;
    int pushesOnTheWire() const { return onTheWire.load(); }
    std::int64_t pushErrors() const { return errors.load(); }

private:
    std::mutex mutex_;
    std::map<std::string, Ack> acks_;
    std::int64_t answeredTwice_ = 0;
    std::int64_t duplicateAnswers_ = 0;
};

// Reads each push and its answer on the way through, into the ledger: what the device's
// engine was told, whatever it then did with it.
class Recording : public sync::Transport {
public:
    Recording(sync::Transport& real, Ledger& ledger)
        : real_(real)
        , ledger_(ledger)
    {
    }
    sync::HttpResponse send(const std::string& method, const std::string& path, const std::string& body,
                            const std::map<std::string, std::string>& headers) override;
    int parallelCalls() const override { return real_.parallelCalls(); }

private:
    sync::Transport& real_;
    Ledger& ledger_;
};

// A field device signed in as the demo patrol officer, on a thread of its own: it records
// patrols and follow-ups and edits them, pushing as it goes, until stop(); then it pushes
// until its outbox is empty.
class DeviceLoad {
public:
    DeviceLoad(const std::filesystem::path& file, const std::string& url, Ledger& ledger);
    void run();
    void stop() { stopping_ = true; }

    // After run() returned: (entity, id, version) of every record this device made.
    std::vector<std::tuple<std::string, std::string, std::int64_t>> ownRecords();
    std::int64_t pending() { return engine_.pendingChanges(); }
    std::int64_t rejected();
    std::int64_t changesMade() const { return changesMade_; }

private:
    void recordSome();
    bool pushOnce();

    server::HttpClientTransport http_;
    Store store_;
    Recording recording_;
    sync::SyncEngine engine_;
    Ledger& ledger_;
    std::atomic<bool> stopping_ = false;
    Area area_;
    Checklist checklist_;
    std::string userId_;
    std::string propertyId_;
    std::vector<std::string> inspections_, items_, followUps_;
    std::int64_t changesMade_ = 0;
};

} // namespace patrolbook::bench
