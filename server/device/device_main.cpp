// patrolbook-device: a headless device over its own store, for the end-to-end tests and
// for trying a server by hand. Output is one JSON line (an id for new-inspection).
//   patrolbook-device --db FILE --server URL login USER PASSWORD
//   patrolbook-device --db FILE --server URL logout|sync|push|pull
//   patrolbook-device --db FILE status
//   patrolbook-device --db FILE notices      (the office's reviews asking the user for a correction)
//   patrolbook-device --db FILE record ENTITY ID   (a stored record as JSON, null when absent)
//   patrolbook-device --db FILE new-inspection --area AREA_ID [--fail N]

#include "http/http_client_transport.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/sync/sync_engine.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/value_json.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdio>
#include <ctime>
#include <exception>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace patrolbook;

namespace {

constexpr const char* usageText = "usage: patrolbook-device --db FILE --server URL login USER PASSWORD\n"
                                  "       patrolbook-device --db FILE --server URL logout|sync|push|pull\n"
                                  "       patrolbook-device --db FILE status|notices\n"
                                  "       patrolbook-device --db FILE record ENTITY ID\n"
                                  "       patrolbook-device --db FILE new-inspection --area AREA_ID [--fail N]\n";

// A mistake in the command line: reported with the usage.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Args {
    std::map<std::string, std::string> options; // "--db" -> "FILE"
    std::vector<std::string> words; // the command and its arguments

    std::optional<std::string> option(const std::string& name) const
    {
        auto it = options.find(name);
        return it == options.end() ? std::nullopt : std::optional<std::string>{it->second};
    }
    std::string required(const std::string& name) const
    {
        auto value = option(name);
        if (!value)
            throw UsageError(name + " is required for '" + words.at(0) + "'");
        return *value;
    }
};

Args parseArgs(int argc, char** argv)
{
    static const char* const withValue[] = {"--db", "--server", "--area", "--fail"};
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.size() < 2 || arg.compare(0, 2, "--") != 0) {
            args.words.push_back(arg);
            continue;
        }
        bool known = false;
        for (const char* name : withValue)
            known = known || arg == name;
        if (!known)
            throw UsageError("unknown option " + arg);
        if (i + 1 >= argc)
            throw UsageError(arg + " needs a value");
        args.options[arg] = argv[++i];
    }
    if (args.words.empty())
        throw UsageError("no command given");
    return args;
}

void expectWords(const Args& args, std::size_t count)
{
    if (args.words.size() != count)
        throw UsageError("'" + args.words[0] + "' takes " + std::to_string(count - 1) + " argument(s)");
}

void printJson(const Json& j)
{
    // Replace rather than throw on text that is not UTF-8: a report must always print.
    std::printf("%s\n", j.dump(-1, ' ', false, Json::error_handler_t::replace).c_str());
}

// The recording device's offset, as a phone would stamp its records.
std::int32_t localOffsetMin()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return static_cast<std::int32_t>(local.tm_gmtoff / 60);
}

int parseCount(const std::string& text, const char* what)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < 0)
        throw UsageError(std::string{what} + " must be a whole number, 0 or more");
    return value;
}

Json status(Store& store)
{
    sync::DeviceState state(store.database());
    Json rejected = Json::array();
    for (const auto& e : store.outbox().rejected())
        rejected.push_back(
            {{"entity", e.entity}, {"id", e.recordId}, {"change_id", e.changeId}, {"reason", e.reason.value_or("")}});
    Json counts = Json::object();
    forEachRecordType(AllRecordTypes{},
                      [&]<class T>() { counts[std::string{Schema<T>::entity}] = store.records().count<T>(); });
    const auto user = state.user();
    return {{"device_id", state.deviceId()},        {"signed_in", state.token().has_value()},
            {"user", user ? *user : Json(nullptr)}, {"pending", store.outbox().pendingCount()},
            {"rejected", std::move(rejected)},      {"records", std::move(counts)}};
}

// The signed-in user's open review notices, as the app's Today lists them.
Json notices(Store& store)
{
    sync::DeviceState state(store.database());
    Json out = Json::array();
    if (const auto me = state.userId())
        for (const auto& n : store.records().openNotices(*me))
            out.push_back({{"id", n.id},
                           {"record_entity", n.recordEntity},
                           {"record_id", n.recordId},
                           {"comment", n.comment.value_or("")},
                           {"reviewer_id", n.reviewerId.value_or("")}});
    return out;
}

// A record as this device holds it (what a test checks a server-made change reached).
Json storedRecord(Store& store, const std::string& entity, const std::string& id)
{
    Json out;
    bool known = false;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (Schema<T>::entity != entity)
            return;
        known = true;
        if (const auto r = store.records().get<T>(id))
            out = toJson(*r);
    });
    if (!known)
        throw UsageError("no record type " + entity);
    return out;
}

// A whole patrol as one local transaction, the way the app saves one: a draft with one
// item per checklist line, a follow-up per failed item, then finished.
std::string newInspection(Store& store, const std::string& areaId, int failures)
{
    sync::DeviceState state(store.database());
    const auto inspectorId = state.userId();
    if (!inspectorId)
        throw std::runtime_error("not signed in: an inspection needs its inspector (run login first)");
    auto& records = store.records();
    const auto area = records.get<Area>(areaId);
    if (!area || area->deleted)
        throw std::runtime_error("no area " + areaId + " on this device (run pull first?)");
    const auto checklist = records.get<Checklist>(area->checklistId);
    if (!checklist || checklist->deleted)
        throw std::runtime_error("the checklist " + area->checklistId + " of area " + areaId
                                 + " is not on this device (run pull first?)");
    if (static_cast<std::size_t>(failures) > checklist->items.size())
        throw UsageError("--fail " + std::to_string(failures) + ": the checklist has only "
                         + std::to_string(checklist->items.size()) + " items");

    const auto now = Timestamp::now(localOffsetMin());
    sqlite::Transaction tx(store.database());
    auto patrol = PatrolRules::startPatrol(*area, *checklist, *inspectorId, state.deviceId());
    auto& inspection = patrol.inspection;
    inspection.startedAt = now;
    records.insert(inspection);

    int failed = 0;
    for (auto& item : patrol.items) {
        item.answeredAt = now;
        item.result = ItemResult::Pass;
        const bool fails = failed < failures;
        if (fails) {
            ++failed;
            item.result = ItemResult::Fail;
            item.note = "问题";
        }
        records.insert(item);
        if (fails)
            records.insert(PatrolRules::followUpFor(item, inspection, *inspectorId, now.offsetMin));
    }

    inspection.status = RecordStatus::Finished;
    inspection.finishedAt = now;
    if (failed > 0)
        inspection.note = "发现" + std::to_string(failed) + "项问题，已生成整改单";
    records.update(inspection);
    tx.commit();
    return inspection.id;
}

int run(const Args& args)
{
    const std::string& command = args.words[0];
    Store store(args.required("--db"));
    if (command == "status") {
        expectWords(args, 1);
        printJson(status(store));
        return 0;
    }
    if (command == "notices") {
        expectWords(args, 1);
        printJson(notices(store));
        return 0;
    }
    if (command == "record") {
        expectWords(args, 3);
        printJson(storedRecord(store, args.words[1], args.words[2]));
        return 0;
    }
    if (command == "new-inspection") {
        expectWords(args, 1);
        const int failures = args.option("--fail") ? parseCount(*args.option("--fail"), "--fail") : 0;
        std::printf("%s\n", newInspection(store, args.required("--area"), failures).c_str());
        return 0;
    }

    const bool network
        = command == "login" || command == "logout" || command == "sync" || command == "push" || command == "pull";
    if (!network)
        throw UsageError("unknown command '" + command + "'");
    server::HttpClientTransport transport(args.required("--server"));
    sync::SyncEngine engine(store, transport);
    if (command == "login") {
        expectWords(args, 3);
        engine.signIn(args.words[1], args.words[2]);
        printJson({{"signed_in", true}, {"user", engine.state().user().value_or(Json(nullptr))}});
    } else if (command == "logout") {
        expectWords(args, 1);
        engine.signOut();
        printJson({{"signed_in", false}});
    } else if (command == "sync") {
        expectWords(args, 1);
        printJson(sync::toJson(engine.syncOnce()));
    } else if (command == "push") {
        expectWords(args, 1);
        printJson(sync::toJson(engine.push()));
    } else {
        expectWords(args, 1);
        printJson(sync::toJson(engine.pull()));
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(parseArgs(argc, argv));
    } catch (const UsageError& e) {
        std::fprintf(stderr, "patrolbook-device: %s\n%s", e.what(), usageText);
    } catch (const Error& e) {
        std::fprintf(stderr, "patrolbook-device: %s\n", e.message().c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "patrolbook-device: %s\n", e.what());
    }
    return 1;
}
