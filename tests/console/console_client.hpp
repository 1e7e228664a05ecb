#pragma once

#include "api_client.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace patrolbook::test {

// A browser's side of the console API, by hand: the session cookie kept from sign-in,
// and the console's header on every request that changes something.
class ConsoleClient {
public:
    explicit ConsoleClient(const std::string& url)
        : api_(url)
    {
    }

    // Signs in; keeps the cookie and returns the whole answer (Set-Cookie included).
    sync::HttpResponse login(const std::string& username, const std::string& password = "demo",
                             std::map<std::string, std::string> headers = {{"X-Patrolbook-Console", "1"}})
    {
        const auto body = nlohmann::json{{"username", username}, {"password", password}, {"device_id", "console"}};
        auto r = api_.call("POST", "/api/v1/console/login", body.dump(), std::move(headers));
        if (r.status == 200) {
            const auto& setCookie = r.headers.at("set-cookie");
            cookie = setCookie.substr(0, setCookie.find(';'));
            user = nlohmann::json::parse(r.body)["user"];
        }
        return r;
    }

    sync::HttpResponse get(const std::string& path, std::map<std::string, std::string> headers = {})
    {
        if (!cookie.empty() && !headers.count("Cookie"))
            headers["Cookie"] = cookie;
        return api_.call("GET", path, {}, std::move(headers));
    }

    sync::HttpResponse post(const std::string& path,
                            std::map<std::string, std::string> headers = {{"X-Patrolbook-Console", "1"}})
    {
        if (!cookie.empty() && !headers.count("Cookie"))
            headers["Cookie"] = cookie;
        return api_.call("POST", path, {}, std::move(headers));
    }

    // A state change with a JSON body (the console's header, unless told otherwise).
    sync::HttpResponse postJson(const std::string& path, const nlohmann::json& body,
                                std::map<std::string, std::string> headers = {{"X-Patrolbook-Console", "1"}})
    {
        if (!cookie.empty() && !headers.count("Cookie"))
            headers["Cookie"] = cookie;
        headers["Content-Type"] = "application/json";
        return api_.call("POST", path, body.dump(), std::move(headers));
    }

    nlohmann::json json(const std::string& path)
    {
        const auto r = get(path);
        EXPECT_EQ(r.status, 200) << path << ": " << r.body;
        return nlohmann::json::parse(r.body);
    }

    // Every record of a list, page by page (`query` without limit and after).
    std::vector<nlohmann::json> all(const std::string& query, int limit = 7)
    {
        std::vector<nlohmann::json> rows;
        std::string after;
        for (int pages = 0; pages < 1000; ++pages) {
            auto page = json("/api/v1/console/records?" + query + (query.empty() ? "" : "&")
                             + "limit=" + std::to_string(limit) + (after.empty() ? "" : "&after=" + after));
            for (auto& r : page["records"])
                rows.push_back(std::move(r));
            if (page["next"].is_null())
                break;
            after = page["next"].get<std::string>();
        }
        return rows;
    }

    std::string cookie;
    nlohmann::json user;

private:
    ApiClient api_;
};

} // namespace patrolbook::test
