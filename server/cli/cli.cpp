#include "cli/cli.hpp"

#include "auth/password.hpp"
#include "cli/serve.hpp"
#include "patrolbook/demo_estate.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/uuid.hpp"
#include "storage/account_repo.hpp"
#include "storage/db_pool.hpp"
#include "storage/record_import.hpp"
#include "storage/record_repo.hpp"

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
    = "usage: patrolbook-server init --data-dir DIR [--demo]\n"
      "       patrolbook-server serve --data-dir DIR [--listen 127.0.0.1:8080] [--workers 2]\n"
      "                               [--metrics-token-file FILE]  (/metrics off loopback with this bearer token)\n"
      "       patrolbook-server user add --data-dir DIR --username U --name NAME --role ROLE --property CODE... "
      "(password on stdin)\n"
      "       patrolbook-server user passwd --data-dir DIR --username U (password on stdin)\n"
      "       patrolbook-server user disable --data-dir DIR --username U\n";

struct Args {
    std::map<std::string, std::string> options;
    std::vector<std::string> properties;
    bool demo = false;
};

Args parse(int argc, char** argv, int from)
{
    Args a;
    for (int i = from; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--demo") {
            a.demo = true;
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
    const auto estate = makeDemoEstate(Timestamp::now(480));
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
    staff.name = need(a, "name");
    const auto role = enumFromString<StaffRole>(need(a, "role"));
    if (!role)
        throw std::invalid_argument("--role must be patrol, specialist, manager or office");
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
        if (command == "serve") {
            const auto a = parse(argc, argv, 2);
            const auto listen = a.options.count("listen") ? a.options.at("listen") : std::string{"127.0.0.1:8080"};
            const auto workers = a.options.count("workers") ? std::stoi(a.options.at("workers")) : 2;
            std::string metricsToken;
            if (a.options.count("metrics-token-file"))
                metricsToken = readToken(a.options.at("metrics-token-file"));
            return serve(need(a, "data-dir"), listen, static_cast<unsigned>(std::max(1, workers)), metricsToken);
        }
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
    return 2;
}

} // namespace patrolbook::server
