#include "api_client.hpp"

#include "patrolbook/json_parse.hpp"
#include "patrolbook/sync/protocol.hpp"

namespace patrolbook::sync {

namespace {

std::string problemText(const std::string& body)
{
    const auto problem = nlohmann::json::parse(body, nullptr, false);
    if (!problem.is_object())
        return {};
    for (const char* key : {"detail", "title"})
        if (auto it = problem.find(key);
            it != problem.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
            return it->get<std::string>();
    return {};
}

} // namespace

ApiClient::ApiClient(Transport& transport, DeviceState& state)
    : transport_(transport)
    , state_(state)
{
}

nlohmann::json ApiClient::call(const std::string& method, const std::string& path, const nlohmann::json& body,
                               bool authenticated)
{
    std::string text;
    if (!body.is_null())
        text = body.dump();
    else if (method != "GET" && method != "HEAD")
        text = "{}"; // a JSON content type with an empty body is malformed JSON to a strict server
    return callWithText(method, path, text, authenticated);
}

void ApiClient::pinToken()
{
    token_ = state_.token();
    pinned_ = true;
}

nlohmann::json ApiClient::callWithText(const std::string& method, const std::string& path, const std::string& text,
                                       bool authenticated)
{
    return answerJson(sendJson(method, path, text, authenticated), method + " " + path);
}

HttpResponse ApiClient::sendJson(const std::string& method, const std::string& path, const std::string& text,
                                 bool authenticated)
{
    return send(method, path, text, {{"Content-Type", "application/json"}, {"Accept", "application/json"}},
                authenticated);
}

HttpResponse ApiClient::send(const std::string& method, const std::string& path, const std::string& body,
                             std::map<std::string, std::string> headers, bool authenticated)
{
    headers["Patrolbook-Protocol"] = std::to_string(protocolVersion);
    if (authenticated)
        if (auto token = pinned_ ? token_ : state_.token())
            headers["Authorization"] = "Bearer " + *token;
    return transport_.send(method, path, body, headers);
}

nlohmann::json answerJson(const HttpResponse& response, const std::string& call)
{
    if (response.status < 200 || response.status >= 300)
        throw errorFromResponse(response);
    if (response.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return nullptr; // 204, or a 200 with nothing to say (logout)
    auto answer = tryParseJson(response.body);
    if (!answer.value)
        throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                    "the server's answer to " + call + " is " + answer.error);
    return std::move(*answer.value);
}

Error errorFromResponse(const HttpResponse& response)
{
    std::string detail = problemText(response.body);
    const int status = response.status;
    switch (status) {
    case 401:
        return Error(ErrorDomain::Sync, ErrorCode::Unauthorized,
                     detail.empty() ? "not signed in, or the sign-in has expired: sign in again" : detail);
    case 403:
        return Error(ErrorDomain::Sync, ErrorCode::Forbidden, detail.empty() ? "not allowed" : detail);
    case 426:
        return Error(ErrorDomain::Sync, ErrorCode::TooOld,
                     detail.empty() ? "the server no longer speaks this app's protocol: update the app" : detail);
    case 429: {
        if (detail.empty())
            detail = "too many attempts";
        if (auto it = response.headers.find("retry-after"); it != response.headers.end())
            detail += " (try again in " + it->second + " s)";
        return Error(ErrorDomain::Sync, ErrorCode::Throttled, detail);
    }
    default:
        // 400, 404, 413 too: nothing the user can fix, so they read as the server's fault;
        // the status goes with the message for whoever reads the log.
        if (detail.empty())
            detail = "the server failed";
        return Error(ErrorDomain::Sync, ErrorCode::ServerError, detail + " (HTTP " + std::to_string(status) + ")");
    }
}

std::string percentEncode(std::string_view text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'
            || u == '_' || u == '.' || u == '~';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0x0F];
        }
    }
    return out;
}

} // namespace patrolbook::sync
