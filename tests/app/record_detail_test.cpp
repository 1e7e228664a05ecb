// A record's detail, and the sync problems the user must act on.
#include "model_fixture.hpp"

#include "photo_cache.hpp"
#include "problem_list_model.hpp"
#include "record_detail.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "vocabulary.hpp"

#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/uuid.hpp"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QVariantMap>

#include <map>

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString valueOf(const QVariantList& fields, const QString& label)
{
    for (const auto& f : fields)
        if (f.toMap().value("label").toString() == label)
            return f.toMap().value("value").toString();
    return {};
}

QVariant at(const QAbstractItemModel& model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

} // namespace

TEST_F(ModelTest, RecordDetailShowsAPatrolWithItsLinesPhotosAndPosition)
{
    const auto inspection = *std::find_if(estate_.inspections.begin(), estate_.inspections.end(), [&](const auto& i) {
        return i.status == patrolbook::RecordStatus::Finished && i.note;
    });
    std::vector<patrolbook::InspectionItem> items;
    for (const auto& item : estate_.inspectionItems)
        if (item.inspectionId == inspection.id)
            items.push_back(item);
    auto failed = *std::find_if(items.begin(), items.end(),
                                [](const auto& i) { return i.result == patrolbook::ItemResult::Fail; });
    // Two photos of the failed line: one still on the phone, one uploaded (file gone).
    std::vector<patrolbook::Photo> photos(2);
    for (std::size_t k = 0; k < photos.size(); ++k) {
        auto& p = photos[k];
        p.id = patrolbook::newUuid();
        p.version = 1;
        p.sha256 = std::string(63, 'a') + char('0' + k);
        p.sizeBytes = 4;
        p.width = p.height = 1;
        p.takenAt = now();
        p.recordEntity = "inspection_item";
        p.recordId = failed.id;
        records().putFromServer(p);
        failed.photoIds.push_back(p.id);
    }
    failed.version += 1;
    records().putFromServer(failed);
    const QString kept = QDir(session().photoDir()).filePath(QString::fromStdString(photos[0].sha256) + ".jpg");
    QFile file(kept);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("jpeg");
    file.close();

    RecordDetail detail(&session());
    QSignalSpy changed(&detail, &RecordDetail::changed);
    detail.load("inspection", QString::fromStdString(inspection.id));
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(detail.found());
    const auto& area = *std::find_if(estate_.areas.begin(), estate_.areas.end(),
                                     [&](const auto& a) { return a.id == inspection.areaId; });
    EXPECT_EQ(detail.title().toStdString(), area.name);
    EXPECT_EQ(valueOf(detail.fields(), "Area").toStdString(), area.name);
    EXPECT_EQ(valueOf(detail.fields(), "Status"), "Finished");
    EXPECT_EQ(valueOf(detail.fields(), "Note").toStdString(), *inspection.note);
    const QString started = QDateTime::fromMSecsSinceEpoch(inspection.startedAt.utcMs, Qt::OffsetFromUTC, 8 * 3600)
                                .toString("yyyy-MM-dd HH:mm");
    // On the property's clock, the zone named when the phone is elsewhere (this suite runs
    // under TZ=UTC and TZ=Asia/Shanghai).
    const bool phoneInShanghai = QDateTime::currentDateTime().offsetFromUtc() == 8 * 3600;
    EXPECT_EQ(valueOf(detail.fields(), "Started"), phoneInShanghai ? started : started + " (UTC+8)");
    ASSERT_EQ(detail.lines().size(), qsizetype(items.size()));
    int failedLines = 0;
    for (const auto& line : detail.lines()) {
        const auto map = line.toMap();
        if (map.value("result").toInt() != int(Values::ItemResult::Fail))
            continue;
        ++failedLines;
        if (map.value("note").toString().toStdString() == *failed.note) {
            // Both: the one on the phone from its file, the uploaded one fetched when shown.
            EXPECT_EQ(map.value("photos").toList(),
                      (QVariantList{PhotoCache::urlOf(photos[0].sha256), PhotoCache::urlOf(photos[1].sha256)}));
        }
    }
    EXPECT_GE(failedLines, 1);
    EXPECT_EQ(detail.photoCount(), 2) << "the uploaded photo counts";
    EXPECT_EQ(detail.photos().size(), 2) << "and shows: the device's file is not needed to show it";
    EXPECT_TRUE(detail.position().contains(QString::number(inspection.position->lat, 'f', 5)));
    EXPECT_TRUE(detail.position().contains("±")) << detail.position().toStdString();
    EXPECT_EQ(detail.syncState(), Values::SyncState::Synced);

    detail.load("inspection", "no-such-record");
    EXPECT_FALSE(detail.found());
    EXPECT_TRUE(detail.fields().isEmpty());
    EXPECT_TRUE(detail.lines().isEmpty());
}

TEST_F(ModelTest, RecordDetailSaysWhyTheServerRefusedALine)
{
    const auto draft = *std::find_if(estate_.inspections.begin(), estate_.inspections.end(), [&](const auto& i) {
        return i.status == patrolbook::RecordStatus::Draft && i.inspectorId == userId_;
    });
    auto item = *std::find_if(estate_.inspectionItems.begin(), estate_.inspectionItems.end(),
                              [&](const auto& i) { return i.inspectionId == draft.id && !i.result; });
    item.result = patrolbook::ItemResult::Pass;
    records().update(item);
    RecordDetail detail(&session());
    detail.load("inspection", QString::fromStdString(draft.id));
    EXPECT_EQ(detail.syncState(), Values::SyncState::Pending) << "a line waits to be sent";
    for (const auto& e : store().outbox().unacknowledged(10)) {
        store().outbox().markSent(e.seq);
        store().outbox().reject(e.seq, "the inspection is closed");
    }
    notifySaved(); // the detail follows the store
    EXPECT_EQ(detail.syncState(), Values::SyncState::Rejected);
    EXPECT_EQ(detail.syncReason(), "the inspection is closed");
}

TEST_F(ModelTest, ProblemListShowsRefusalsAndConflictsWithWhatCanBeDone)
{
    ProblemListModel model;
    QAbstractItemModelTester tester(&model, fatal);
    model.reload(store());
    EXPECT_EQ(model.rowCount(), 0);

    // A follow-up made here that the server refused, and an edit of a server record refused.
    patrolbook::FollowUp created;
    created.id = patrolbook::newUuid();
    created.propertyId = other().id;
    created.areaId = estate_.areas.back().id;
    created.description = "草坪有积水";
    created.createdBy = userId_;
    created.createdAt = now();
    records().insert(created);
    auto edited = *std::find_if(estate_.followUps.begin(), estate_.followUps.end(),
                                [](const auto& f) { return f.status == patrolbook::FollowUpStatus::Open; });
    edited.status = patrolbook::FollowUpStatus::InProgress;
    records().update(edited);
    std::map<std::string, std::int64_t> seqOf;
    for (const auto& e : store().outbox().unacknowledged(10)) {
        seqOf[e.recordId] = e.seq;
        store().outbox().markSent(e.seq);
    }
    store().outbox().reject(seqOf.at(created.id), "not your property");
    store().outbox().reject(seqOf.at(edited.id), "only the assignee may change the status");
    patrolbook::sync::DeviceState(store().database())
        .addConflict({"inspection", estate_.inspections[0].id, "changed on the server too; your version was kept"});
    // A line is no record the list shows on its own: the card offers no "Open".
    const auto lineId = patrolbook::newUuid();
    patrolbook::sync::DeviceState(store().database())
        .addConflict({"inspection_item", lineId, "changed on the server too"});
    model.reload(store());
    ASSERT_EQ(model.rowCount(), 4);
    for (int row = 0; row < 3; ++row)
        EXPECT_TRUE(at(model, row, ProblemListModel::OpenableRole).toBool()) << row;
    EXPECT_FALSE(at(model, 3, ProblemListModel::OpenableRole).toBool());

    EXPECT_EQ(at(model, 0, ProblemListModel::KindRole).toInt(), int(Values::SyncState::Rejected));
    EXPECT_EQ(at(model, 0, ProblemListModel::SeqRole).toLongLong(), seqOf.at(created.id));
    EXPECT_EQ(at(model, 0, ProblemListModel::EntityRole).toString(), "follow_up");
    EXPECT_EQ(at(model, 0, ProblemListModel::RecordIdRole).toString().toStdString(), created.id);
    EXPECT_EQ(at(model, 0, ProblemListModel::ReasonRole).toString(), "not your property");
    EXPECT_TRUE(at(model, 0, ProblemListModel::TitleRole).toString().contains("草坪有积水"));
    EXPECT_TRUE(at(model, 0, ProblemListModel::CanDiscardRole).toBool()) << "a refused creation can be given up";

    EXPECT_EQ(at(model, 1, ProblemListModel::RecordIdRole).toString().toStdString(), edited.id);
    EXPECT_FALSE(at(model, 1, ProblemListModel::CanDiscardRole).toBool()) << "the server has the record";

    EXPECT_EQ(at(model, 2, ProblemListModel::KindRole).toInt(), int(Values::SyncState::Conflict));
    EXPECT_EQ(at(model, 2, ProblemListModel::SeqRole).toLongLong(), 0);
    EXPECT_EQ(at(model, 2, ProblemListModel::ReasonRole).toString(),
              "changed on the server too; your version was kept");
    EXPECT_TRUE(at(model, 2, ProblemListModel::TitleRole).toString().startsWith("Area patrol: "));
    EXPECT_FALSE(at(model, 2, ProblemListModel::CanDiscardRole).toBool());

    // The user's answers: the discarded creation goes, the looked-at conflict goes.
    ASSERT_TRUE(store().outbox().discard(seqOf.at(created.id)));
    patrolbook::sync::DeviceState(store().database()).removeConflict("inspection", estate_.inspections[0].id);
    patrolbook::sync::DeviceState(store().database()).removeConflict("inspection_item", lineId);
    model.reload(store());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(at(model, 0, ProblemListModel::RecordIdRole).toString().toStdString(), edited.id);
}

TEST_F(ModelTest, ARecordIsDescribedInAFewWordsByItsType)
{
    // What a refusal or a follow-up's source says about the record it names.
    auto describe
        = [&](std::string_view entity, const std::string& id) { return RecordText::describe(store(), entity, id); };
    const auto& in = estate_.inspections.front();
    const QString area = RecordText::areaName(store(), in.areaId);
    EXPECT_TRUE(describe("inspection", in.id).contains(area)) << describe("inspection", in.id).toStdString();
    const auto& line = estate_.inspectionItems.front();
    EXPECT_TRUE(describe("inspection_item", line.id).contains(QString::fromStdString(line.title)));
    const auto& visit = estate_.visits.front();
    EXPECT_TRUE(describe("owner_visit", visit.id).contains(RecordText::ownerName(store(), visit.ownerId)));
    const auto& fu = estate_.followUps.front();
    EXPECT_TRUE(describe("follow_up", fu.id).contains(QString::fromStdString(fu.description)));
    const auto& owner = estate_.owners.front();
    EXPECT_EQ(describe("owner", owner.id), QString::fromStdString(owner.name));
    EXPECT_EQ(describe("inspection", "gone"), Vocabulary::entityLabel("inspection")) << "no such record: its type";
    EXPECT_EQ(describe("unit", estate_.units.front().id), Vocabulary::entityLabel("unit")) << "no words of its own";
}
