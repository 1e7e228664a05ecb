#include "cli/demo_reviews.hpp"

#include "handlers/review_notice.hpp"
#include "storage/console_repo.hpp"
#include "storage/review_repo.hpp"

#include <array>
#include <string_view>

namespace patrolbook::server {

namespace {

// What an office asks to put right, by kind of record.
constexpr std::array<std::string_view, 2> patrolIssues{
    "照片看不清，请补拍",
    "备注太简单，请写明具体位置和情况",
};
constexpr std::array<std::string_view, 2> visitIssues{
    "回访记录不完整，请补充业主的意见",
    "请写明回访的具体时间和方式",
};
constexpr std::array<std::string_view, 2> followUpIssues{
    "请补充整改期限和责任人",
    "问题描述不清楚，请写明具体位置",
};
constexpr std::array<std::string_view, 2> rejections{
    "重复提交，以另一条记录为准",
    "区域选错了，请重新巡检",
};

// A stable number per record (FNV-1a of its id): the same estate gets the same reviews.
std::uint32_t dice(const std::string& id)
{
    std::uint32_t h = 2166136261u;
    for (unsigned char c : id)
        h = (h ^ c) * 16777619u;
    return h;
}

} // namespace

void reviewDemoEstate(sqlite::Database& db, const DemoEstate& estate, Timestamp now)
{
    std::string office, manager;
    for (const auto& s : estate.staff) {
        if (s.username == "office")
            office = s.id;
        if (s.username == "manager")
            manager = s.id;
    }
    ConsoleRepo console(db);
    console.catchUp();
    ReviewRepo reviews(db);
    auto review = [&](const std::string& entity, const std::string& id, Timestamp at, const std::string& reviewer) {
        // The last week awaits review (the office reviews a week behind); so does all of
        // the default demo estate's week, which the tests rely on.
        if (at.plusMinutes(7 * 24 * 60) >= now)
            return;
        const auto row = console.row(entity, id);
        if (!row || row->staffId == reviewer)
            return;
        const auto roll = dice(id) % 100;
        ReviewAct act{
            entity, id, "received", std::nullopt, row->version, reviewer, std::min(at.plusMinutes(20 * 60), now).utcMs};
        if (roll < 80u) {
            act.state = "approved";
        } else if (roll < 84u) {
            act.state = "has_issues";
            const auto& issues = entity == "inspection" ? patrolIssues
                : entity == "owner_visit"               ? visitIssues
                                                        : followUpIssues;
            act.comment = std::string{issues[dice(id + "c") % issues.size()]};
        } else if (roll < 88u) {
            act.state = "rejected";
            act.comment = std::string{rejections[dice(id + "r") % rejections.size()]};
        } else {
            return; // awaiting review
        }
        reviews.add(act);
        sendReviewNotice(db, *row, act);
    };
    for (const auto& in : estate.inspections)
        if (in.status == RecordStatus::Finished)
            review("inspection", in.id, in.startedAt, manager);
    for (const auto& v : estate.visits)
        if (v.visitedAt)
            review("owner_visit", v.id, *v.visitedAt, office);
    for (const auto& f : estate.followUps)
        review("follow_up", f.id, f.createdAt, office);
}

} // namespace patrolbook::server
