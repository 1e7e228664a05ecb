#include "crash_load.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <thread>

namespace patrolbook::bench {

using Clock = std::chrono::steady_clock;

CrashServer::CrashServer(std::filesystem::path dataDir)
    : dataDir_(std::move(dataDir))
    , port_(test::freePort())
{
    std::filesystem::create_directories(dataDir_);
    const std::string init
        = std::string{PATROLBOOK_SERVER_BIN} + " init --demo --data-dir " + dataDir_.string() + " >/dev/null";
    if (std::system(init.c_str()) != 0)
        throw std::runtime_error("patrolbook-server init failed");
}

CrashServer::~CrashServer()
{
    if (pid_ > 0)
        signalAndWait(SIGKILL);
}

double CrashServer::start()
{
    const std::string dir = dataDir_.string();
    const std::string listen = "127.0.0.1:" + std::to_string(port_);
    // Built before fork: between fork and exec the child may only make async-signal-safe calls.
    const char* argv[]
        = {PATROLBOOK_SERVER_BIN, "serve", "--data-dir", dir.c_str(), "--listen", listen.c_str(), nullptr};
    const auto began = Clock::now();
    pid_ = ::fork();
    if (pid_ == 0) {
        // Its "listening on" line would land among the JSON lines; stderr stays, for a crash.
        if (const int devNull = ::open("/dev/null", O_WRONLY); devNull >= 0)
            ::dup2(devNull, STDOUT_FILENO);
        ::execv(PATROLBOOK_SERVER_BIN, const_cast<char* const*>(argv));
        ::_exit(127);
    }
    server::HttpClientTransport health(url(), std::chrono::seconds(2));
    while (Clock::now() - began < std::chrono::seconds(60)) {
        try {
            if (health.send("GET", "/healthz", "", {}).status == 200)
                return std::chrono::duration<double>(Clock::now() - began).count();
        } catch (const Error&) {
            // not listening yet
        }
        if (int status = 0; ::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("patrolbook-server exited at start");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    throw std::runtime_error("patrolbook-server did not answer /healthz within a minute");
}

void CrashServer::kill()
{
    signalAndWait(SIGKILL);
}

void CrashServer::terminate()
{
    signalAndWait(SIGTERM);
}

void CrashServer::signalAndWait(int signal)
{
    if (pid_ <= 0)
        return;
    ::kill(pid_, signal);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

void Ledger::answered(const std::string& changeId, const std::string& entity, const std::string& recordId,
                      const std::string& status, std::int64_t version)
{
    if (status == "rejected")
        return; // not acknowledged: the device keeps the entry (and sends it again if told to retry)
    std::lock_guard lock(mutex_);
    const auto [it, first] = acks_.try_emplace(changeId, Ack{entity, recordId, version});
    if (status == "duplicate")
        ++duplicateAnswers_;
    if (!first && it->second.version != version) {
        ++answeredTwice_;
        std::fprintf(stderr, "change %s answered at version %lld, then %s at %lld\n", changeId.c_str(),
                     static_cast<long long>(it->second.version), status.c_str(), static_cast<long long>(version));
    }
}

sync::HttpResponse Recording::send(const std::string& method, const std::string& path, const std::string& body,
                                   const std::map<std::string, std::string>& headers)
{
    if (method != "POST" || path.rfind("/api/v1/sync/push", 0) != 0)
        return real_.send(method, path, body, headers);
    ++ledger_.onTheWire;
    sync::HttpResponse answer;
    try {
        answer = real_.send(method, path, body, headers);
    } catch (...) {
        --ledger_.onTheWire;
        throw;
    }
    --ledger_.onTheWire;
    if (answer.status != 200)
        return answer;
    // Parsed again here rather than taken from the engine, so that the ledger holds what
    // the server said, not what the device made of it.
    std::map<std::string, std::pair<std::string, std::string>> records;
    // Kept in locals: a temporary in a range-for's initializer dies before the loop runs.
    const auto sent = nlohmann::json::parse(body);
    const auto said = nlohmann::json::parse(answer.body);
    for (const auto& c : sent.at("changes"))
        records[c.at("change_id").get<std::string>()]
            = {c.at("entity").get<std::string>(), c.at("id").get<std::string>()};
    for (const auto& r : said.at("results")) {
        const auto changeId = r.at("change_id").get<std::string>();
        const auto& [entity, id] = records.at(changeId);
        ledger_.answered(changeId, entity, id, r.at("status").get<std::string>(), r.value("version", std::int64_t{0}));
    }
    return answer;
}

DeviceLoad::DeviceLoad(const std::filesystem::path& file, const std::string& url, Ledger& ledger)
    : http_(url, std::chrono::seconds(10))
    , store_(file)
    , recording_(http_, ledger)
    , engine_(store_, recording_)
    , ledger_(ledger)
{
    engine_.signIn("patrol", "demo");
    engine_.pull();
    userId_ = engine_.state().userId().value_or("");
    propertyId_ = engine_.state().user().value()["property_ids"][0].get<std::string>();
    area_ = store_.records().areasOfProperty(propertyId_).at(0);
    checklist_ = store_.records().get<Checklist>(area_.checklistId).value();
}

// A few minutes of an officer's work in one transaction, as the app saves a form: three
// finished patrols with their lines, a new follow-up, and an edit of the previous one
// (an edit goes to the server's change log, a creation to its record's row: both kinds
// of memory are exercised).
void DeviceLoad::recordSome()
{
    sqlite::Transaction tx(store_.database());
    for (int p = 0; p < 3; ++p) {
        auto patrol = PatrolRules::startPatrol(area_, checklist_, userId_, "crash-bench");
        auto& in = patrol.inspection;
        in.startedAt = Timestamp::now(480);
        in.finishedAt = in.startedAt.plusMinutes(5);
        in.status = RecordStatus::Finished;
        for (auto& it : patrol.items) {
            it.result = ItemResult::Pass;
            it.answeredAt = in.startedAt.plusMinutes(2);
            store_.records().insert(it);
            items_.push_back(it.id);
        }
        store_.records().insert(in);
        inspections_.push_back(in.id);
        changesMade_ += static_cast<std::int64_t>(patrol.items.size()) + 1;
    }
    if (!followUps_.empty()) {
        auto previous = store_.records().get<FollowUp>(followUps_.back()).value();
        previous.description += "；已通知保洁";
        store_.records().update(previous);
        ++changesMade_;
    }
    FollowUp f;
    f.id = newUuid();
    f.propertyId = propertyId_;
    f.sourceEntity = FollowUpSource::Manual;
    f.description = "楼道灯不亮";
    f.status = FollowUpStatus::Open;
    f.createdBy = userId_;
    f.createdAt = Timestamp::now(480);
    f.dueAt = f.createdAt.plusMinutes(2 * 24 * 60);
    store_.records().insert(f);
    followUps_.push_back(f.id);
    ++changesMade_;
    tx.commit();
}

bool DeviceLoad::pushOnce()
{
    try {
        engine_.push();
        return true;
    } catch (const std::exception&) {
        // Expected while the server is down or being killed: the engine keeps every entry
        // (with its change id, once sent) for the next push.
        ++ledger_.errors;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return false;
    }
}

void DeviceLoad::run()
{
    while (!stopping_) {
        // Keeps writing while the server is down, as a phone does, up to a backlog that
        // one or two pushes clear.
        if (engine_.pendingChanges() < 1'500)
            recordSome();
        pushOnce();
    }
    const auto deadline = Clock::now() + std::chrono::minutes(2);
    while (engine_.pendingChanges() > 0 && Clock::now() < deadline)
        pushOnce();
}

std::vector<std::tuple<std::string, std::string, std::int64_t>> DeviceLoad::ownRecords()
{
    std::vector<std::tuple<std::string, std::string, std::int64_t>> out;
    const auto add = [&]<class T>(const std::vector<std::string>& ids) {
        for (const auto& id : ids)
            out.emplace_back(std::string{Schema<T>::entity}, id, store_.records().get<T>(id).value().version);
    };
    add.operator()<Inspection>(inspections_);
    add.operator()<InspectionItem>(items_);
    add.operator()<FollowUp>(followUps_);
    return out;
}

std::int64_t DeviceLoad::rejected()
{
    return static_cast<std::int64_t>(store_.outbox().rejected().size());
}

} // namespace patrolbook::bench
