#include "patrolbook/loops/complaint_lists.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace patrolbook {

// Made on first use (a static initialised before main could throw where nobody catches).
const std::vector<ListEntry>& defaultComplaintClasses()
{
    static const std::vector<ListEntry> list{
        {"service_attitude", "服务态度", "Service attitude"},
        {"repair_quality", "维修质量", "Repair quality"},
        {"security", "安全秩序", "Security"},
        {"cleaning", "清洁卫生", "Cleaning"},
        {"greening", "绿化养护", "Greening"},
        {"parking", "停车管理", "Parking"},
        {"noise", "噪音扰民", "Noise"},
        {"charges", "收费问题", "Charges"},
        {"facilities", "设施设备", "Facilities"},
        {"other", "其他", "Other"},
    };
    return list;
}

const std::vector<ListEntry>& defaultDepartments()
{
    static const std::vector<ListEntry> list{
        {"customer_service", "客服部", "Customer service"},
        {"engineering", "工程部", "Engineering"},
        {"security", "秩序部", "Security"},
        {"cleaning", "保洁部", "Cleaning"},
        {"greening", "绿化部", "Greening"},
        {"management", "管理处", "Management"},
    };
    return list;
}

std::vector<ListEntry> complaintList(std::string_view propertyExtra, std::string_view key)
{
    const auto& fallback = key == "departments" ? defaultDepartments() : defaultComplaintClasses();
    if (propertyExtra.empty())
        return fallback;
    const auto extra = nlohmann::json::parse(propertyExtra, nullptr, false);
    if (!extra.is_object())
        return fallback;
    const auto it = extra.find(key);
    if (it == extra.end() || !it->is_array())
        return fallback;
    std::vector<ListEntry> out;
    for (const auto& e : *it)
        if (e.is_object() && e.contains("code") && e["code"].is_string())
            out.push_back({e["code"].get<std::string>(), e.value("zh", std::string{}), e.value("en", std::string{})});
    return out.empty() ? fallback : out;
}

bool listHas(const std::vector<ListEntry>& list, std::string_view code)
{
    return std::any_of(list.begin(), list.end(), [&](const ListEntry& e) { return e.code == code; });
}

} // namespace patrolbook
