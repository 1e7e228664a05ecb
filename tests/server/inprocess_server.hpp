#pragma once

// The server without HTTP and without a process: its database on a temporary SQLite
// file, filled as `patrolbook-server init --demo` fills it, and its services, handlers
// and route table wired as `serve` wires them. Tests call the route table with plain
// Request values, or the services and rules beneath it directly.

#include "auth/auth_service.hpp"
#include "auth/password.hpp"
#include "handlers/auth_handler.hpp"
#include "handlers/health_handler.hpp"
#include "handlers/photo_handler.hpp"
#include "handlers/sync_handler.hpp"
#include "metrics/metrics.hpp"
#include "patrolbook/demo_estate.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "photos/photo_service.hpp"
#include "photos/photo_store.hpp"
#include "routes/api_routes.hpp"
#include "storage/account_repo.hpp"
#include "storage/db_pool.hpp"
#include "storage/record_import.hpp"
#include "sync/sync_service.hpp"
#include "test_support.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace patrolbook::test {

class InProcessServer {
public:
    InProcessServer()
    {
        // As cli.cpp's init --demo: the estate as server records, the four demo accounts.
        auto& db = pool.db();
        server::AccountRepo accounts(db);
        sqlite::Transaction tx(db);
        server::importEstate(db, estate);
        // One Argon2id hash for all four: hashing costs tens of milliseconds each.
        static const std::string hash = server::hashPassword("demo");
        for (const auto& s : estate.staff)
            if (s.username == "patrol" || s.username == "specialist" || s.username == "manager"
                || s.username == "office")
                accounts.create({s.id, s.username, hash, false});
        tx.commit();
    }

    const Staff& staff(const std::string& username) const
    {
        const auto it = std::find_if(estate.staff.begin(), estate.staff.end(),
                                     [&](const Staff& s) { return s.username == username; });
        if (it == estate.staff.end())
            throw std::runtime_error("no demo staff member " + username);
        return *it;
    }
    // Who a signed-in demo account is, as the server reads it from its staff record.
    server::Principal principal(const std::string& username) { return auth.principalOf(staff(username).id, username); }

    // One request through the route table, as the HTTP layer hands it over.
    server::Response call(const std::string& method, const std::string& path, const std::string& body = {},
                          const std::string& token = {})
    {
        server::Request r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.remote = "127.0.0.1";
        if (!token.empty())
            r.headers["authorization"] = "Bearer " + token;
        if (!body.empty())
            r.headers["content-type"] = "application/json";
        return router.dispatch(r);
    }
    // Signs in through the route table; the token.
    std::string login(const std::string& username)
    {
        const auto r = call("POST", "/api/v1/auth/login",
                            nlohmann::json{{"username", username}, {"password", "demo"}, {"device_id", "t"}}.dump());
        if (r.status != 200)
            throw std::runtime_error("sign-in failed: " + r.body);
        return nlohmann::json::parse(r.body)["token"].get<std::string>();
    }

    TempDir dir;
    DemoEstate estate = makeDemoEstate(Timestamp::now(480));
    server::DbPool pool{dir.file("server.db")};
    server::Metrics metrics;
    server::PhotoStore photos{dir.file("photos")};
    server::AuthService auth{pool};
    server::SyncService sync{pool, metrics};
    server::AuthHandler authHandler{auth};
    server::SyncHandler syncHandler{auth, sync};
    server::PhotoService photoService{photos, pool};
    server::PhotoHandler photoHandler{auth, photoService};
    server::HealthHandler healthHandler{pool, metrics};
    server::Router router = server::buildApiRoutes({authHandler, syncHandler, photoHandler, healthHandler});
};

} // namespace patrolbook::test
