// The pull page reader (readPullPage): what a device reads from whatever answers at the
// server's address, a proxy or captive portal included.

#include "fuzz_check.hpp"
#include "patrolbook/error.hpp"
#include "sync/pull_page.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace patrolbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    try {
        const auto page = sync::readPullPage(body);
        // A page is read only with its cursor: the next request needs one.
        FUZZ_CHECK(!page.cursor.empty());
        for (const auto& step : page.steps)
            FUZZ_CHECK(static_cast<bool>(step));
    } catch (const Error& e) {
        FUZZ_CHECK(e.domain() == ErrorDomain::Json);
    }
    return 0;
}
