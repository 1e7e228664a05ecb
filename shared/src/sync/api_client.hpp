#pragma once

#include "patrolbook/error.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/sync/transport.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace patrolbook::sync {

// JSON calls to the sync server over a Transport: the protocol headers, the bearer token
// once signed in, and HTTP errors turned into patrolbook::Error{Sync, ...}.
class ApiClient {
public:
    ApiClient(Transport& transport, DeviceState& state);

    // The parsed answer of a 2xx. A null `body` sends none on GET and "{}" otherwise.
    nlohmann::json call(const std::string& method, const std::string& path, const nlohmann::json& body,
                        bool authenticated);

private:
    Transport& transport_;
    DeviceState& state_;
};

// The Error for a non-2xx answer, its message the problem+json "detail" when there is one.
Error errorFromResponse(const HttpResponse& response);
// Percent-encoding of a query parameter value (RFC 3986: all but unreserved characters).
std::string percentEncode(std::string_view text);

} // namespace patrolbook::sync
