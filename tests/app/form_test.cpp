// The visit and renovation forms and photo preparation, on a real store and real files.
#include "model_fixture.hpp"

#include "patrol_rules.hpp"
#include "photo_preparer.hpp"
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

    PhotoPreparer preparer(Session::instance()->photoDir());
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
    VisitForm form;
    const auto owner = records().ownersOfProperty(home().id).front();
    ASSERT_TRUE(form.start(QString::fromStdString(owner.id))) << form.errorString().toStdString();
    EXPECT_EQ(form.status(), "planned");
    EXPECT_FALSE(form.finish()) << "no outcome yet";
    EXPECT_TRUE(form.hasError());

    ASSERT_TRUE(form.setOutcome("unsatisfied"));
    EXPECT_FALSE(form.finish()) << "an unsatisfied owner's visit needs a note";
    ASSERT_TRUE(form.setNote("Lift noise at night, promised a check"));
    ASSERT_TRUE(form.finish()) << form.errorString().toStdString();
    EXPECT_EQ(form.status(), "done");
    const auto stored = records().get<OwnerVisit>(form.visitId().toStdString());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, VisitStatus::Done);
    EXPECT_EQ(stored->outcome, VisitOutcome::Unsatisfied);
    EXPECT_TRUE(stored->visitedAt.has_value());
    EXPECT_FALSE(form.setOutcome("delighted")) << "not an outcome";
}

TEST_F(FormTest, PlanningIntoRestHoursIsRefusedWithTheNextAllowedTime)
{
    VisitForm form;
    const auto owner = records().ownersOfProperty(home().id).front();
    ASSERT_TRUE(form.start(QString::fromStdString(owner.id)));
    const QDateTime tomorrow = nowDateTime().addDays(1);
    const QDateTime lunch(tomorrow.date(), QTime(12, 30), Qt::OffsetFromUTC, 8 * 3600);
    EXPECT_FALSE(form.plan(lunch));
    EXPECT_TRUE(form.errorString().contains("14:00")) << form.errorString().toStdString();
    const QDateTime afternoon(tomorrow.date(), QTime(15, 0), Qt::OffsetFromUTC, 8 * 3600);
    ASSERT_TRUE(form.plan(afternoon)) << form.errorString().toStdString();
    EXPECT_EQ(form.plannedAt().toMSecsSinceEpoch(), afternoon.toMSecsSinceEpoch());
}

TEST_F(FormTest, AnAcceptanceFinishesOnlyWithTheOwnersSignatureKeptAsAPhoto)
{
    RenovationForm form;
    const auto owner = records().ownersOfProperty(home().id).at(3);
    ASSERT_TRUE(form.start(QString::fromStdString(owner.id), "acceptance")) << form.errorString().toStdString();
    ASSERT_GT(form.total(), 0);
    for (int row = 0; row < form.total(); ++row)
        ASSERT_TRUE(form.setResult(row, row == 0 ? "fail" : "pass"));
    EXPECT_FALSE(form.items()->row(0).dueDate.isEmpty()) << "a problem gets a date to rectify by";
    EXPECT_FALSE(form.finish()) << "no signature";
    EXPECT_EQ(form.status(), "draft");

    ASSERT_TRUE(form.setSignature(pngDataUrl(600, 300))) << form.errorString().toStdString();
    EXPECT_TRUE(form.hasSignature());
    EXPECT_TRUE(form.signatureUrl().isLocalFile());
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
    EXPECT_TRUE(PatrolRules::positionWarning(area, lat, lon, 8).isEmpty()) << "at the area, precise";
    EXPECT_TRUE(PatrolRules::positionWarning(area, lat, lon, 60).contains("60")) << "imprecise";
    EXPECT_FALSE(PatrolRules::positionWarning(area, lat, lon, -1).isEmpty()) << "accuracy unknown";
    // About 1.1 km north of the area.
    const QString far = PatrolRules::positionWarning(area, lat + 0.01, lon, 8);
    EXPECT_TRUE(far.contains(QString::fromStdString(area.name))) << far.toStdString();
    EXPECT_TRUE(PatrolRules::positionWarning(std::nullopt, lat + 0.01, lon, 8).isEmpty()) << "no area to compare with";
}
