// Complaints (投诉) on the phone and tablet through the six steps: intake (a major one is
// escalated to the manager), judge, investigate, propose, the manager's approval, carry
// out with the owner's confirmation, the return visit and the manager's evaluation.
#include "model_fixture.hpp"

#include "complaint_actions.hpp"
#include "loop_intake.hpp"
#include "loop_list_model.hpp"
#include "session.hpp"

#include "patrolbook/sync/device_state.hpp"

#include <QAbstractItemModelTester>

class ComplaintStepsTest : public ModelTest {
protected:
    void signInAs(const std::string& username, const std::string& role)
    {
        const auto& user = staff(username);
        patrolbook::sync::DeviceState(store().database())
            .setSignIn("test-token", {{"id", user.id}, {"name", user.name}, {"role", role}});
        session().reloadUser();
    }

    QString received(const QString& severity = "normal")
    {
        signInAs("specialist", "specialist");
        LoopIntake intake(&session());
        const auto id = intake.registerComplaint(QString::fromStdString(estate_.owners[3].id), {}, "in_person",
                                                 "夜间装修噪音扰民", "noise", severity);
        EXPECT_FALSE(id.isEmpty()) << intake.errorString().toStdString();
        return id;
    }

    patrolbook::Complaint complaint(const QString& id)
    {
        return *records().get<patrolbook::Complaint>(id.toStdString());
    }
};

TEST_F(ComplaintStepsTest, IntakeTakesTheOwnerAsComplainantAndAMajorOneIsEscalated)
{
    const auto normal = complaint(received());
    EXPECT_EQ(normal.complainant, estate_.owners[3].name);
    EXPECT_EQ(normal.complaintClass, "noise");
    EXPECT_EQ(normal.status, patrolbook::ComplaintStatus::Received);
    EXPECT_FALSE(normal.escalated);
    const auto major = complaint(received("major"));
    EXPECT_TRUE(major.escalated) << "the manager is told at once";
    LoopIntake intake(&session());
    EXPECT_TRUE(intake.escalates("emergency"));
    EXPECT_FALSE(intake.escalates("normal"));
}

TEST_F(ComplaintStepsTest, TheClassesAreTheDefaultListInTheUsersWords)
{
    LoopIntake intake(&session());
    const auto classes = intake.options("class");
    ASSERT_EQ(classes.size(), 10);
    EXPECT_EQ(classes.front().toMap().value("value").toString(), "service_attitude");
    EXPECT_FALSE(classes.front().toMap().value("label").toString().isEmpty());
}

TEST_F(ComplaintStepsTest, AnUnfoundedComplaintIsExplainedAndClosedWithTheReason)
{
    const auto id = received();
    ComplaintActions steps(&session());
    steps.setComplaintId(id);
    EXPECT_FALSE(steps.explain(""));
    ASSERT_TRUE(steps.explain("施工在允许时段内"));
    EXPECT_EQ(complaint(id).status, patrolbook::ComplaintStatus::Closed);
    EXPECT_EQ(complaint(id).judgement, patrolbook::ComplaintJudgement::Explained);
    EXPECT_TRUE(steps.steps().isEmpty());
}

TEST_F(ComplaintStepsTest, ItGoesThroughTheSixStepsWithOnlyTheManagerApproving)
{
    const auto id = received();
    ComplaintActions steps(&session());
    steps.setComplaintId(id);
    ASSERT_TRUE(steps.judgeValid()) << steps.errorString().toStdString();
    EXPECT_FALSE(steps.investigate("", "", "")) << "the cause and the department";
    ASSERT_TRUE(steps.investigate("装修队未按规定时间施工", "engineering", "王工"));
    ASSERT_TRUE(steps.propose("约谈装修队并罚款"));
    EXPECT_EQ(complaint(id).status, patrolbook::ComplaintStatus::Proposed);
    EXPECT_FALSE(steps.can("approve")) << "the specialist does not approve";
    EXPECT_FALSE(steps.approve());
    EXPECT_TRUE(steps.hasError());

    signInAs("manager", "manager");
    LoopListModel approvals(&session());
    QAbstractItemModelTester tester(&approvals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    approvals.setEntity("complaint");
    approvals.setFilter("approval");
    EXPECT_TRUE(strings(approvals, LoopListModel::RecordIdRole).contains(id));
    EXPECT_TRUE(steps.can("approve"));
    EXPECT_FALSE(steps.sendBack("")) << "sending back says why";
    ASSERT_TRUE(steps.sendBack("罚款依据不足"));
    EXPECT_EQ(complaint(id).status, patrolbook::ComplaintStatus::Investigated);

    signInAs("specialist", "specialist");
    ASSERT_TRUE(steps.propose("约谈装修队，书面警告"));
    signInAs("manager", "manager");
    ASSERT_TRUE(steps.approve());
    EXPECT_EQ(complaint(id).approvedBy, staff("manager").id);
    notifySaved();
    EXPECT_FALSE(strings(approvals, LoopListModel::RecordIdRole).contains(id));

    signInAs("specialist", "specialist");
    EXPECT_FALSE(steps.carryOut("signature", "", "")) << "a signature confirmation needs the signature";
    ASSERT_TRUE(steps.carryOut("verbal", "书面警告", "业主表示满意"));
    EXPECT_EQ(complaint(id).consent, patrolbook::OwnerConsent::Verbal);
    ASSERT_TRUE(steps.markVisited());
    EXPECT_FALSE(steps.can("close")) << "the manager's evaluation closes it";

    signInAs("manager", "manager");
    EXPECT_FALSE(steps.close("", "")) << "closing needs the evaluation";
    ASSERT_TRUE(steps.close("处理及时", "装修登记时提醒施工时段"));
    const auto closed = complaint(id);
    EXPECT_EQ(closed.status, patrolbook::ComplaintStatus::Closed);
    EXPECT_EQ(closed.improvement, "装修登记时提醒施工时段");
    EXPECT_TRUE(closed.closedAt.has_value());
}
