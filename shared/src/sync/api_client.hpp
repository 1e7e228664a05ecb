#pragma once

#include "patrolbook/error.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/sync/transport.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace patrolbook::sync {

// Calls to the sync server over a Transport: the protocol headers, the bearer token
// once signed in, and HTTP errors turned into patrolbook::Error{Sync, ...}.
class ApiClient {
public:
    ApiClient(Transport& transport, DeviceState& state);

    // The parsed answer of a 2xx. A null `body` sends none on GET and "{}" otherwise.
    nlohmann::json call(const std::string& method, const std::string& path, const nlohmann::json& body,
                        bool authenticated);
    // The same with the body already written as JSON text.
    nlohmann::json callWithText(const std::string& method, const std::string& path, const std::string& body,
                                bool authenticated);
    // The answer to a JSON body as it came, whatever its status: for a caller that acts on
    // an error status itself (the push's 413) and reads the body its own way.
    HttpResponse sendJson(const std::string& method, const std::string& path, const std::string& text,
                          bool authenticated);
    // Reads the token now and uses it for every later call, without reading the store
    // again: the sync engine works the store on a helper thread while a call is on the wire.
    void pinToken();
    // The answer as it came, whatever its status, with the same protocol header and token
    // as call() plus `headers`: for calls that are not JSON, or whose error statuses are
    // answers the caller acts on (the photo upload's 404 and 409).
    HttpResponse send(const std::string& method, const std::string& path, const std::string& body,
                      std::map<std::string, std::string> headers, bool authenticated);

private:
    Transport& transport_;
    DeviceState& state_;
    bool pinned_ = false;
    std::optional<std::string> token_;
};

// The parsed body of a 2xx answer to `call` (null when empty); the Error otherwise.
nlohmann::json answerJson(const HttpResponse& response, const std::string& call);
// The Error for a non-2xx answer, its message the problem+json "detail" when there is one.
Error errorFromResponse(const HttpResponse& response);
// Runs `parse` over a 2xx answer. What the protocol parsers refuse there is the server's
// fault, not a JSON problem of ours: callers branch on the Sync domain.
template <class Parse>
auto parseAnswer(Parse&& parse, const std::string& what) -> decltype(parse())
{
    try {
        return parse();
    } catch (const Error& e) {
        if (e.domain() != ErrorDomain::Json)
            throw;
        throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                    "the server's " + what + " makes no sense: " + e.message());
    }
}
// Percent-encoding of a query parameter value (RFC 3986: all but unreserved characters).
std::string percentEncode(std::string_view text);

} // namespace patrolbook::sync
