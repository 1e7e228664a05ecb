#include "patrol_form.hpp"

#include "app_errors.hpp"
#include "form_support.hpp"
#include "patrol_rules.hpp"
#include "photo_preparer.hpp"
#include "position_provider.hpp"
#include "session.hpp"

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

namespace {

std::optional<ItemResult> parseResult(const QString& r)
{
    if (r == "pass")
        return ItemResult::Pass;
    if (r == "fail")
        return ItemResult::Fail;
    if (r == "na")
        return ItemResult::NotApplicable;
    return std::nullopt;
}

QString resultName(const std::optional<ItemResult>& r)
{
    return r ? form::name(*r) : QString();
}

} // namespace

PatrolForm::PatrolForm(QObject* parent)
    : QObject(parent)
{
}

bool PatrolForm::start(const QString& areaId)
{
    auto* session = Session::instance();
    auto& store = session->store();
    clearError();
    return form::guarded(
        [&]() -> bool {
            for (const auto& draft : store.records().inspectionsByStatus(RecordStatus::Draft))
                if (draft.areaId == str(areaId) && draft.inspectorId == str(session->userId())) {
                    load(qstr(draft.id));
                    return true;
                }
            const auto area = store.records().get<Area>(str(areaId));
            if (!area)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such area");
            const auto checklist = store.records().get<Checklist>(area->checklistId);
            if (!checklist || checklist->items.empty())
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "the area has no checklist");

            Inspection inspection;
            inspection.id = newUuid();
            inspection.propertyId = area->propertyId;
            inspection.areaId = area->id;
            inspection.checklistId = checklist->id;
            inspection.inspectorId = str(session->userId());
            inspection.startedAt = form::now();
            inspection.deviceId = sync::DeviceState(store.database()).deviceId();
            sqlite::Transaction tx(store.database());
            store.records().insert(inspection);
            for (const auto& line : checklist->items) {
                InspectionItem item;
                item.id = newUuid();
                item.inspectionId = inspection.id;
                item.itemCode = line.code;
                item.category = line.category;
                item.title = line.titleZh.empty() ? line.titleEn : line.titleZh;
                store.records().insert(item);
            }
            tx.commit();
            session->notifyRecordsChanged();
            load(qstr(inspection.id));
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool PatrolForm::open(const QString& inspectionId)
{
    clearError();
    return form::guarded(
        [&]() -> bool {
            if (!Session::instance()->store().records().get<Inspection>(str(inspectionId)))
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such inspection");
            load(inspectionId);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

QString PatrolForm::latestDraftId() const
{
    auto* session = Session::instance();
    QString latest;
    Timestamp when;
    for (const auto& draft : session->store().records().inspectionsByStatus(RecordStatus::Draft))
        if (draft.inspectorId == str(session->userId()) && (latest.isEmpty() || draft.startedAt > when)) {
            latest = qstr(draft.id);
            when = draft.startedAt;
        }
    return latest;
}

AnswerListModel::Row PatrolForm::makeRow(const InspectionItem& item) const
{
    auto* session = Session::instance();
    auto& records = session->store().records();
    PhotoPreparer photos(session->photoDir());
    AnswerListModel::Row row;
    row.itemId = qstr(item.id);
    row.code = qstr(item.itemCode);
    row.category = form::name(item.category);
    row.title = form::checklistTitle(checklist_.get(), item.itemCode, item.title);
    if (checklist_)
        for (const auto& line : checklist_->items)
            if (line.code == item.itemCode)
                row.hint = qstr(line.hint);
    row.result = resultName(item.result);
    row.note = qstr(item.note.value_or(""));
    for (const auto& photoId : item.photoIds)
        if (const auto photo = records.get<Photo>(photoId))
            if (const auto url = photos.localUrl(photo->sha256); !url.isEmpty())
                row.photoUrls << url.toString();
    row.photoCount = int(item.photoIds.size());
    if (const auto fu = PatrolRules::followUpOf(session->store(), item.id)) {
        row.followUpId = qstr(fu->id);
        row.followUpText = qstr(fu->description);
        row.followUpAssigneeId = qstr(fu->assigneeId.value_or(""));
        if (fu->assigneeId)
            if (const auto staff = records.get<Staff>(*fu->assigneeId))
                row.followUpAssigneeName = qstr(staff->name);
        row.dueDate = form::dateText(fu->dueAt);
    }
    return row;
}

void PatrolForm::refreshRow(int row)
{
    if (const auto item = Session::instance()->store().records().get<InspectionItem>(str(items_.row(row).itemId)))
        items_.setRow(row, makeRow(*item));
    emit changed();
}

void PatrolForm::load(const QString& inspectionId)
{
    auto* session = Session::instance();
    auto& records = session->store().records();
    const auto inspection = records.get<Inspection>(str(inspectionId));
    if (!inspection)
        throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such inspection");
    const auto area = records.get<Area>(inspection->areaId);
    const auto checklist = records.get<Checklist>(inspection->checklistId);
    auto items = records.itemsOfInspection(inspection->id);
    // The checklist's order, not the order the rows were stored in.
    auto rank = [&](const InspectionItem& item) {
        if (checklist)
            for (std::size_t i = 0; i < checklist->items.size(); ++i)
                if (checklist->items[i].code == item.itemCode)
                    return i;
        return std::size_t(-1);
    };
    std::stable_sort(items.begin(), items.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });

    checklist_ = checklist ? std::make_shared<Checklist>(*checklist) : nullptr;
    std::vector<AnswerListModel::Row> rows;
    for (const auto& item : items)
        rows.push_back(makeRow(item));
    items_.reset(std::move(rows));

    inspectionId_ = qstr(inspection->id);
    areaId_ = qstr(inspection->areaId);
    areaName_ = area ? qstr(area->name) : QString();
    propertyId_ = qstr(inspection->propertyId);
    status_ = form::name(inspection->status);
    note_ = qstr(inspection->note.value_or(""));
    hasPosition_ = inspection->position.has_value();
    lat_ = hasPosition_ ? inspection->position->lat : 0;
    lon_ = hasPosition_ ? inspection->position->lon : 0;
    accuracy_ = hasPosition_ ? inspection->position->accuracyM.value_or(-1) : -1;
    updatePositionWarning();
    emit loaded();
    emit changed();
}

bool PatrolForm::setResult(int row, const QString& result)
{
    if (!items_.contains(row) || (!result.isEmpty() && !parseResult(result)))
        return false;
    auto* session = Session::instance();
    auto& store = session->store();
    clearError();
    return form::guarded(
        [&]() -> bool {
            auto item = store.records().get<InspectionItem>(str(items_.row(row).itemId));
            if (!item)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such item");
            item->result = parseResult(result);
            item->answeredAt = item->result ? std::optional(form::now()) : std::nullopt;
            auto existing = PatrolRules::followUpOf(store, item->id);
            // The answer and its follow-up are one save: a failed line never lacks its follow-up.
            sqlite::Transaction tx(store.database());
            store.records().update(*item);
            if (item->result == ItemResult::Fail && !existing) {
                const auto inspection = store.records().get<Inspection>(item->inspectionId);
                if (!inspection)
                    throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such inspection");
                store.records().insert(
                    PatrolRules::followUpFor(*item, *inspection, items_.row(row).title, str(session->userId())));
            } else if (item->result != ItemResult::Fail && existing && existing->version == 0) {
                // Answered "fail" by mistake: the follow-up never left the phone, so it goes.
                // One the server has stays: only a manager closes or deletes it.
                store.records().remove<FollowUp>(existing->id);
            }
            tx.commit();
            session->notifyRecordsChanged();
            refreshRow(row);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool PatrolForm::setItemNote(int row, const QString& note)
{
    if (!items_.contains(row))
        return false;
    clearError();
    return form::guarded(
        [&]() -> bool {
            auto& records = Session::instance()->store().records();
            auto item = records.get<InspectionItem>(str(items_.row(row).itemId));
            if (!item)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such item");
            item->note = form::optionalText(note);
            records.update(*item);
            Session::instance()->notifyRecordsChanged();
            refreshRow(row);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool PatrolForm::addPhoto(int row, const QUrl& image)
{
    if (!items_.contains(row))
        return false;
    auto* session = Session::instance();
    auto& store = session->store();
    clearError();
    return form::guarded(
        [&]() -> bool {
            auto item = store.records().get<InspectionItem>(str(items_.row(row).itemId));
            if (!item)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such item");
            auto photo = PhotoPreparer(session->photoDir()).prepare(image, "inspection_item", item->id);
            photo.position = form::currentPosition();
            item->photoIds.push_back(photo.id);
            sqlite::Transaction tx(store.database());
            store.records().insert(photo);
            store.records().update(*item);
            tx.commit();
            session->notifyRecordsChanged();
            refreshRow(row);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool PatrolForm::setFollowUp(int row, const QString& description, const QString& assigneeId, const QString& dueDate)
{
    if (!items_.contains(row) || items_.row(row).followUpId.isEmpty())
        return false;
    clearError();
    return form::guarded(
        [&]() -> bool {
            if (description.trimmed().isEmpty())
                throw Error(ErrorDomain::Validation, ErrorCode::Required, "description", "description");
            const auto due = form::endOfDay(dueDate);
            if (!dueDate.trimmed().isEmpty() && !due)
                throw Error(ErrorDomain::Validation, ErrorCode::InvalidValue, "due date", "due_at");
            auto& records = Session::instance()->store().records();
            auto fu = records.get<FollowUp>(str(items_.row(row).followUpId));
            if (!fu)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such follow-up");
            fu->description = str(description.trimmed());
            fu->assigneeId = form::optionalText(assigneeId);
            fu->dueAt = due;
            records.update(*fu);
            Session::instance()->notifyRecordsChanged();
            refreshRow(row);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

template <typename F>
static bool editInspection(const QString& id, F&& change, QString& error)
{
    return form::guarded(
        [&]() -> bool {
            auto& records = Session::instance()->store().records();
            auto inspection = records.get<Inspection>(str(id));
            if (!inspection)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no inspection open");
            change(*inspection);
            records.update(*inspection);
            Session::instance()->notifyRecordsChanged();
            return true;
        },
        [&](const QString& message) { error = message; });
}

bool PatrolForm::setNote(const QString& note)
{
    QString error;
    const bool ok = editInspection(
        inspectionId_, [&](Inspection& i) { i.note = form::optionalText(note); }, error);
    if (ok)
        note_ = note.trimmed();
    setError(error);
    emit changed();
    return ok;
}

bool PatrolForm::stampPosition(double latitude, double longitude, double accuracy)
{
    QString error;
    const GeoPoint point{latitude, longitude, accuracy >= 0 ? std::optional(accuracy) : std::nullopt};
    const bool ok = editInspection(
        inspectionId_, [&](Inspection& i) { i.position = point; }, error);
    if (ok) {
        hasPosition_ = true;
        lat_ = latitude;
        lon_ = longitude;
        accuracy_ = accuracy;
        updatePositionWarning();
    }
    setError(error);
    emit changed();
    return ok;
}

void PatrolForm::updatePositionWarning()
{
    positionWarning_ = hasPosition_ ? PatrolRules::positionWarning(
                           Session::instance()->store().records().get<Area>(str(areaId_)), lat_, lon_, accuracy_)
                                    : QString();
}

bool PatrolForm::finish()
{
    auto& records = Session::instance()->store().records();
    clearError();
    return form::guarded(
        [&]() -> bool {
            auto inspection = records.get<Inspection>(str(inspectionId_));
            if (!inspection)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no inspection open");
            QStringList missing;
            for (int i = 0; i < items_.rowCount(); ++i)
                if (items_.row(i).result.isEmpty())
                    missing << items_.row(i).title;
            if (!missing.isEmpty()) {
                setError(tr("Answer every line before finishing. Not answered: %1").arg(missing.join(tr(", "))));
                return false;
            }
            inspection->status = RecordStatus::Finished;
            inspection->finishedAt = form::now();
            if (const auto problems = validateCompletion(*inspection, records.itemsOfInspection(inspection->id));
                !problems.empty())
                throw problems.front();
            records.update(*inspection);
            Session::instance()->notifyRecordsChanged();
            status_ = "finished";
            emit changed();
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool PatrolForm::discardDraft()
{
    auto* session = Session::instance();
    auto& store = session->store();
    clearError();
    if (status_ != "draft")
        return false;
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
            session->notifyRecordsChanged();
            inspectionId_.clear();
            areaId_.clear();
            areaName_.clear();
            status_.clear();
            items_.reset({});
            emit loaded();
            emit changed();
            return true;
        },
        [this](const QString& message) { setError(message); });
}

void PatrolForm::clearError()
{
    setError({});
}

void PatrolForm::setError(const QString& error)
{
    if (error_ != error) {
        error_ = error;
        emit errorChanged();
    }
}
