#include "patrolbook/entities.hpp"

#include "patrolbook/records.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace patrolbook {

bool isKnownEntity(std::string_view entity)
{
    bool known = false;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() { known = known || Schema<T>::entity == entity; });
    return known;
}

const std::vector<std::string>& knownFieldNames(std::string_view entity)
{
    static const auto byEntity = [] {
        std::map<std::string, std::vector<std::string>, std::less<>> out;
        forEachRecordType(AllRecordTypes{}, [&]<class T>() {
            auto& names = out[std::string{Schema<T>::entity}];
            forEachField<T>([&](const auto& f) { names.emplace_back(f.name); });
        });
        return out;
    }();
    static const std::vector<std::string> none;
    const auto it = byEntity.find(entity);
    return it != byEntity.end() ? it->second : none;
}

std::vector<std::string> fieldNamesOf(std::string_view entity)
{
    return knownFieldNames(entity);
}

std::vector<std::string> decodeFieldList(std::string_view entity, std::string_view stored)
{
    if (stored == allFieldsMarker)
        return knownFieldNames(entity);
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
