#pragma once

// The demo estate's fixed tables: checklist standards per area type, buildings, areas,
// staff, name pools and notes. Only demo_estate.cpp includes this.

#include "patrolbook/enums.hpp"

#include <array>
#include <string_view>

namespace patrolbook::demo {

struct ItemText {
    const char* zh;
    const char* en;
    const char* failZh;
};

struct StandardItem {
    ChecklistCategory category;
    ItemText text;
};

constexpr std::array<const char*, 6> categoryCode{"DTL", "CLN", "FAC", "PAV", "GRN", "SPC"};

constexpr std::array<StandardItem, 10> standardItems{{
    {ChecklistCategory::Details, {"标识标牌完好、无脱落", "Signs intact and in place", "标识牌脱落，需重新固定"}},
    {ChecklistCategory::Details, {"墙面无乱张贴、无涂画", "Walls free of flyers and graffiti", "墙面有小广告张贴"}},
    {ChecklistCategory::Cleanliness, {"地面无垃圾、无污渍", "Floor free of litter and stains", "地面有烟头和纸屑"}},
    {ChecklistCategory::Cleanliness, {"垃圾桶及时清运、无异味", "Bins emptied, no odour", "垃圾桶满溢，有异味"}},
    {ChecklistCategory::Cleanliness, {"玻璃、扶手无积尘", "Glass and handrails free of dust", "扶手积灰明显"}},
    {ChecklistCategory::Facilities, {"照明灯具完好", "All lights working", "两盏灯不亮，需更换灯管"}},
    {ChecklistCategory::Facilities,
     {"消防器材齐全、在有效期内", "Fire extinguishers present and in date", "灭火器压力不足"}},
    {ChecklistCategory::Paving, {"地砖、路面无破损松动", "Tiles and paving unbroken and firm", "地砖松动开裂约三块"}},
    {ChecklistCategory::Paving, {"排水沟、地漏通畅", "Drains and gullies clear", "地漏堵塞，有积水"}},
    {ChecklistCategory::Greenery, {"绿植无枯枝黄叶", "Plants free of dead leaves", "盆栽枯黄，需更换"}},
}};

struct TypeSpec {
    const char* zh;
    const char* abbr;
    std::int64_t everyDays;
    ItemText special[3]; // zh == nullptr: no more items
};

// Indexed by AreaType.
constexpr std::array<TypeSpec, 12> typeSpecs{{
    {"大堂",
     "LBY",
     1,
     {{"门禁对讲系统正常", "Access intercom works", "门禁对讲无法呼通"},
      {"信报箱完好、无广告张贴", "Mailboxes intact, no flyers", "信报箱两格门损坏"}}},
    {"地下车库",
     "CPK",
     1,
     {{"道闸起落正常", "Barrier gate works", "道闸抬杆迟缓，偶尔不起杆"},
      {"车道标线与导向标识清晰", "Lane markings and direction signs clear", "车道标线磨损不清"},
      {"排风系统运行正常", "Ventilation fans running", "排风机未开启，空气浑浊"}}},
    {"楼梯间",
     "STR",
     2,
     {{"消防通道无杂物堵塞", "Fire escape free of obstructions", "楼梯转角堆放纸箱杂物"},
      {"应急照明与疏散指示正常", "Emergency lights and exit signs work", "疏散指示灯不亮"},
      {"防火门闭门器完好", "Fire door closers intact", "防火门闭门器损坏，门无法自闭"}}},
    {"花园",
     "GDN",
     1,
     {{"喷灌系统正常、无漏水", "Irrigation works, no leaks", "喷头损坏漏水"},
      {"乔灌木修剪及时", "Trees and shrubs pruned", "灌木徒长，遮挡步道"},
      {"水景水质清澈", "Water feature clear", "水景池水发绿有漂浮物"}}},
    {"销售大厅",
     "SLS",
     1,
     {{"沙盘模型灯光完好", "Sales model lighting works", "沙盘局部灯光不亮"},
      {"洽谈区桌椅整齐", "Negotiation area tidy", "洽谈区桌椅摆放凌乱"},
      {"宣传资料摆放齐全", "Brochures stocked", "楼书资料缺货"}}},
    {"走廊",
     "COR",
     1,
     {{"消火栓箱完好、配件齐全", "Hydrant cabinet complete", "消火栓箱水带缺失"},
      {"公共区域无私人堆物", "No private items in common areas", "走廊堆放住户杂物"}}},
    {"电梯",
     "LFT",
     1,
     {{"紧急呼叫按钮有效", "Alarm button works", "紧急呼叫无应答"},
      {"年检合格证在有效期内", "Inspection certificate valid", "年检合格证已过期"},
      {"轿厢平层准确", "Car levels accurately at floors", "轿厢平层误差明显"}}},
    {"出入口",
     "ENT",
     1,
     {{"岗亭人员在岗、着装规范", "Guard on duty in uniform", "岗亭人员离岗"},
      {"人行闸机正常", "Pedestrian turnstiles work", "人行闸机刷卡无反应"}}},
    {"儿童游乐场",
     "PLY",
     1,
     {{"游乐设施无松动、无锐边", "Play equipment secure, no sharp edges", "滑梯扶手螺丝松动"},
      {"安全地垫完好", "Safety mats intact", "安全地垫破损翘起"}}},
    {"会所",
     "CLB",
     1,
     {{"泳池水质检测记录齐全", "Pool water test log complete", "泳池水质记录缺两天"},
      {"健身器材运转正常", "Gym equipment works", "跑步机故障停用"}}},
    {"设备房",
     "EQP",
     7,
     {{"设备运行记录填写完整", "Equipment log complete", "运行记录未按时填写"},
      {"设备无异响、无异味", "No unusual noise or smell", "水泵运行有异响"},
      {"门锁完好、闲人免进标识清晰", "Locked, no-entry sign posted", "设备房门锁损坏"}}},
    {"周界",
     "PER",
     2,
     {{"围墙及栏杆无破损", "Walls and fences intact", "围墙栏杆断裂一处"},
      {"监控摄像头无遮挡", "CCTV cameras unobstructed", "摄像头被树枝遮挡"}}},
}};

struct BuildingSpec {
    std::size_t property;
    const char* name;
    const char* code;
    std::int64_t floors;
};

constexpr std::array<BuildingSpec, 6> buildingSpecs{{
    {0, "1号楼", "1", 22},
    {0, "2号楼", "2", 26},
    {0, "3号楼", "3", 30},
    {0, "4号楼", "4", 33},
    {1, "A座", "A", 30},
    {1, "销售中心", "S", 2},
}};

struct AreaSpec {
    std::size_t property;
    int building; // index into buildingSpecs, -1 for none
    AreaType type;
    const char* name;
};

// The residential buildings' lobbies, lifts and stairwells are added per building.
constexpr std::array<AreaSpec, 28> fixedAreas{{
    {0, -1, AreaType::CarPark, "地下车库B1"},
    {0, -1, AreaType::CarPark, "地下车库B2"},
    {0, -1, AreaType::Garden, "中心花园"},
    {0, -1, AreaType::Garden, "北侧景观带"},
    {0, -1, AreaType::Entrance, "南大门"},
    {0, -1, AreaType::Entrance, "东门人行入口"},
    {0, -1, AreaType::Playground, "儿童游乐场"},
    {0, -1, AreaType::Clubhouse, "会所"},
    {0, -1, AreaType::EquipmentRoom, "生活水泵房"},
    {0, -1, AreaType::EquipmentRoom, "配电房"},
    {0, -1, AreaType::Perimeter, "东侧围墙"},
    {0, -1, AreaType::Perimeter, "西侧围墙"},
    {1, 4, AreaType::Lobby, "A座大堂"},
    {1, 4, AreaType::Lift, "A座低区电梯"},
    {1, 4, AreaType::Lift, "A座高区电梯"},
    {1, 4, AreaType::Corridor, "A座5层走廊"},
    {1, 4, AreaType::Corridor, "A座12层走廊"},
    {1, 4, AreaType::Corridor, "A座20层走廊"},
    {1, 4, AreaType::Stairwell, "A座消防楼梯"},
    {1, 4, AreaType::EquipmentRoom, "A座空调机房"},
    {1, 4, AreaType::EquipmentRoom, "消防控制室"},
    {1, 4, AreaType::CarPark, "A座地下车库B1"},
    {1, 4, AreaType::Garden, "A座屋顶花园"},
    {1, 5, AreaType::SalesHall, "销售大厅"},
    {1, 5, AreaType::SalesHall, "洽谈区"},
    {1, 5, AreaType::SalesHall, "样板间"},
    {1, -1, AreaType::Entrance, "广场入口"},
    {1, -1, AreaType::Perimeter, "广场周界"},
}};

struct StaffSpec {
    const char* username;
    const char* name;
    StaffRole role;
    const char* team;
    unsigned properties; // bit 0: 翠湖花园, bit 1: 星河中心
    const char* skills[2];
};

constexpr std::array<StaffSpec, 10> staffSpecs{{
    {"patrol", "张伟", StaffRole::Patrol, "客服一组", 1, {"日常巡视", "装修巡查"}},
    {"patrol2", "李娜", StaffRole::Patrol, "客服一组", 1, {"日常巡视", "业主走访"}},
    {"patrol3", "王强", StaffRole::Patrol, "客服二组", 2, {"日常巡视", "装修巡查"}},
    {"patrol4", "赵磊", StaffRole::Patrol, "客服二组", 3, {"日常巡视", "设备巡检"}},
    {"patrol5", "陈静", StaffRole::Patrol, "客服一组", 1, {"日常巡视", "业主走访"}},
    {"specialist", "刘芳", StaffRole::Specialist, "客服一组", 1, {"电话回访", "投诉处理"}},
    {"specialist2", "周敏", StaffRole::Specialist, "客服二组", 2, {"电话回访", "会员服务"}},
    {"manager", "孙建国", StaffRole::Manager, "客服部", 3, {"投诉审批", "统计分析"}},
    {"office", "吴丽", StaffRole::Office, "客服前台", 3, {"报修登记", "派单"}},
    {"office2", "郑雪", StaffRole::Office, "客服前台", 3, {"报修登记", "统计报表"}},
}};

// Every CJK character here is three UTF-8 bytes; the most common surnames come first.
constexpr std::string_view surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡";
constexpr std::string_view maleChars = "伟强磊军洋勇杰涛明超刚平辉鹏华飞斌宇浩凯健俊";
constexpr std::string_view femaleChars = "芳娜敏静丽艳娟霞秀玲英红燕萍婷雪琳晶慧颖倩洁";
constexpr std::string_view malePrefixes = "志建国文晓嘉子家";
constexpr std::string_view femalePrefixes = "晓雅欣思佳梦雨美";

constexpr std::array<std::string_view, 16> phonePrefixes{"130", "131", "133", "135", "136", "137", "138", "139",
                                                         "150", "151", "152", "158", "159", "186", "188", "189"};
constexpr std::array<std::string_view, 5> preferredHours{"18:00-20:00", "09:00-11:00", "15:00-17:00", "19:00-20:30",
                                                         "10:00-11:30"};
constexpr std::array<std::string_view, 6> platePrefixes{"沪A·", "沪B·", "沪C·", "沪D·", "沪E·", "苏E·"};
constexpr std::array<std::string_view, 4> ownerPreferences{"工作日白天不在家，请傍晚联系", "家中有老人，上门请提前预约",
                                                           "习惯短信通知", "请勿周末上午来电"};
constexpr std::array<std::string_view, 3> satisfiedNotes{"业主对服务表示满意，感谢物业", "业主表示维修及时，师傅态度好",
                                                         "业主满意，无其他问题"};
constexpr std::array<std::string_view, 2> averageNotes{"业主认为上门等待较久，希望提前电话预约时间",
                                                       "业主反映保洁频次不够，楼道偶有异味"};
constexpr std::array<std::string_view, 2> unsatisfiedNotes{"业主反映漏水未彻底解决，已致歉并安排复修",
                                                           "业主对投诉处理周期过长不满，已致歉并承诺改进"};
constexpr std::array<std::string_view, 4> suggestions{"建议地库增加照明", "希望小区增设快递柜", "建议夜间加强巡逻",
                                                      "希望维修前提前电话预约"};
constexpr std::array<VisitPurpose, 7> donePurposes{
    VisitPurpose::AfterRepair, VisitPurpose::Satisfaction, VisitPurpose::AfterComplaint, VisitPurpose::Holiday,
    VisitPurpose::AfterRepair, VisitPurpose::Renewal,      VisitPurpose::NewOwner};

struct PropertySpec {
    const char* name;
    const char* code;
    PropertyKind kind;
    const char* address;
};

constexpr PropertySpec propertySpecs[] = {
    {"翠湖花园", "CHHY", PropertyKind::Residential, "上海市黄浦区翠湖路88弄"},
    {"星河中心", "XHZX", PropertyKind::Office, "上海市黄浦区星河路100号"},
};

// 翠湖花园 lies north-west of the reference point 31.2305 N 121.4737 E, 星河中心 south-east.
constexpr double origins[2][2] = {{31.2317, 121.4727}, {31.2293, 121.4751}};

} // namespace patrolbook::demo
