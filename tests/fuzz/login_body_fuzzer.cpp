// The sign-in body (parseLoginBody): the one JSON the server reads from anyone, before
// any account is known. Also checks parseJson, which reads it, against nlohmann's parser:
// a document ours accepts must be the same value there.

#include "api/api_error.hpp"
#include "auth/auth_service.hpp"
#include "fuzz_check.hpp"
#include "handlers/login_body.hpp"
#include "patrolbook/json_parse.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace patrolbook;
using namespace patrolbook::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    if (auto parsed = tryParseJson(body); parsed.value) {
        const auto theirs = nlohmann::json::parse(body, nullptr, false);
        FUZZ_CHECK(!theirs.is_discarded());
        FUZZ_CHECK(theirs == *parsed.value);
    } else {
        FUZZ_CHECK(!parsed.error.empty());
    }
    try {
        const auto login = parseLoginBody(body);
        FUZZ_CHECK(!login.username.empty() && login.username.size() <= AuthService::maxUsernameBytes);
        FUZZ_CHECK(!login.password.empty() && login.password.size() <= AuthService::maxPasswordBytes);
        FUZZ_CHECK(!login.deviceId.empty() && login.deviceId.size() <= AuthService::maxDeviceIdBytes);
    } catch (const ApiError& e) {
        FUZZ_CHECK(e.status() == 400);
    }
    return 0;
}
