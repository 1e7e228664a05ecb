#include "patrolbook/entities.hpp"

#include "patrolbook/records.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace patrolbook {

bool isKnownEntity(std::string_view entity)
{
    bool known = false;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() { known = known || Schema<T>::entity == entity; });
    return known;
}

std::vector<std::string> fieldNamesOf(std::string_view entity)
{
    std::vector<std::string> names;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (Schema<T>::entity == entity)
            forEachField<T>([&](const auto& f) { names.emplace_back(f.name); });
    });
    return names;
}

std::vector<std::string> decodeFieldList(std::string_view entity, std::string_view stored)
{
    if (stored == allFieldsMarker)
        return fieldNamesOf(entity);
    return nlohmann::json::parse(stored).get<std::vector<std::string>>();
}

std::string encodeFieldList(const std::vector<std::string>& names)
{
    return nlohmann::json(names).dump();
}

std::string mergeFieldList(std::string_view stored, const std::vector<std::string>& more)
{
    if (stored == allFieldsMarker)
        return std::string{allFieldsMarker};
    auto names = nlohmann::json::parse(stored).get<std::vector<std::string>>();
    for (const auto& n : more)
        if (std::find(names.begin(), names.end(), n) == names.end())
            names.push_back(n);
    return encodeFieldList(names);
}

} // namespace patrolbook
