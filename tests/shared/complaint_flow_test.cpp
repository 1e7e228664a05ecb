// The complaint loop (patrolbook/loops/complaint_flow.hpp), the job-duty document's six
// steps: every step allowed and refused, by role and relation, with what each needs.

#include "patrolbook/enum_names.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/loops/complaint_flow.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using enum ComplaintStatus;

namespace {

const std::string desk = "desk", handler = "handler", other = "other", boss = "boss";
const Timestamp now = Timestamp::fromUtcMs(1'800'000'000'000);

Complaint complaint(ComplaintStatus status)
{
    Complaint c;
    c.status = status;
    c.registeredBy = desk;
    c.handlerId = handler;
    return c;
}

// With what each step needs filled in, as the app fills it.
Complaint ready(ComplaintStatus status)
{
    auto c = complaint(status);
    c.judgement = ComplaintJudgement::Valid;
    c.cause = "保洁未按时清运";
    c.department = "cleaning";
    c.solution = "增加清运频次";
    c.consent = OwnerConsent::Verbal;
    c.evaluation = "处理及时";
    return c;
}

std::string applyError(const Complaint& c, std::string_view action, const std::string& who, StaffRole role,
                       const std::optional<std::string>& note = "说明")
{
    try {
        ComplaintFlow::apply(c, action, who, role, now, note);
    } catch (const Error& e) {
        return std::string{toString(e.code())} + ":" + e.field();
    }
    return "applied";
}

} // namespace

TEST(ComplaintFlow, EachOfTheSixStepsIsTakenByItsPeopleFromItsStatus)
{
    struct Case {
        ComplaintStatus from;
        std::string_view action;
        std::string who;
        StaffRole role;
        ComplaintStatus to;
    };
    for (const auto& c : std::vector<Case>{
             {Received, "accept", handler, StaffRole::Specialist, Judged},
             {Received, "accept", other, StaffRole::Office, Judged},
             {Received, "explain", handler, StaffRole::Patrol, Closed},
             {Judged, "investigate", handler, StaffRole::Patrol, Investigated},
             {Investigated, "propose", other, StaffRole::Specialist, Proposed},
             {Proposed, "approve", boss, StaffRole::Manager, Approved},
             {Proposed, "send_back", boss, StaffRole::Manager, Investigated},
             {Approved, "carry_out", handler, StaffRole::Patrol, CarriedOut},
             {CarriedOut, "visit", other, StaffRole::Specialist, Visited},
             {Visited, "close", boss, StaffRole::Manager, Closed},
         }) {
        const auto before = ready(c.from);
        const auto after = ComplaintFlow::apply(before, c.action, c.who, c.role, now, "说明");
        EXPECT_EQ(after.status, c.to) << c.action;
        EXPECT_EQ(ComplaintFlow::stepBetween(before, after, c.who, c.role), ComplaintFlow::step(c.action))
            << c.action << ": the server reads the same step back";
        EXPECT_FALSE(ComplaintFlow::refusal(before, after, c.who, c.role)) << c.action;
    }
}

TEST(ComplaintFlow, OnlyTheSupervisorApprovesSendsBackAndClosesAndNoStepSkipsAhead)
{
    struct Case {
        ComplaintStatus from;
        std::string_view action;
        std::string who;
        StaffRole role;
    };
    for (const auto& c : std::vector<Case>{
             {Proposed, "approve", handler, StaffRole::Specialist},
             {Proposed, "approve", desk, StaffRole::Office},
             {Proposed, "send_back", handler, StaffRole::Patrol},
             {Visited, "close", desk, StaffRole::Office},
             {Received, "accept", other, StaffRole::Patrol}, // not their complaint
             {CarriedOut, "visit", handler, StaffRole::Patrol}, // the return visit is the desk's
             {Received, "investigate", handler, StaffRole::Specialist}, // judge it first
             {Investigated, "approve", boss, StaffRole::Manager}, // nothing proposed yet
             {Proposed, "carry_out", handler, StaffRole::Specialist}, // not approved yet
             {Closed, "accept", boss, StaffRole::Manager},
         })
        EXPECT_EQ(applyError(ready(c.from), c.action, c.who, c.role), "forbidden:")
            << c.action << " from " << toString(c.from) << " by " << c.who;
}

TEST(ComplaintFlow, EachStepNeedsWhatTheDocumentAsksAndTheOwnersSignatureWhenTheyConfirmBySignature)
{
    auto judged = complaint(Judged);
    EXPECT_EQ(applyError(judged, "investigate", handler, StaffRole::Specialist), "required:cause");
    judged.cause = "原因";
    EXPECT_EQ(applyError(judged, "investigate", handler, StaffRole::Specialist), "required:department");
    EXPECT_EQ(applyError(complaint(Investigated), "propose", handler, StaffRole::Specialist), "required:solution");
    EXPECT_EQ(applyError(complaint(Received), "explain", handler, StaffRole::Specialist, std::nullopt),
              "required:step_note")
        << "closed with the reason explained";
    EXPECT_EQ(applyError(complaint(Proposed), "send_back", boss, StaffRole::Manager, " "), "required:step_note");
    EXPECT_EQ(applyError(complaint(Approved), "carry_out", handler, StaffRole::Specialist), "required:consent");
    auto signing = complaint(Approved);
    signing.consent = OwnerConsent::Signature;
    EXPECT_EQ(applyError(signing, "carry_out", handler, StaffRole::Specialist),
              "signature_required:signature_photo_id");
    signing.signaturePhotoId = "signature";
    EXPECT_EQ(applyError(signing, "carry_out", handler, StaffRole::Specialist), "applied");
    EXPECT_EQ(applyError(complaint(Visited), "close", boss, StaffRole::Manager), "required:evaluation");
}

TEST(ComplaintFlow, ApprovalStampsTheSupervisorAndSendingBackClearsIt)
{
    const auto approved = ComplaintFlow::apply(ready(Proposed), "approve", boss, StaffRole::Manager, now);
    EXPECT_EQ(approved.approvedBy, boss);
    EXPECT_EQ(approved.approvedAt, now);
    const auto sentBack = ComplaintFlow::apply(ready(Proposed), "send_back", boss, StaffRole::Manager, now, "再查");
    EXPECT_FALSE(sentBack.approvedBy);
    const auto explained = ComplaintFlow::apply(complaint(Received), "explain", desk, StaffRole::Office, now, "已解释");
    EXPECT_EQ(explained.judgement, ComplaintJudgement::Explained);
    EXPECT_EQ(explained.closedAt, now);
    EXPECT_TRUE(escalates(ComplaintSeverity::Major));
    EXPECT_FALSE(escalates(ComplaintSeverity::Normal));
}
