#include "patrolbook/column.hpp"
#include "patrolbook/records/checklist.hpp"

namespace patrolbook {

void to_json(nlohmann::json& j, const ChecklistItem& item)
{
    j = Json{{"code", item.code},
             {"category", std::string{toString(item.category)}},
             {"title_zh", item.titleZh},
             {"title_en", item.titleEn}};
    if (!item.hint.empty())
        j["hint"] = item.hint;
}

void from_json(const nlohmann::json& j, ChecklistItem& item)
{
    item.code = FromJson<std::string>::get(j.at("code"), "items.code");
    item.category = FromJson<ChecklistCategory>::get(j.at("category"), "items.category");
    item.titleZh = FromJson<std::string>::get(j.at("title_zh"), "items.title_zh");
    item.titleEn = FromJson<std::string>::get(j.at("title_en"), "items.title_en");
    item.hint = j.contains("hint") ? FromJson<std::string>::get(j.at("hint"), "items.hint") : std::string{};
}

} // namespace patrolbook
