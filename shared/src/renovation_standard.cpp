#include "patrolbook/renovation_standard.hpp"

namespace patrolbook {

namespace {

ChecklistItem line(const char* code, const char* zh, const char* en)
{
    return ChecklistItem{code, ChecklistCategory::Special, zh, en, ""};
}

} // namespace

Checklist renovationChecklist(RenovationKind kind)
{
    Checklist checklist;
    checklist.areaType = AreaType::Corridor; // unused for renovation checks
    if (kind == RenovationKind::Patrol) {
        checklist.id = "renovation-patrol";
        checklist.name = "装修巡查";
        checklist.items = {
            line("RP01", "装修许可证张贴于门口", "Renovation permit displayed at the door"),
            line("RP02", "未拆改承重墙、梁、柱", "No load-bearing wall, beam or column altered"),
            line("RP03", "未改动外立面及门窗", "Facade, windows and entrance door unchanged"),
            line("RP04", "防水层施工规范，未破坏", "Waterproofing intact and laid to standard"),
            line("RP05", "烟感、喷淋等消防设施未遮挡或拆除", "Smoke detectors and sprinklers not covered or removed"),
            line("RP06", "施工时间符合规定", "Works within the permitted hours"),
            line("RP07", "装修垃圾袋装并堆放于指定地点", "Rubbish bagged and left at the designated place"),
            line("RP08", "施工人员持证出入", "Workers carry entry passes"),
            line("RP09", "电气线路穿管敷设", "Wiring laid in conduit"),
            line("RP10", "未占用公共区域", "No use of common areas"),
        };
    } else {
        checklist.id = "renovation-acceptance";
        checklist.name = "装修验收";
        checklist.items = {
            line("RA01", "承重结构完好", "Load-bearing structure intact"),
            line("RA02", "外立面、门窗与原设计一致", "Facade and windows as originally designed"),
            line("RA03", "防水闭水试验合格", "Waterproofing passed the water test"),
            line("RA04", "消防设施完好有效", "Fire safety devices intact and working"),
            line("RA05", "给排水管道通畅无渗漏", "Water pipes and drains flow, no leaks"),
            line("RA06", "空调外机安装于指定位置", "Air-conditioner units at the designated place"),
            line("RA07", "公共区域已清理恢复", "Common areas cleaned and restored"),
            line("RA08", "装修垃圾已清运", "Renovation rubbish taken away"),
        };
    }
    return checklist;
}

} // namespace patrolbook
