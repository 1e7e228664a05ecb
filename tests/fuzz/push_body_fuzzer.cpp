// The push body reader (parsePushRequest): the largest input the server takes from a
// signed-in device, read before the write turn.

#include "fuzz_check.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/json_parse.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sync/fields_text.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace patrolbook;

namespace {

// What the server does later with a change's text: a new record's fields read into its
// type (when not read on the way), any other change's parsed into a Json value. The
// reader promised the text is a JSON object, so neither may find it malformed.
void readLater(const sync::Change& change)
{
    const auto json = parseJson(change.fieldsText);
    FUZZ_CHECK(json.is_object());
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (Schema<T>::entity != change.entity || change.sent.has_value())
            return;
        T record;
        (void)sync::readFieldsText(change.fieldsText, record);
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    sync::PushRequest request;
    try {
        request = sync::parsePushRequest(body);
    } catch (const Error& e) {
        FUZZ_CHECK(e.domain() == ErrorDomain::Json); // what the handler answers with 400
        return 0;
    }
    FUZZ_CHECK(!request.deviceId.empty());
    for (const auto& change : request.changes) {
        FUZZ_CHECK(!change.changeId.empty() && !change.entity.empty() && !change.id.empty());
        FUZZ_CHECK(change.baseVersion >= 0);
        if (!change.fieldsText.empty())
            readLater(change);
    }
    return 0;
}
