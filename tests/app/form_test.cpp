// The visit and renovation forms and photo preparation, on a real store and real files.
#include "model_fixture.hpp"

#include "photo_preparer.hpp"
#include "position_check.hpp"
#include "record_text.hpp"
#include "renovation_form.hpp"
#include "session.hpp"
#include "visit_form.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <algorithm>

#include <gtest/gtest.h>

using FormTest = ModelTest;
using namespace patrolbook;

namespace {

QString pngDataUrl(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.drawLine(10, 10, width - 10, height - 10);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return "data:image/png;base64," + QString::fromLatin1(png.toBase64());
}

} // namespace

TEST_F(FormTest, APhotoIsScaledToTheLimitSavedAsJpegAndNamedByItsHash)
{
    QImage big(4000, 3000, QImage::Format_RGB32);
    big.fill(QColor("#336699"));
    const QString source = dir_.filePath("camera.png");
    ASSERT_TRUE(big.save(source));

    PhotoPreparer preparer(session().photoDir());
    const auto photo
        = preparer.prepare(QUrl::fromLocalFile(source), "inspection_item", "11111111-1111-4111-8111-111111111111");
    EXPECT_EQ(photo.width, PhotoPreparer::maxEdge);
    EXPECT_EQ(photo.height, 1536) << "the aspect ratio is kept";
    EXPECT_EQ(photo.mimeType, "image/jpeg");
    const QUrl local = preparer.localUrl(photo.sha256);
    ASSERT_TRUE(local.isLocalFile());
    QFile file(local.toLocalFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_EQ(bytes.size(), photo.sizeBytes);
    EXPECT_EQ(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString(), photo.sha256);
    EXPECT_TRUE(bytes.startsWith("\xFF\xD8")) << "JPEG";

    EXPECT_THROW(preparer.prepare(QUrl::fromLocalFile(dir_.filePath("missing.jpg")), "inspection_item", "x"),
                 patrolbook::Error);
}

TEST_F(FormTest, AVisitIsDoneOnlyWithAnOutcomeAndANoteUnlessSatisfied)
{
    VisitForm form(&session());
    const auto owner = records().ownersOfProperty(home().id).front();
    ASSERT_TRUE(form.start(QString::fromStdString(owner.id))) << form.errorString().toStdString();
    EXPECT_EQ(form.status(), Values::VisitStatus::Planned);
    EXPECT_FALSE(form.finish()) << "no outcome yet";
    EXPECT_TRUE(form.hasError());

    ASSERT_TRUE(form.setOutcome(Values::VisitOutcome::Unsatisfied));
    EXPECT_FALSE(form.finish()) << "an unsatisfied owner's visit needs a note";
    ASSERT_TRUE(form.setNote("Lift noise at night, promised a check"));
    ASSERT_TRUE(form.finish()) << form.errorString().toStdString();
    EXPECT_EQ(form.status(), Values::VisitStatus::Done);
    const auto stored = records().get<OwnerVisit>(form.visitId().toStdString());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, VisitStatus::Done);
    EXPECT_EQ(stored->outcome, VisitOutcome::Unsatisfied);
    EXPECT_TRUE(stored->visitedAt.has_value());
    EXPECT_FALSE(form.setOutcome(static_cast<Values::VisitOutcome>(7))) << "not an outcome";
}

TEST_F(FormTest, PlanningIsReadAndJudgedOnThePropertysClockWhateverThePhonesZone)
{
    // This suite runs under TZ=UTC and TZ=Asia/Shanghai: the same times are typed and the
    // same refusals, with the same times in them, come back.
    VisitForm form(&session());
    const auto owner = records().ownersOfProperty(home().id).front();
    ASSERT_TRUE(form.start(QString::fromStdString(owner.id)));
    const QString tomorrow = nowDateTime().toOffsetFromUtc(8 * 3600).addDays(1).date().toString(Qt::ISODate);
    EXPECT_FALSE(form.plan(tomorrow, "12:30")) << "lunch rest";
    EXPECT_TRUE(form.errorString().contains(tomorrow + " 12:30")) << form.errorString().toStdString();
    EXPECT_TRUE(form.errorString().contains("14:00")) << form.errorString().toStdString();
    EXPECT_FALSE(form.plan(tomorrow, "21:30")) << "night rest, property time";
    EXPECT_TRUE(form.errorString().contains("08:00")) << form.errorString().toStdString();
    ASSERT_TRUE(form.plan(tomorrow, "20:30")) << form.errorString().toStdString();
    EXPECT_EQ(form.plannedDate(), tomorrow);
    EXPECT_EQ(form.plannedTime(), "20:30");
    EXPECT_TRUE(form.plannedAtText().startsWith(tomorrow + " 20:30")) << form.plannedAtText().toStdString();
    const auto stored = records().get<OwnerVisit>(form.visitId().toStdString());
    ASSERT_TRUE(stored && stored->plannedAt);
    EXPECT_EQ(stored->plannedAt->minuteOfDay(480), 20 * 60 + 30) << "20:30 in Shanghai";
    EXPECT_FALSE(form.plan(tomorrow, "25:00")) << "not a time";
}

TEST_F(FormTest, TheZoneIsNamedOnlyWhenThePhoneIsInAnotherOne)
{
    const bool phoneInShanghai = QDateTime::currentDateTime().offsetFromUtc() == 8 * 3600;
    const auto t = Timestamp::fromUtcMs(nowDateTime().toMSecsSinceEpoch(), 0);
    EXPECT_EQ(RecordText::propertyDateTime(t, 480), phoneInShanghai ? "2026-11-27 10:00" : "2026-11-27 10:00 (UTC+8)");
    EXPECT_EQ(RecordText::zoneName(330), "UTC+5:30");
    EXPECT_EQ(RecordText::zoneName(-300), "UTC-5");
    const auto local = RecordText::propertyLocal("2026-11-28", "08:05", 480);
    ASSERT_TRUE(local);
    EXPECT_EQ(local->utcMs, QDateTime(QDate(2026, 11, 28), QTime(0, 5), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_FALSE(RecordText::propertyLocal("2026-02-30", "08:05", 480));
    EXPECT_FALSE(RecordText::propertyLocal("2026-11-28", "8:5", 480));
}

TEST_F(FormTest, LookingAtAnOwnerWritesNothingUntilTheUserActs)
{
    const auto visitsBefore = records().count<OwnerVisit>();
    const auto pendingBefore = store().outbox().pendingCount();
    VisitForm form(&session());
    const auto owner = records().ownersOfProperty(home().id).at(2);
    ASSERT_TRUE(form.start(QString::fromStdString(owner.id)));
    EXPECT_EQ(form.status(), Values::VisitStatus::Planned);
    EXPECT_FALSE(form.saved());
    EXPECT_EQ(records().count<OwnerVisit>(), visitsBefore) << "looking is not visiting";
    EXPECT_EQ(store().outbox().pendingCount(), pendingBefore);

    ASSERT_TRUE(form.setChannel(Values::ContactChannel::InPerson));
    EXPECT_TRUE(form.saved());
    EXPECT_EQ(records().count<OwnerVisit>(), visitsBefore + 1);
    const auto stored = records().get<OwnerVisit>(form.visitId().toStdString());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->channel, ContactChannel::InPerson);
    EXPECT_EQ(stored->ownerId, owner.id);
}

TEST_F(FormTest, EachVisitShowsItsOwnBookingNeverThePreviousOwners)
{
    VisitForm form(&session());
    const auto owners = records().ownersOfProperty(home().id);
    ASSERT_TRUE(form.start(QString::fromStdString(owners.at(4).id)));
    const QString inTwoDays = nowDateTime().toOffsetFromUtc(8 * 3600).addDays(2).date().toString(Qt::ISODate);
    ASSERT_TRUE(form.plan(inTwoDays, "16:45")) << form.errorString().toStdString();
    ASSERT_TRUE(form.setNote("Asked about the parking fee"));

    ASSERT_TRUE(form.start(QString::fromStdString(owners.at(5).id)));
    EXPECT_NE(form.plannedTime(), "16:45");
    EXPECT_NE(form.plannedDate(), inTwoDays);
    EXPECT_TRUE(form.note().isEmpty());
    EXPECT_EQ(form.ownerId(), QString::fromStdString(owners.at(5).id));

    ASSERT_TRUE(form.start(QString::fromStdString(owners.at(4).id))) << "back to the first owner's open visit";
    EXPECT_EQ(form.plannedTime(), "16:45");
    EXPECT_EQ(form.note(), "Asked about the parking fee");
}

TEST_F(FormTest, AnAcceptanceFinishesOnlyWithTheOwnersSignatureKeptAsAPhoto)
{
    RenovationForm form(&session());
    const auto owner = records().ownersOfProperty(home().id).at(3);
    ASSERT_TRUE(form.start(QString::fromStdString(owner.id), Values::RenovationKind::Acceptance))
        << form.errorString().toStdString();
    ASSERT_GT(form.total(), 0);
    for (int row = 0; row < form.total(); ++row)
        ASSERT_TRUE(form.setResult(row, row == 0 ? Values::ItemResult::Fail : Values::ItemResult::Pass));
    EXPECT_FALSE(form.items()->row(0).dueDate.isEmpty()) << "a problem gets a date to rectify by";
    EXPECT_FALSE(form.finish()) << "no signature";
    EXPECT_EQ(form.status(), Values::RecordStatus::Draft);

    ASSERT_TRUE(form.setSignature(pngDataUrl(600, 300))) << form.errorString().toStdString();
    EXPECT_TRUE(form.hasSignature());
    EXPECT_EQ(form.signatureUrl().scheme(), "image") << "shown through the photos' provider";
    ASSERT_TRUE(form.finish()) << form.errorString().toStdString();
    const auto check = records().get<RenovationCheck>(form.checkId().toStdString());
    ASSERT_TRUE(check && check->signaturePhotoId);
    const auto photo = records().get<Photo>(*check->signaturePhotoId);
    ASSERT_TRUE(photo);
    EXPECT_EQ(photo->recordEntity, "renovation_check");
    EXPECT_EQ(photo->width, 600);

    EXPECT_FALSE(form.setSignature("data:text/plain;base64,aGVsbG8=")) << "not an image";
}

TEST_F(FormTest, AStampedPositionIsQuestionedWhenImpreciseUnknownOrFarFromTheArea)
{
    auto areas = records().areasOfProperty(home().id);
    const auto it = std::find_if(areas.begin(), areas.end(), [](const Area& a) { return a.center.has_value(); });
    ASSERT_NE(it, areas.end());
    const Area area = *it;
    const double lat = area.center->lat, lon = area.center->lon;
    EXPECT_TRUE(PositionCheck::warning(area, lat, lon, 8).isEmpty()) << "at the area, precise";
    EXPECT_TRUE(PositionCheck::warning(area, lat, lon, 60).contains("60")) << "imprecise";
    EXPECT_FALSE(PositionCheck::warning(area, lat, lon, -1).isEmpty()) << "accuracy unknown";
    // About 1.1 km north of the area.
    const QString far = PositionCheck::warning(area, lat + 0.01, lon, 8);
    EXPECT_TRUE(far.contains(QString::fromStdString(area.name))) << far.toStdString();
    EXPECT_TRUE(PositionCheck::warning(std::nullopt, lat + 0.01, lon, 8).isEmpty()) << "no area to compare with";
}
