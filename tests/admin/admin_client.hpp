#pragma once

#include "api_client.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <stdexcept>
#include <string>

namespace patrolbook::test {

// An answer of the administration API: its status and body (problem+json on errors).
struct AdminAnswer {
    int status = 0;
    nlohmann::json body;
    std::string contentType;
};

// A caller of /api/v1/admin/: signed in with a bearer token (signIn) or, as the
// console would, with the session cookie and the console's header (signInConsole).
class AdminClient {
public:
    explicit AdminClient(const std::string& url)
        : api_(url)
    {
    }

    // 200 when signed in; keeps the user ({"id", "role", "property_ids", ...}).
    int signIn(const std::string& username, const std::string& password = "demo")
    {
        const auto r = api_.call(
            "POST", "/api/v1/auth/login",
            nlohmann::json{{"username", username}, {"password", password}, {"device_id", "admin-test"}}.dump());
        if (r.status == 200) {
            const auto body = nlohmann::json::parse(r.body);
            api_.token = body["token"];
            user = body["user"];
        }
        return r.status;
    }

    int signInConsole(const std::string& username, const std::string& password = "demo")
    {
        const auto r
            = api_.call("POST", "/api/v1/console/login",
                        nlohmann::json{{"username", username}, {"password", password}, {"device_id", "console"}}.dump(),
                        {{"X-Patrolbook-Console", "1"}});
        if (r.status == 200) {
            const auto& setCookie = r.headers.at("set-cookie");
            cookie_ = setCookie.substr(0, setCookie.find(';'));
            user = nlohmann::json::parse(r.body)["user"];
        }
        return r.status;
    }

    AdminAnswer call(const std::string& method, const std::string& path, const nlohmann::json& body = nullptr,
                     std::map<std::string, std::string> headers = {})
    {
        if (!cookie_.empty()) {
            headers.emplace("Cookie", cookie_);
            headers.emplace("X-Patrolbook-Console", "1");
        }
        const auto r = api_.call(method, "/api/v1/admin/" + path, body.is_null() ? std::string{} : body.dump(),
                                 std::move(headers));
        AdminAnswer a;
        a.status = r.status;
        a.body = nlohmann::json::parse(r.body, nullptr, false);
        const auto type = r.headers.find("content-type");
        a.contentType = type == r.headers.end() ? "" : type->second;
        return a;
    }

    // The call must answer `status`; its body.
    nlohmann::json expect(int status, const std::string& method, const std::string& path,
                          const nlohmann::json& body = nullptr)
    {
        auto a = call(method, path, body);
        EXPECT_EQ(a.status, status) << method << " " << path << ": " << a.body.dump();
        // The test stops here (gtest catches it), rather than read fields that are not
        // there from a problem+json.
        if (a.status != status)
            throw std::runtime_error("unexpected status " + std::to_string(a.status));
        return a.body;
    }

    nlohmann::json user;
    std::string& token() { return api_.token; }

private:
    ApiClient api_;
    std::string cookie_;
};

// The demo's two properties' ids: 翠湖花园 (CHHY) and 星河中心 (XHZX).
struct DemoProperties {
    std::string chhy;
    std::string xhzx;

    static DemoProperties of(AdminClient& admin)
    {
        DemoProperties p;
        const auto page = admin.expect(200, "GET", "properties");
        for (const auto& r : page["records"])
            (r["code"] == "CHHY" ? p.chhy : p.xhzx) = r["id"].get<std::string>();
        return p;
    }
};

// Adds an account with `patrolbook-server user add` (password "demo-password").
inline void addUser(const ServerProcess& server, const std::string& username, const std::string& role,
                    const std::string& properties = "")
{
    const auto args = "user add --data-dir " + server.dataDir().string() + " --username " + username + " --name "
        + username + " --role " + role + (properties.empty() ? "" : " " + properties);
    ASSERT_EQ(server.runCommand(args, "demo-password\n"), 0) << args;
}

} // namespace patrolbook::test
