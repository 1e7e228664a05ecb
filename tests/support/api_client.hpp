#pragma once

#include "http/http_client_transport.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace patrolbook::test {

// Plain HTTP calls against a test server, for tests that speak the protocol by hand.
class ApiClient {
public:
    explicit ApiClient(const std::string& url)
        : http_(url)
    {
    }

    sync::HttpResponse call(const std::string& method, const std::string& path, const std::string& body = {},
                            std::map<std::string, std::string> headers = {})
    {
        if (!token.empty() && !headers.count("Authorization"))
            headers["Authorization"] = "Bearer " + token;
        if (!body.empty() && !headers.count("Content-Type"))
            headers["Content-Type"] = "application/json";
        return http_.send(method, path, body, headers);
    }

    nlohmann::json json(const std::string& method, const std::string& path, const nlohmann::json& body = nullptr)
    {
        const auto r = call(method, path, body.is_null() ? std::string{} : body.dump());
        return nlohmann::json::parse(r.body);
    }

    // Signs in and keeps the token; returns the login answer.
    nlohmann::json login(const std::string& username, const std::string& password = "demo",
                         const std::string& deviceId = "test")
    {
        const auto r
            = call("POST", "/api/v1/auth/login",
                   nlohmann::json{{"username", username}, {"password", password}, {"device_id", deviceId}}.dump());
        auto body = nlohmann::json::parse(r.body);
        if (r.status == 200)
            token = body["token"].get<std::string>();
        return body;
    }

    std::string token;

private:
    server::HttpClientTransport http_;
};

} // namespace patrolbook::test
