#include "export/export_words.hpp"

#include <cctype>
#include <map>

namespace patrolbook::server {

namespace {

struct Label {
    const char* zh;
    const char* en;
};

const std::map<std::string, Label>& labels()
{
    static const std::map<std::string, Label> table{
        {"inspection", {"日常巡视", "Area patrol"}},
        {"renovation_check", {"装修巡查", "Renovation check"}},
        {"owner_visit", {"业主回访", "Owner visit"}},
        {"follow_up", {"整改单", "Follow-up"}},
        {"draft", {"进行中", "In progress"}},
        {"finished", {"已完成", "Finished"}},
        {"planned", {"已预约", "Booked"}},
        {"done", {"已完成", "Done"}},
        {"unreachable", {"未联系上", "Unreachable"}},
        {"cancelled", {"已取消", "Cancelled"}},
        {"open", {"待处理", "Open"}},
        {"in_progress", {"处理中", "Being fixed"}},
        {"fixed", {"已整改", "Fixed"}},
        {"closed", {"已关闭", "Closed"}},
        {"received", {"待审核", "Awaiting review"}},
        {"approved", {"已通过", "Approved"}},
        {"has_issues", {"需修改", "Has issues"}},
        {"rejected", {"已驳回", "Rejected"}},
        {"satisfied", {"满意", "Satisfied"}},
        {"average", {"一般", "Average"}},
        {"unsatisfied", {"不满意", "Unsatisfied"}},
    };
    return table;
}

std::string lower(std::string s)
{
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

ExportWords ExportWords::forRequest(const Request& request)
{
    const auto it = request.query.find("lang");
    if (it != request.query.end() && (it->second == "en" || it->second == "zh"))
        return ExportWords(it->second == "en" ? Lang::En : Lang::Zh);
    // The first language the browser names decides; Chinese when it names none we have.
    const auto accept = lower(request.header("accept-language"));
    const auto en = accept.find("en");
    const auto zh = accept.find("zh");
    if (en != std::string::npos && (zh == std::string::npos || en < zh))
        return ExportWords(Lang::En);
    return ExportWords(Lang::Zh);
}

std::vector<std::string> ExportWords::csvHeader() const
{
    if (lang_ == Lang::En)
        return {"Kind",
                "Property",
                "Time",
                "Staff member",
                "Area / unit",
                "Status",
                "Review",
                "Failed lines",
                "Outcome",
                "Note / problem",
                "Suggestions / resolution",
                "Record ID"};
    return {"类型", "项目",     "时间", "人员",          "区域/房号",         "状态",
            "审核", "不合格项", "结果", "备注/问题描述", "业主建议/处理结果", "记录编号"};
}

std::string ExportWords::label(const std::string& value) const
{
    const auto it = labels().find(value);
    if (it == labels().end())
        return value;
    return lang_ == Lang::En ? it->second.en : it->second.zh;
}

std::string ExportWords::fileStem(bool photos) const
{
    if (lang_ == Lang::En)
        return photos ? "patrolbook-photos" : "patrolbook-records";
    return photos ? "巡检簿照片" : "巡检簿记录";
}

} // namespace patrolbook::server
