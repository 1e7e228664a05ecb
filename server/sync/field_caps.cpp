#include "sync/field_caps.hpp"

#include "patrolbook/json_text.hpp"
#include "patrolbook/record_json.hpp"

namespace patrolbook::server {

bool isFreeText(std::string_view field)
{
    return field == "note" || field == "description" || field == "resolution" || field == "suggestions";
}

std::optional<std::string> textTooLong(std::string_view field, std::size_t bytes)
{
    const std::size_t cap = isFreeText(field) ? FieldCaps::freeTextBytes : FieldCaps::textBytes;
    if (bytes <= cap)
        return std::nullopt;
    return "'" + std::string{field} + "' is too long for the server (" + std::to_string(bytes) + " bytes, at most "
        + std::to_string(cap) + "): shorten it, then send it again";
}

std::optional<std::string> recordTooLarge(std::size_t fieldsTextBytes, std::size_t unknownTextBytes)
{
    if (unknownTextBytes > FieldCaps::unknownBytes)
        return "the record carries " + std::to_string(unknownTextBytes)
            + " bytes of fields this server does not know (at most " + std::to_string(FieldCaps::unknownBytes)
            + "): update the server, or leave them out";
    if (fieldsTextBytes > FieldCaps::recordBytes)
        return "the record is too large for the server (" + std::to_string(fieldsTextBytes) + " bytes, at most "
            + std::to_string(FieldCaps::recordBytes) + "): shorten its notes, then send it again";
    return std::nullopt;
}

std::optional<std::string> sizeRefusal(const std::string& entity, const sync::Json& fields, std::size_t fieldsTextBytes)
{
    std::optional<std::string> out;
    std::size_t unknown = 0;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (Schema<T>::entity != entity)
            return;
        for (auto it = fields.begin(); it != fields.end() && !out; ++it) {
            if (!withField<T>(it.key(), [](const auto&) {})) {
                // As the record's extra column holds them: {"name":value,...}.
                unknown += it.key().size() + 4 + jsonText(it.value()).size();
                continue;
            }
            if (it->is_string())
                out = textTooLong(it.key(), it->get_ref<const std::string&>().size());
            else if (it->is_array())
                for (const auto& each : *it)
                    if (each.is_string() && !out)
                        out = textTooLong(it.key(), each.get_ref<const std::string&>().size());
        }
    });
    if (out)
        return out;
    return recordTooLarge(fieldsTextBytes, unknown);
}

} // namespace patrolbook::server
