#include "cli/cli.hpp"

#include "auth/auth_service.hpp"
#include "auth/password.hpp"
#include "cli/admin_cli.hpp"
#include "cli/demo_reviews.hpp"
#include "cli/serve.hpp"
#include "patrolbook/demo_estate.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/uuid.hpp"
#include "photos/photo_service.hpp"
#include "storage/account_repo.hpp"
#include "storage/db_pool.hpp"
#include "storage/record_import.hpp"
#include "storage/record_repo.hpp"
#include "visits/visit_planner.hpp"

#include <arpa/inet.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <vector>

namespace patrolbook::server {

namespace {

constexpr const char* usageText
    = "usage: patrolbook-server init --data-dir DIR [--demo [--history-days 7]]  (days of demo records)\n"
      "       patrolbook-server serve --data-dir DIR [--listen 127.0.0.1:8080] [--workers 2] [--queue 64]\n"
      "                               [--login-workers 1] [--login-queue 8]\n"
      "                               [--metrics-token-file FILE]  (/metrics off loopback with this bearer token)\n"
      "                               [--behind-proxy [--proxy 127.0.0.1]]  (needed to listen off loopback;\n"
      "                               X-Forwarded-For is believed from the proxy's address only)\n"
      "                               [--photo-quota-mib 256] [--gc-interval 3600]  (photo bytes per account\n"
      "                               that no record names yet; seconds between photo gc runs)\n"
      "                               [--export-max-photos 2000] [--export-max-mib 1024]  (what one console\n"
      "                               photo ZIP may hold)\n"
      "                               [--visit-interval 3600]  (seconds between runs of the visit rules)\n"
      "       patrolbook-server gc --data-dir DIR  (delete expired photo uploads now; serve does it hourly)\n"
      "       patrolbook-server visits plan --data-dir DIR [--now ISO]  (plan the return visits the rules call\n"
      "                               for now; serve does it hourly and after every push)\n"
      "       patrolbook-server user add --data-dir DIR --username U --name NAME --role ROLE --property CODE... "
      "(password on stdin; an admin needs no --property)\n"
      "       patrolbook-server user passwd --data-dir DIR --username U (password on stdin)\n"
      "       patrolbook-server user disable --data-dir DIR --username U\n";

struct Args {
    std::map<std::string, std::string> options;
    std::vector<std::string> properties;
    bool demo = false;
    bool behindProxy = false;
};

Args parse(int argc, char** argv, int from)
{
    Args a;
    for (int i = from; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--demo") {
            a.demo = true;
        } else if (arg == "--behind-proxy") {
            a.behindProxy = true;
        } else if (arg.rfind("--", 0) == 0 && i + 1 < argc) {
            if (arg == "--property")
                a.properties.emplace_back(argv[++i]);
            else
                a.options[arg.substr(2)] = argv[++i];
        } else {
            throw std::invalid_argument("unexpected argument '" + arg + "'");
        }
    }
    return a;
}

std::string need(const Args& a, const std::string& name)
{
    auto it = a.options.find(name);
    if (it == a.options.end() || it->second.empty())
        throw std::invalid_argument("--" + name + " is required");
    return it->second;
}

std::string passwordFromStdin()
{
    std::string password;
    std::getline(std::cin, password);
    if (password.size() < 8)
        throw std::invalid_argument("the password (read from standard input) needs at least 8 characters");
    return password;
}

int init(const Args& a)
{
    const std::filesystem::path dir = need(a, "data-dir");
    std::filesystem::create_directories(dir / "photos");
    DbPool pool(dir / "server.db");
    auto& db = pool.db();
    std::printf("database ready: %s\n", (dir / "server.db").c_str());
    if (!a.demo)
        return 0;
    RecordRepo records(db);
    if (records.maxVersion() > 0) {
        std::printf("it already holds records; the demo estate is loaded only into a new database\n");
        return 0;
    }
    int historyDays = 7;
    if (const auto it = a.options.find("history-days"); it != a.options.end()) {
        historyDays = std::atoi(it->second.c_str());
        if (historyDays < 7 || historyDays > 400)
            throw std::invalid_argument("--history-days must be a number of days from 7 to 400");
    }
    const auto now = Timestamp::now(480);
    const auto estate = makeDemoEstate(now, 2026, historyDays);
    AccountRepo accounts(db);
    sqlite::Transaction tx(db);
    importEstate(db, estate);
    const std::string hash = hashPassword("demo");
    std::printf("demo estate loaded; demo accounts (password \"demo\", demo databases only):\n");
    for (const auto& s : estate.staff)
        if (s.username == "patrol" || s.username == "specialist" || s.username == "manager" || s.username == "office") {
            accounts.create({s.id, s.username, hash, false});
            std::printf("  %-10s %s (%s)\n", s.username.c_str(), s.name.c_str(), std::string{toString(s.role)}.c_str());
        }
    reviewDemoEstate(db, estate, now);
    // The visits the rules call for, as `serve` would plan them at its start.
    const auto plan = VisitPlanner(db).planAll(now);
    std::printf("return visits planned by rule: %d after a service, %d first contacts, %d coverage visits\n",
                plan.afterService, plan.newOwner, plan.coverage);
    db.exec("INSERT INTO server_meta (key, value) VALUES ('demo', '1')");
    tx.commit();
    return 0;
}

int userAdd(const Args& a)
{
    DbPool pool(std::filesystem::path(need(a, "data-dir")) / "server.db");
    auto& db = pool.db();
    Staff staff;
    staff.id = newUuid();
    staff.username = need(a, "username");
    if (staff.username.size() > AuthService::maxUsernameBytes)
        throw std::invalid_argument("--username takes at most " + std::to_string(AuthService::maxUsernameBytes)
                                    + " bytes: a longer one could never sign in");
    staff.name = need(a, "name");
    const auto role = enumFromString<StaffRole>(need(a, "role"));
    if (!role)
        throw std::invalid_argument("--role must be patrol, specialist, manager, office or admin");
    staff.role = *role;
    RecordRepo records(db);
    for (const auto& code : a.properties) {
        const auto id = records.propertyIdByCode(code);
        if (!id)
            throw std::invalid_argument("no property with code '" + code + "'");
        staff.propertyIds.push_back(*id);
    }
    if (AccountRepo(db).byUsername(staff.username))
        throw std::invalid_argument("the username '" + staff.username + "' is taken");
    const std::string hash = hashPassword(passwordFromStdin());
    sqlite::Transaction tx(db);
    importStaff(db, staff);
    AccountRepo(db).create({staff.id, staff.username, hash, false});
    tx.commit();
    std::printf("added %s (%s)\n", staff.username.c_str(), staff.id.c_str());
    return 0;
}

int userChange(const std::string& what, const Args& a)
{
    DbPool pool(std::filesystem::path(need(a, "data-dir")) / "server.db");
    AccountRepo accounts(pool.db());
    const auto account = accounts.byUsername(need(a, "username"));
    if (!account)
        throw std::invalid_argument("no user '" + need(a, "username") + "'");
    if (what == "passwd") {
        accounts.setPassword(account->username, hashPassword(passwordFromStdin()));
        accounts.revokeAllTokens(account->id);
        std::printf("password changed; %s must sign in again\n", account->username.c_str());
    } else {
        accounts.setDisabled(account->username, true);
        accounts.revokeAllTokens(account->id);
        std::printf("%s disabled and signed out everywhere\n", account->username.c_str());
    }
    return 0;
}

} // namespace

namespace {

// A secret kept in a file (not on the command line, where `ps` shows it), trimmed.
std::string readToken(const std::string& file)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error("cannot read the token file " + file);
    std::string token((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back())))
        token.pop_back();
    if (token.size() < 16)
        throw std::runtime_error("the token in " + file + " is shorter than 16 characters");
    return token;
}

// A whole number of at least `min`, or the usage error naming the option.
unsigned number(const Args& a, const std::string& name, unsigned fallback, unsigned min)
{
    const auto it = a.options.find(name);
    if (it == a.options.end())
        return fallback;
    std::size_t used = 0;
    unsigned long v = 0;
    try {
        v = std::stoul(it->second, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != it->second.size() || v < min || v > 100'000)
        throw std::invalid_argument("--" + name + " must be a whole number from " + std::to_string(min));
    return static_cast<unsigned>(v);
}

int serveCommand(const Args& a)
{
    ServeOptions o;
    if (a.options.count("listen"))
        o.listen = a.options.at("listen");
    o.workers = number(a, "workers", o.workers, 1);
    o.queueLimit = number(a, "queue", static_cast<unsigned>(o.queueLimit), 1);
    o.loginWorkers = number(a, "login-workers", o.loginWorkers, 1);
    o.loginQueueLimit = number(a, "login-queue", static_cast<unsigned>(o.loginQueueLimit), 1);
    if (a.options.count("metrics-token-file"))
        o.metricsToken = readToken(a.options.at("metrics-token-file"));
    o.behindProxy = a.behindProxy;
    if (a.options.count("proxy")) {
        if (!a.behindProxy)
            throw std::invalid_argument("--proxy goes with --behind-proxy");
        o.proxy = a.options.at("proxy");
        unsigned char buf[sizeof(in6_addr)];
        if (::inet_pton(AF_INET, o.proxy.c_str(), buf) != 1 && ::inet_pton(AF_INET6, o.proxy.c_str(), buf) != 1)
            throw std::invalid_argument("--proxy must be an IP address (the proxy's, as the server sees it)");
    }
    o.photoQuotaBytes = static_cast<std::int64_t>(number(a, "photo-quota-mib", 256, 1)) * 1024 * 1024;
    o.gcIntervalSeconds = number(a, "gc-interval", o.gcIntervalSeconds, 1);
    o.visitIntervalSeconds = number(a, "visit-interval", o.visitIntervalSeconds, 1);
    o.exportMaxPhotos = number(a, "export-max-photos", static_cast<unsigned>(o.exportMaxPhotos), 1);
    o.exportMaxPhotoBytes = static_cast<std::int64_t>(number(a, "export-max-mib", 1024, 1)) * 1024 * 1024;
    return serve(need(a, "data-dir"), o);
}

int gc(const Args& a)
{
    const std::filesystem::path dir = need(a, "data-dir");
    if (!std::filesystem::exists(dir / "server.db"))
        throw std::invalid_argument("no database in " + dir.string());
    DbPool pool(dir / "server.db");
    PhotoStore store(dir / "photos");
    const auto r = PhotoService(store, pool).collectGarbage();
    std::printf("%d unfinished uploads and %d unclaimed photos expired, %d photo files removed, %lld bytes freed\n",
                r.partsRemoved, r.uploadsExpired, r.photosRemoved, static_cast<long long>(r.bytesFreed));
    return 0;
}

int planVisits(const Args& a)
{
    const std::filesystem::path dir = need(a, "data-dir");
    if (!std::filesystem::exists(dir / "server.db"))
        throw std::invalid_argument("no database in " + dir.string());
    auto now = Timestamp::now();
    if (const auto it = a.options.find("now"); it != a.options.end()) {
        const auto at = Timestamp::parse(it->second);
        if (!at)
            throw std::invalid_argument(
                "--now must be an ISO 8601 time with its offset, e.g. 2026-12-01T10:00:00+08:00");
        now = *at;
    }
    DbPool pool(dir / "server.db");
    auto& db = pool.db();
    sqlite::Transaction tx(db);
    const auto plan = VisitPlanner(db).planAll(now);
    tx.commit();
    std::printf("%d return visits after a service, %d first contacts of new owners, %d coverage visits planned; "
                "%d visits flagged in rest hours; %d member owners without a specialist to visit them\n",
                plan.afterService, plan.newOwner, plan.coverage, plan.flagged, plan.unassigned);
    return 0;
}

} // namespace

int runCli(int argc, char** argv)
{
    if (argc < 2) {
        std::fputs(usageText, stderr);
        return 2;
    }
    const std::string command = argv[1];
    try {
        if (command == "init")
            return init(parse(argc, argv, 2));
        if (command == "serve")
            return serveCommand(parse(argc, argv, 2));
        if (command == "gc")
            return gc(parse(argc, argv, 2));
        if (command == "visits" && argc >= 3 && std::string{argv[2]} == "plan")
            return planVisits(parse(argc, argv, 3));
        if (command == "admin")
            return runAdminCli(argc, argv);
        if (command == "user" && argc >= 3) {
            const std::string sub = argv[2];
            const auto a = parse(argc, argv, 3);
            if (sub == "add")
                return userAdd(a);
            if (sub == "passwd" || sub == "disable")
                return userChange(sub, a);
        }
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "patrolbook-server: %s\n%s", e.what(), usageText);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "patrolbook-server: %s\n", e.what());
        return 1;
    }
    std::fputs(usageText, stderr);
    std::fputs(adminUsageText, stderr);
    return 2;
}

} // namespace patrolbook::server
