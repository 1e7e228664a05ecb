#include "patrolbook/json_parse.hpp"

#include "json_document.hpp"
#include "patrolbook/error.hpp"

namespace patrolbook {

JsonParseResult tryParseJson(std::string_view text)
{
    try {
        return {parseJson(text), {}};
    } catch (const Error& e) {
        if (e.domain() != ErrorDomain::Json)
            throw;
        return {std::nullopt, e.message()};
    }
}

nlohmann::json parseJson(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3); // a byte order mark, skipped as nlohmann does
    json::Document doc(text);
    std::size_t repeated = 0;
    return json::reading(doc, [&] { return json::readRoot(doc, repeated); });
}

} // namespace patrolbook
