// The push answer reader (parsePushResults): what a device reads after every push.

#include "fuzz_check.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace patrolbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    std::vector<sync::ChangeResult> results;
    try {
        results = sync::parsePushResults(body);
    } catch (const Error& e) {
        FUZZ_CHECK(e.domain() == ErrorDomain::Json);
        return 0;
    }
    // What was read, written as the server writes it, reads back the same.
    const auto again = sync::parsePushResults(sync::pushAnswerText(results, "2026-01-01T00:00:00Z"));
    FUZZ_CHECK(again.size() == results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        FUZZ_CHECK(!results[i].changeId.empty() && results[i].version >= 0);
        FUZZ_CHECK(again[i].changeId == results[i].changeId && again[i].status == results[i].status);
        FUZZ_CHECK(again[i].version == results[i].version && again[i].retry == results[i].retry);
    }
    return 0;
}
