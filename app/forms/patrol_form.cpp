#include "patrol_form.hpp"

#include "app_errors.hpp"
#include "form_support.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "photo_cache.hpp"
#include "position_check.hpp"
#include "position_provider.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "vocabulary.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/validation.hpp"

#include <algorithm>

using namespace patrolbook;
using form::qstr;
using form::str;

struct PatrolForm::Unsaved {
    Inspection inspection;
    std::vector<InspectionItem> items;
};

PatrolForm::PatrolForm(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

PatrolForm::~PatrolForm() = default;

bool PatrolForm::write(const std::function<void(Store&)>& change)
{
    auto& store = session_->store();
    clearError();
    return form::guarded(
        [&]() -> bool {
            // A first write saves the patrol shown with it, in one transaction: a patrol
            // exists from the user's first answer, and never half.
            sqlite::Transaction tx(store.database());
            save();
            change(store);
            tx.commit();
            unsaved_.reset();
            session_->notifyRecordsChanged();
            return true;
        },
        [this](const QString& message) { setError(message); });
}

InspectionItem PatrolForm::item(int row) const
{
    auto item = session_->store().records().get<InspectionItem>(str(items_.row(row).itemId));
    if (!item)
        throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such item");
    return *item;
}

bool PatrolForm::start(const QString& areaId)
{
    auto& store = session_->store();
    clearError();
    return form::guarded(
        [&]() -> bool {
            for (const auto& draft : store.records().inspectionsByStatus(RecordStatus::Draft))
                if (draft.areaId == str(areaId) && draft.inspectorId == str(session_->userId())) {
                    load(qstr(draft.id));
                    return true;
                }
            const auto area = store.records().get<Area>(str(areaId));
            if (!area)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such area");
            const auto checklist = store.records().get<Checklist>(area->checklistId);
            if (!checklist || checklist->items.empty())
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "the area has no checklist");

            // Shown, not saved: looking at an area is not patrolling it. The patrol is
            // written with the user's first answer, note, photo or position (save()).
            auto patrol = PatrolRules::startPatrol(*area, *checklist, str(session_->userId()),
                                                   sync::DeviceState(store.database()).deviceId());
            auto unsaved = std::make_unique<Unsaved>();
            unsaved->inspection = std::move(patrol.inspection);
            unsaved->items = std::move(patrol.items);
            // Unsaved before anything is shown: what QML reads on loaded() says so.
            unsaved_ = std::move(unsaved);
            show(unsaved_->inspection, unsaved_->items, *area, *checklist);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

void PatrolForm::save()
{
    if (!unsaved_)
        return;
    auto& store = session_->store();
    unsaved_->inspection.startedAt
        = Timestamp::now(std::int32_t(RecordText::propertyOffset(store, unsaved_->inspection.propertyId)));
    store.records().insert(unsaved_->inspection);
    for (const auto& item : unsaved_->items)
        store.records().insert(item);
}

bool PatrolForm::open(const QString& inspectionId)
{
    clearError();
    return form::guarded(
        [&]() -> bool {
            load(inspectionId);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

QString PatrolForm::latestDraftId() const
{
    QString latest;
    Timestamp when;
    for (const auto& draft : session_->store().records().inspectionsByStatus(RecordStatus::Draft))
        if (draft.inspectorId == str(session_->userId()) && (latest.isEmpty() || draft.startedAt > when)) {
            latest = qstr(draft.id);
            when = draft.startedAt;
        }
    return latest;
}

AnswerListModel::Row PatrolForm::makeRow(const InspectionItem& item) const
{
    auto& records = session_->store().records();
    AnswerListModel::Row row;
    row.itemId = qstr(item.id);
    row.code = qstr(item.itemCode);
    row.category = Vocabulary::label(item.category);
    row.title = form::checklistTitle(checklist_.get(), item.itemCode, item.title);
    if (checklist_)
        for (const auto& line : checklist_->items)
            if (line.code == item.itemCode)
                row.hint = qstr(line.hint);
    row.result = item.result;
    row.note = qstr(item.note.value_or(""));
    for (const auto& photoId : item.photoIds)
        if (const auto photo = records.get<Photo>(photoId))
            if (const auto url = PhotoCache::urlOf(photo->sha256); !url.isEmpty())
                row.photoUrls << url.toString();
    row.photoCount = int(item.photoIds.size());
    if (const auto fu = PatrolRules::followUpOf(session_->store(), item.id)) {
        row.followUpId = qstr(fu->id);
        row.followUpText = qstr(fu->description);
        row.followUpAssigneeId = qstr(fu->assigneeId.value_or(""));
        if (fu->assigneeId)
            if (const auto staff = records.get<Staff>(*fu->assigneeId))
                row.followUpAssigneeName = qstr(staff->name);
        row.dueDate = RecordText::propertyDate(fu->dueAt, offsetMin_);
    }
    return row;
}

void PatrolForm::refreshRow(int row)
{
    if (const auto item = session_->store().records().get<InspectionItem>(str(items_.row(row).itemId)))
        items_.setRow(row, makeRow(*item));
    emit changed();
}

void PatrolForm::load(const QString& inspectionId)
{
    auto& records = session_->store().records();
    const auto inspection = records.get<Inspection>(str(inspectionId));
    if (!inspection)
        throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such inspection");
    const auto area = records.get<Area>(inspection->areaId);
    const auto checklist = records.get<Checklist>(inspection->checklistId);
    unsaved_.reset();
    show(*inspection, records.itemsOfInspection(inspection->id), area ? *area : Area{},
         checklist ? *checklist : Checklist{});
}

void PatrolForm::show(const Inspection& inspection, std::vector<InspectionItem> items, const Area& area,
                      const Checklist& checklist)
{
    PatrolRules::sortByChecklist(items, checklist);

    checklist_ = checklist.id.empty() ? nullptr : std::make_shared<Checklist>(checklist);
    offsetMin_ = std::int32_t(RecordText::propertyOffset(session_->store(), inspection.propertyId));
    std::vector<AnswerListModel::Row> rows;
    rows.reserve(items.size());
    for (const auto& item : items)
        rows.push_back(makeRow(item));
    items_.reset(std::move(rows));

    inspectionId_ = qstr(inspection.id);
    areaId_ = qstr(inspection.areaId);
    areaName_ = qstr(area.name);
    propertyId_ = qstr(inspection.propertyId);
    status_ = inspection.status;
    note_ = qstr(inspection.note.value_or(""));
    hasPosition_ = inspection.position.has_value();
    lat_ = hasPosition_ ? inspection.position->lat : 0;
    lon_ = hasPosition_ ? inspection.position->lon : 0;
    accuracy_ = hasPosition_ ? inspection.position->accuracyM.value_or(-1) : -1;
    updatePositionWarning();
    emit loaded();
    emit changed();
}

bool PatrolForm::editInspection(const std::function<void(Inspection&)>& change)
{
    return write([&](Store& store) {
        auto inspection = store.records().get<Inspection>(str(inspectionId_));
        if (!inspection)
            throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no inspection open");
        change(*inspection);
        store.records().update(*inspection);
    });
}

bool PatrolForm::setNote(const QString& note)
{
    const bool ok = editInspection([&](Inspection& i) { i.note = form::optionalText(note); });
    if (ok)
        note_ = note.trimmed();
    emit changed();
    return ok;
}

bool PatrolForm::stampPosition(double latitude, double longitude, double accuracy)
{
    const GeoPoint point{latitude, longitude, accuracy >= 0 ? std::optional(accuracy) : std::nullopt};
    const bool ok = editInspection([&](Inspection& i) { i.position = point; });
    if (ok) {
        hasPosition_ = true;
        lat_ = latitude;
        lon_ = longitude;
        accuracy_ = accuracy;
        updatePositionWarning();
    }
    emit changed();
    return ok;
}

void PatrolForm::updatePositionWarning()
{
    positionWarning_ = hasPosition_
        ? PositionCheck::warning(session_->store().records().get<Area>(str(areaId_)), lat_, lon_, accuracy_)
        : QString();
}

bool PatrolForm::finish()
{
    auto& records = session_->store().records();
    clearError();
    return form::guarded(
        [&]() -> bool {
            QStringList missing;
            int first = -1;
            for (int i = 0; i < items_.rowCount(); ++i)
                if (!items_.row(i).result) {
                    missing << items_.row(i).title;
                    first = first < 0 ? i : first;
                }
            if (!missing.isEmpty()) {
                firstMissingRow_ = first;
                setError(tr("Answer every line before finishing. Not answered: %1").arg(missing.join(tr(", "))));
                emit errorChanged();
                return false;
            }
            auto inspection = records.get<Inspection>(str(inspectionId_));
            if (!inspection)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no inspection open");
            inspection->status = RecordStatus::Finished;
            inspection->finishedAt = Timestamp::now(offsetMin_);
            if (const auto problems = validateCompletion(*inspection, records.itemsOfInspection(inspection->id));
                !problems.empty())
                throw problems.front();
            records.update(*inspection);
            session_->notifyRecordsChanged();
            status_ = RecordStatus::Finished;
            emit changed();
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool PatrolForm::discardDraft()
{
    auto& store = session_->store();
    clearError();
    if (status_ != RecordStatus::Draft)
        return false;
    if (unsaved_) {
        // Never saved: nothing to remove.
        close();
        return true;
    }
    return form::guarded(
        [&]() -> bool {
            sqlite::Transaction tx(store.database());
            for (const auto& item : store.records().itemsOfInspection(str(inspectionId_))) {
                if (const auto fu = PatrolRules::followUpOf(store, item.id))
                    store.records().remove<FollowUp>(fu->id);
                for (const auto& photoId : item.photoIds)
                    store.records().remove<Photo>(photoId);
                store.records().remove<InspectionItem>(item.id);
            }
            store.records().remove<Inspection>(str(inspectionId_));
            tx.commit();
            session_->notifyRecordsChanged();
            close();
            return true;
        },
        [this](const QString& message) { setError(message); });
}

void PatrolForm::close()
{
    unsaved_.reset();
    inspectionId_.clear();
    areaId_.clear();
    areaName_.clear();
    status_.reset();
    items_.reset({});
    emit loaded();
    emit changed();
}

bool PatrolForm::leave()
{
    if (status_ == RecordStatus::Draft && !unsaved_ && isEmptyDraft())
        return discardDraft();
    if (unsaved_)
        close();
    return true;
}

bool PatrolForm::isEmptyDraft() const
{
    if (hasPosition_ || !note_.isEmpty())
        return false;
    for (int i = 0; i < items_.rowCount(); ++i) {
        const auto& row = items_.row(i);
        if (row.result || !row.note.isEmpty() || row.photoCount > 0)
            return false;
    }
    return true;
}

void PatrolForm::clearError()
{
    setError({});
}

void PatrolForm::setError(const QString& error)
{
    if (error.isEmpty())
        firstMissingRow_ = -1;
    if (error_ != error) {
        error_ = error;
        emit errorChanged();
    }
}
