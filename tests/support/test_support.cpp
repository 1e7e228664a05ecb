#include "test_support.hpp"

#include "patrolbook/uuid.hpp"

#include <random>

namespace patrolbook::test {

TempDir::TempDir()
{
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("patrolbook-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

Timestamp sampleTime()
{
    return Timestamp::fromLocal(2026, 11, 27, 10, 0, 0, 480);
}

namespace {
const GeoPoint here{31.2305, 121.4737, 6.5};
}

template <>
Property sample()
{
    Property r;
    r.id = newUuid();
    r.name = "翠湖花园";
    r.code = "CHHY";
    r.kind = PropertyKind::Residential;
    r.address = "上海市黄浦区湖滨路 1 号";
    r.utcOffsetMin = 480;
    r.restHours = {"12:00-14:00", "21:00-08:00"};
    return r;
}

template <>
Building sample()
{
    Building r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.name = "3号楼";
    r.code = "B3";
    r.floors = 32;
    return r;
}

template <>
Checklist sample()
{
    Checklist r;
    r.id = newUuid();
    r.areaType = AreaType::CarPark;
    r.name = "地下车库巡视标准";
    r.revision = 3;
    r.items = {{"CLN-01", ChecklistCategory::Cleanliness, "地面无垃圾、无油污", "Floor free of litter and oil", ""},
               {"SPC-01", ChecklistCategory::Special, "道闸起落正常", "Barrier gate works", "抬杆三次"}};
    return r;
}

template <>
ChecklistRevision sample()
{
    ChecklistRevision r;
    r.id = newUuid();
    r.checklistId = newUuid();
    r.revision = 2;
    r.name = "地下车库巡视标准";
    r.areaType = AreaType::CarPark;
    r.items = {{"CLN-01", ChecklistCategory::Cleanliness, "地面无垃圾、无油污", "Floor free of litter and oil", ""}};
    r.publishedAt = sampleTime();
    r.publishedBy = newUuid();
    return r;
}

template <>
Area sample()
{
    Area r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.buildingId = newUuid();
    r.name = "地下车库B1";
    r.code = "CP-B1";
    r.areaType = AreaType::CarPark;
    r.checklistId = newUuid();
    r.center = GeoPoint{31.2305, 121.4737, std::nullopt};
    r.radiusM = 60;
    r.patrolEveryDays = 1;
    r.active = true;
    return r;
}

template <>
Staff sample()
{
    Staff r;
    r.id = newUuid();
    r.name = "李明";
    r.username = "liming";
    r.role = StaffRole::Patrol;
    r.team = "客服一组";
    r.propertyIds = {newUuid(), newUuid()};
    r.phone = "13800138000";
    r.skills = {"电梯", "消防"};
    r.active = true;
    return r;
}

template <>
Unit sample()
{
    Unit r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.buildingId = newUuid();
    r.number = "3-1502";
    r.floor = 15;
    r.areaSqm = 128.5;
    return r;
}

template <>
Owner sample()
{
    Owner r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.unitId = newUuid();
    r.name = "王建国";
    r.gender = Gender::Male;
    r.phone = "13912345678";
    r.email = "wang@example.cn";
    r.member = true;
    r.memberCardNo = "M-000123";
    r.channels = {ContactChannel::Phone, ContactChannel::Sms};
    r.preferredHours = {"18:00-20:00"};
    r.carPlate = "沪A·12345";
    r.preferences = "喜欢短信通知";
    r.assignedStaffId = newUuid();
    r.assignedAt = sampleTime().plusMinutes(-3 * 24 * 60);
    return r;
}

template <>
Inspection sample()
{
    Inspection r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.areaId = newUuid();
    r.checklistId = newUuid();
    r.inspectorId = newUuid();
    r.startedAt = sampleTime();
    r.finishedAt = sampleTime().plusMinutes(12);
    r.status = RecordStatus::Draft;
    r.position = here;
    r.note = "雨天，地面湿滑";
    r.deviceId = "android-7f3a";
    return r;
}

template <>
InspectionItem sample()
{
    InspectionItem r;
    r.id = newUuid();
    r.inspectionId = newUuid();
    r.itemCode = "CLN-01";
    r.category = ChecklistCategory::Cleanliness;
    r.title = "地面无垃圾、无油污";
    r.result = ItemResult::Fail;
    r.note = "B1-023 车位有油污";
    r.photoIds = {newUuid()};
    r.answeredAt = sampleTime().plusMinutes(3);
    return r;
}

template <>
RenovationCheck sample()
{
    RenovationCheck r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.unitId = newUuid();
    r.ownerId = newUuid();
    r.kind = RenovationKind::Acceptance;
    r.inspectorId = newUuid();
    r.startedAt = sampleTime();
    r.finishedAt = sampleTime().plusMinutes(40);
    r.status = RecordStatus::Draft;
    r.contractor = "上海安居装饰";
    r.permitNo = "ZX-2026-0457";
    r.note = "卫生间防水已做闭水试验";
    r.signaturePhotoId = newUuid();
    r.position = here;
    r.rechecksId = newUuid();
    return r;
}

template <>
RenovationItem sample()
{
    RenovationItem r;
    r.id = newUuid();
    r.checkId = newUuid();
    r.itemCode = "WTR-01";
    r.title = "闭水试验 48 小时";
    r.result = ItemResult::Fail;
    r.note = "楼下天花有渗水";
    r.photoIds = {newUuid(), newUuid()};
    r.rectifyBy = sampleTime().plusMinutes(7 * 24 * 60);
    return r;
}

template <>
OwnerVisit sample()
{
    OwnerVisit r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.ownerId = newUuid();
    r.unitId = newUuid();
    r.staffId = newUuid();
    r.channel = ContactChannel::Phone;
    r.purpose = VisitPurpose::AfterRepair;
    r.status = VisitStatus::Done;
    r.plannedAt = sampleTime();
    r.visitedAt = sampleTime().plusMinutes(30);
    r.serviceKind = ServiceKind::Repair;
    r.serviceRef = "WX-20261125-017";
    r.serviceCompletedAt = sampleTime().plusMinutes(-2 * 24 * 60);
    r.outcome = VisitOutcome::Average;
    r.note = "维修及时，但师傅未清理现场";
    r.suggestions = "维修后请清理垃圾";
    r.durationMin = 4;
    r.rule = VisitRule::AfterService;
    return r;
}

template <>
FollowUp sample()
{
    FollowUp r;
    r.id = newUuid();
    r.propertyId = newUuid();
    r.sourceEntity = FollowUpSource::InspectionItem;
    r.sourceId = newUuid();
    r.areaId = newUuid();
    r.unitId = newUuid();
    r.description = "B1-023 车位油污需清洗";
    r.assigneeId = newUuid();
    r.dueAt = sampleTime().plusMinutes(2 * 24 * 60);
    r.status = FollowUpStatus::Closed;
    r.createdBy = newUuid();
    r.createdAt = sampleTime();
    r.verifiedBy = newUuid();
    r.verifiedAt = sampleTime().plusMinutes(24 * 60);
    r.resolution = "已用除油剂清洗";
    r.afterPhotoIds = {newUuid()};
    r.stepNote = "复查合格";
    r.stepAt = sampleTime().plusMinutes(24 * 60);
    return r;
}

template <>
Photo sample()
{
    Photo r;
    r.id = newUuid();
    r.sha256 = std::string(64, 'a');
    r.sizeBytes = 345'678;
    r.width = 2048;
    r.height = 1536;
    r.mimeType = "image/jpeg";
    r.takenAt = sampleTime().plusMinutes(3);
    r.position = here;
    r.recordEntity = "inspection_item";
    r.recordId = newUuid();
    return r;
}

} // namespace patrolbook::test
