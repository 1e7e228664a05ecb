// The patrol form on a real store: a patrol comes into being with the user's first
// answer, a failed line gets its follow-up, which describes the fault, the patrol
// finishes only when complete, and its detail lists what the form listed.
#include "model_fixture.hpp"

#include "patrol_form.hpp"
#include "record_detail.hpp"
#include "session.hpp"

#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/records.hpp"

#include <QLocale>

#include <gtest/gtest.h>

using PatrolFormTest = ModelTest;
using namespace patrolbook;

namespace {

QString id(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

TEST_F(PatrolFormTest, LookingAtAnAreaWritesNothingUntilTheFirstAnswer)
{
    const auto area = records().areasOfProperty(home().id).front();
    const auto inspections = records().count<Inspection>();
    const auto items = records().count<InspectionItem>();
    const auto pending = store().outbox().pendingCount();

    PatrolForm form(&session());
    ASSERT_TRUE(form.start(id(area.id))) << form.errorString().toStdString();
    EXPECT_GT(form.total(), 0) << "the checklist is shown";
    EXPECT_EQ(form.status(), Values::RecordStatus::Draft);
    EXPECT_FALSE(form.saved());
    EXPECT_EQ(records().count<Inspection>(), inspections) << "looking is not patrolling";
    EXPECT_EQ(records().count<InspectionItem>(), items);
    EXPECT_EQ(store().outbox().pendingCount(), pending) << "nothing to sync";

    ASSERT_TRUE(form.setResult(1, Values::ItemResult::Pass)) << form.errorString().toStdString();
    EXPECT_TRUE(form.saved());
    EXPECT_EQ(records().count<Inspection>(), inspections + 1);
    EXPECT_EQ(records().count<InspectionItem>(), items + form.total());
    const auto stored = records().get<Inspection>(form.inspectionId().toStdString());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->startedAt.offsetMin, home().utcOffsetMin) << "stamped on the property's clock";

    PatrolForm again(&session());
    ASSERT_TRUE(again.start(id(area.id)));
    EXPECT_EQ(again.inspectionId(), form.inspectionId()) << "the draft is taken up again";
    EXPECT_EQ(again.answered(), 1);
}

TEST_F(PatrolFormTest, ADraftWhoseAnswersWereAllClearedLeavesNothingBehind)
{
    const auto area = records().areasOfProperty(home().id).at(1);
    const auto inspections = records().count<Inspection>();
    const auto pending = store().outbox().pendingCount();
    PatrolForm form(&session());
    ASSERT_TRUE(form.start(id(area.id)));
    ASSERT_TRUE(form.setResult(0, Values::ItemResult::Fail));
    ASSERT_TRUE(form.setResult(0, Values::ItemResult::Unset));
    ASSERT_TRUE(form.leave());
    EXPECT_EQ(records().count<Inspection>(), inspections);
    EXPECT_EQ(store().outbox().pendingCount(), pending) << "no change waits to be sent";

    ASSERT_TRUE(form.start(id(area.id)));
    ASSERT_TRUE(form.setNote("Gate lock stiff"));
    ASSERT_TRUE(form.leave());
    EXPECT_EQ(records().count<Inspection>(), inspections + 1) << "a draft with something in it stays";
}

TEST_F(PatrolFormTest, AFollowUpDescribesTheFaultWithTheOfficersNoteAndNoUiWording)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto area = records().areasOfProperty(home().id).front();
    PatrolForm form(&session());
    ASSERT_TRUE(form.start(id(area.id)));
    ASSERT_TRUE(form.setResult(0, Values::ItemResult::Fail));
    const auto item = records().get<InspectionItem>(form.items()->row(0).itemId.toStdString());
    ASSERT_TRUE(item);
    auto fu = PatrolRules::followUpOf(store(), item->id);
    ASSERT_TRUE(fu);
    EXPECT_EQ(fu->description, "\u2717 " + item->title) << "the line marked as failed, in the checklist's words";
    EXPECT_NE(QString::fromStdString(fu->description), "\u2717 " + form.items()->row(0).title)
        << "not the English title the screen shows";

    ASSERT_TRUE(form.setItemNote(0, "Flyers on the east wall"));
    fu = PatrolRules::followUpOf(store(), item->id);
    EXPECT_EQ(fu->description, "\u2717 " + item->title + " \u2014 Flyers on the east wall");
    EXPECT_EQ(form.items()->row(0).followUpText.toStdString(), fu->description);

    ASSERT_TRUE(form.setFollowUp(0, "Remove the flyers, repaint", "", ""));
    ASSERT_TRUE(form.setItemNote(0, "Flyers and graffiti"));
    EXPECT_EQ(PatrolRules::followUpOf(store(), item->id)->description, "Remove the flyers, repaint")
        << "words the user chose are kept";
    QLocale::setDefault(QLocale::c());
}

TEST_F(PatrolFormTest, TheRecordListsItsLinesAsTheFormDidInTheSameLanguageAndOrder)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto area = records().areasOfProperty(home().id).front();
    PatrolForm form(&session());
    ASSERT_TRUE(form.start(id(area.id)));
    for (int row = form.total() - 1; row >= 0; --row) // answered from the bottom up
        ASSERT_TRUE(form.setResult(row, Values::ItemResult::Pass));
    ASSERT_TRUE(form.finish()) << form.errorString().toStdString();

    RecordDetail detail(&session());
    detail.load("inspection", form.inspectionId());
    ASSERT_EQ(detail.lines().size(), form.total());
    for (int row = 0; row < form.total(); ++row)
        EXPECT_EQ(detail.lines().at(row).toMap().value("title").toString(), form.items()->row(row).title) << row;
    QLocale::setDefault(QLocale::c());
}

TEST_F(PatrolFormTest, AFailedLineGetsItsFollowUpInTheSameSaveAndLosesItIfAnsweredAgain)
{
    PatrolForm form(&session());
    const auto areas = store().records().all<patrolbook::Area>();
    ASSERT_FALSE(areas.empty());
    ASSERT_TRUE(form.start(QString::fromStdString(areas.front().id))) << form.errorString().toStdString();
    const auto before = store().records().count<patrolbook::FollowUp>();
    ASSERT_TRUE(form.setResult(0, Values::ItemResult::Fail));
    EXPECT_EQ(store().records().count<patrolbook::FollowUp>(), before + 1);
    EXPECT_FALSE(form.items()->row(0).followUpId.isEmpty());
    ASSERT_TRUE(form.setFollowUp(0, "Broken tile", "", "2026-12-31"));
    EXPECT_EQ(form.items()->row(0).followUpText, "Broken tile");
    EXPECT_EQ(form.items()->row(0).dueDate, "2026-12-31");
    EXPECT_FALSE(form.setFollowUp(0, "  ", "", "")) << "what is wrong must be said";
    EXPECT_TRUE(form.hasError());
    EXPECT_FALSE(form.setFollowUp(0, "Broken tile", "", "31/12/2026")) << "not a date";

    ASSERT_TRUE(form.setResult(0, Values::ItemResult::Pass));
    EXPECT_EQ(store().records().count<patrolbook::FollowUp>(), before)
        << "a follow-up that never left the phone goes with the failed answer";
    EXPECT_TRUE(form.items()->row(0).followUpId.isEmpty());
}

TEST_F(PatrolFormTest, APatrolFinishesOnlyWhenEveryLineIsAnswered)
{
    PatrolForm form(&session());
    const auto areas = store().records().all<patrolbook::Area>();
    ASSERT_TRUE(form.start(QString::fromStdString(areas.back().id)));
    for (int row = 0; row + 1 < form.total(); ++row)
        ASSERT_TRUE(form.setResult(row, Values::ItemResult::Pass));
    EXPECT_FALSE(form.finish());
    EXPECT_TRUE(form.errorString().contains(form.items()->row(form.total() - 1).title));
    EXPECT_EQ(form.status(), Values::RecordStatus::Draft);
    ASSERT_TRUE(form.setResult(form.total() - 1, Values::ItemResult::NotApplicable));
    EXPECT_TRUE(form.finish()) << form.errorString().toStdString();
    const auto stored = store().records().get<patrolbook::Inspection>(form.inspectionId().toStdString());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, patrolbook::RecordStatus::Finished);
    EXPECT_TRUE(stored->finishedAt.has_value());
}
