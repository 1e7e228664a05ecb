#include "cli/admin_cli.hpp"

#include "admin/admin_service.hpp"
#include "api/problem.hpp"
#include "patrolbook/json_parse.hpp"
#include "storage/db_pool.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <stdexcept>
#include <vector>

namespace patrolbook::server {

const char* const adminUsageText
    = "       patrolbook-server admin list COLLECTION --data-dir DIR [--property ID] [--limit N] [--after ID]\n"
      "                               [--retired true]\n"
      "       patrolbook-server admin get|delete COLLECTION ID --data-dir DIR\n"
      "       patrolbook-server admin create COLLECTION --data-dir DIR --json '{...}'  (staff: password on stdin)\n"
      "       patrolbook-server admin update COLLECTION ID --data-dir DIR --json '{...}'\n"
      "       patrolbook-server admin password staff ID --data-dir DIR  (password on stdin)\n"
      "         COLLECTION: properties, buildings, units, owners, staff, areas, checklists\n";

namespace {

using nlohmann::json;

struct AdminArgs {
    std::string verb;
    std::string collection;
    std::string id;
    std::map<std::string, std::string> options;
};

AdminArgs parseArgs(int argc, char** argv)
{
    AdminArgs a;
    std::vector<std::string> words;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--", 0) == 0) {
            if (i + 1 >= argc)
                throw std::invalid_argument(arg + " needs a value");
            a.options[arg.substr(2)] = argv[++i];
        } else {
            words.push_back(arg);
        }
    }
    if (words.size() < 2)
        throw std::invalid_argument("admin needs a verb and a collection");
    a.verb = words[0];
    a.collection = words[1];
    const bool byId = a.verb == "get" || a.verb == "update" || a.verb == "delete" || a.verb == "password";
    if (words.size() != (byId ? 3U : 2U))
        throw std::invalid_argument("admin " + a.verb
                                    + (byId ? " takes a collection and an id" : " takes a collection"));
    if (byId)
        a.id = words[2];
    if (!a.options.count("data-dir"))
        throw std::invalid_argument("--data-dir is required");
    return a;
}

std::string option(const AdminArgs& a, const std::string& name)
{
    const auto it = a.options.find(name);
    if (it == a.options.end())
        throw std::invalid_argument("--" + name + " is required for admin " + a.verb);
    return it->second;
}

json body(const AdminArgs& a)
{
    auto parsed = tryParseJson(option(a, "json"));
    if (!parsed.value || !parsed.value->is_object())
        throw std::invalid_argument("--json must be a JSON object of the record's fields");
    return std::move(*parsed.value);
}

std::string stdinLine()
{
    std::string line;
    std::getline(std::cin, line);
    return line;
}

// The shell's operator: the server's owner, an administrator by holding its files. Their
// acts are recorded as the account "operator" from the device "shell".
Principal operatorPrincipal()
{
    Principal p;
    p.accountId = "operator";
    p.username = "operator";
    p.name = "operator";
    p.role = StaffRole::Admin;
    p.deviceId = "shell";
    return p;
}

json run(AdminService& service, const AdminArgs& a)
{
    const auto who = operatorPrincipal();
    if (a.verb == "list") {
        AdminListQuery q;
        if (a.options.count("property"))
            q.property = a.options.at("property");
        if (a.options.count("after"))
            q.after = a.options.at("after");
        if (a.options.count("limit"))
            q.limit = std::stoul(a.options.at("limit"));
        q.withRetired = a.options.count("retired") && a.options.at("retired") == "true";
        if (q.limit < 1 || q.limit > AdminListQuery::maxLimit)
            throw std::invalid_argument("--limit is a number from 1 to " + std::to_string(AdminListQuery::maxLimit));
        return service.list(who, a.collection, q);
    }
    if (a.verb == "get")
        return service.get(who, a.collection, a.id);
    if (a.verb == "create") {
        auto fields = body(a);
        // Not on the command line, where `ps` and the shell's history would show it.
        if (a.collection == "staff" && !fields.contains("password"))
            fields["password"] = stdinLine();
        return service.create(who, a.collection, fields);
    }
    if (a.verb == "update")
        return service.update(who, a.collection, a.id, body(a));
    if (a.verb == "delete")
        return service.retire(who, a.collection, a.id);
    if (a.verb == "password" && a.collection == "staff")
        return service.resetPassword(who, a.id, stdinLine());
    throw std::invalid_argument("unknown admin verb '" + a.verb + "'");
}

} // namespace

int runAdminCli(int argc, char** argv)
{
    AdminArgs a;
    try {
        a = parseArgs(argc, argv);
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "patrolbook-server: %s\nusage:\n%s", e.what(), adminUsageText);
        return 2;
    }
    const std::filesystem::path dir = a.options.at("data-dir");
    if (!std::filesystem::exists(dir / "server.db")) {
        std::fprintf(stderr, "patrolbook-server: no database in %s\n", dir.c_str());
        return 1;
    }
    DbPool pool(dir / "server.db");
    AdminService service(pool);
    try {
        std::printf("%s\n", run(service, a).dump(2).c_str());
        return 0;
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "patrolbook-server: %s\nusage:\n%s", e.what(), adminUsageText);
        return 2;
    } catch (...) {
        // The same problem+json as the HTTP API answers (problem.cpp), status included.
        const auto problem = problemFor(std::current_exception());
        std::fprintf(stderr, "%s\n", problem.body.c_str());
        return 1;
    }
}

} // namespace patrolbook::server
