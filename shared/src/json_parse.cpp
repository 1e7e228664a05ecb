#include "patrolbook/json_parse.hpp"

#include "json_reader.hpp"
#include "patrolbook/error.hpp"

namespace patrolbook {

JsonParseResult tryParseJson(std::string_view text)
{
    JsonReader reader(text);
    nlohmann::json value;
    if (!reader.parse(value))
        return {std::nullopt, reader.error()};
    return {std::move(value), {}};
}

nlohmann::json parseJson(std::string_view text)
{
    auto result = tryParseJson(text);
    if (!result.value)
        throw Error(ErrorDomain::Json, ErrorCode::Malformed, std::move(result.error));
    return std::move(*result.value);
}

} // namespace patrolbook
