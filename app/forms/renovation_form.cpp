#include "renovation_form.hpp"

#include "app_errors.hpp"
#include "form_support.hpp"
#include "photo_cache.hpp"
#include "photo_preparer.hpp"
#include "position_provider.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/renovation_standard.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/validation.hpp"

#include <algorithm>

using namespace patrolbook;
using form::qstr;
using form::str;

RenovationForm::RenovationForm(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

bool RenovationForm::start(const QString& ownerId, Values::RenovationKind kind)
{
    auto& store = session_->store();
    clearError();
    return form::guarded(
        [&]() -> bool {
            const auto parsedKind = qml::toShared<RenovationKind>(kind);
            if (!parsedKind)
                throw Error(ErrorDomain::Validation, ErrorCode::InvalidValue, "kind", "kind");
            const auto owner = store.records().get<Owner>(str(ownerId));
            if (!owner)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such owner");
            for (const auto& check : store.records().renovationChecksForUnit(owner->unitId))
                if (check.status == RecordStatus::Draft && check.kind == *parsedKind
                    && check.inspectorId == str(session_->userId())) {
                    load(qstr(check.id));
                    return true;
                }
            RenovationCheck check;
            check.id = newUuid();
            check.propertyId = owner->propertyId;
            check.unitId = owner->unitId;
            check.ownerId = owner->id;
            check.kind = *parsedKind;
            check.inspectorId = str(session_->userId());
            check.startedAt = Timestamp::now(std::int32_t(RecordText::propertyOffset(store, owner->propertyId)));
            check.position = form::currentPosition(position());
            sqlite::Transaction tx(store.database());
            store.records().insert(check);
            for (const auto& line : renovationChecklist(*parsedKind).items) {
                RenovationItem item;
                item.id = newUuid();
                item.checkId = check.id;
                item.itemCode = line.code;
                item.title = line.titleZh;
                store.records().insert(item);
            }
            tx.commit();
            session_->notifyRecordsChanged();
            load(qstr(check.id));
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool RenovationForm::open(const QString& checkId)
{
    clearError();
    return form::guarded(
        [&]() -> bool {
            load(checkId);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

void RenovationForm::load(const QString& checkId)
{
    auto& records = session_->store().records();
    const auto check = records.get<RenovationCheck>(str(checkId));
    if (!check)
        throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such renovation check");
    const auto standard = renovationChecklist(check->kind);
    auto items = records.itemsOfRenovationCheck(check->id);
    PatrolRules::sortByChecklist(items, standard);
    // A re-check lists what failed before first: that is what it is for.
    if (check->rechecksId)
        PatrolRules::failedFirst(items, records.itemsOfRenovationCheck(*check->rechecksId));
    offsetMin_ = std::int32_t(RecordText::propertyOffset(session_->store(), check->propertyId));
    std::vector<AnswerListModel::Row> rows;
    for (const auto& item : items) {
        AnswerListModel::Row row;
        row.itemId = qstr(item.id);
        row.code = qstr(item.itemCode);
        row.category = Vocabulary::tr("Renovation");
        row.title = form::checklistTitle(&standard, item.itemCode, item.title);
        row.result = item.result;
        row.note = qstr(item.note.value_or(""));
        for (const auto& photoId : item.photoIds)
            if (const auto photo = records.get<Photo>(photoId))
                if (const auto url = PhotoCache::urlOf(photo->sha256); !url.isEmpty())
                    row.photoUrls << url.toString();
        row.photoCount = int(item.photoIds.size());
        row.dueDate = RecordText::propertyDate(item.rectifyBy, offsetMin_);
        rows.push_back(std::move(row));
    }
    items_.reset(std::move(rows));

    const auto owner = records.get<Owner>(check->ownerId);
    checkId_ = qstr(check->id);
    unitLabel_ = RecordText::unitLabel(session_->store(), check->unitId);
    ownerName_ = owner ? qstr(owner->name) : QString();
    kind_ = check->kind;
    status_ = check->status;
    contractor_ = qstr(check->contractor.value_or(""));
    permitNo_ = qstr(check->permitNo.value_or(""));
    note_ = qstr(check->note.value_or(""));
    signatureId_ = qstr(check->signaturePhotoId.value_or(""));
    rechecksId_ = form::qstr(check->rechecksId);
    recheckedById_ = form::qstr(DeviceQueries(session_->store().database()).recheckOf(check->id));
    canRecheck_ = check->status == RecordStatus::Finished
        && std::any_of(items.begin(), items.end(),
                       [](const RenovationItem& i) { return i.result == ItemResult::Fail; });
    signatureUrl_.clear();
    if (check->signaturePhotoId)
        if (const auto photo = records.get<Photo>(*check->signaturePhotoId))
            signatureUrl_ = PhotoCache::urlOf(photo->sha256);
    emit loaded();
    emit changed();
}

// A line's change and its follow-up (raised, withdrawn, its due date) are one save.
template <typename F>
static bool editItem(Session& session, AnswerListModel& items, int row, std::int32_t offsetMin, F&& change,
                     QString& error)
{
    if (!items.contains(row))
        return false;
    return form::guarded(
        [&]() -> bool {
            auto& store = session.store();
            auto item = store.records().get<RenovationItem>(str(items.row(row).itemId));
            if (!item)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such item");
            change(*item);
            sqlite::Transaction tx(store.database());
            store.records().update(*item);
            PatrolRules::keepRenovationFollowUp(store, *item, str(session.userId()), offsetMin);
            tx.commit();
            session.notifyRecordsChanged();
            return true;
        },
        [&](const QString& message) { error = message; });
}

bool RenovationForm::setResult(int row, Values::ItemResult result)
{
    if (!qml::isChoice<ItemResult>(result))
        return false;
    const auto parsed = qml::toShared<ItemResult>(result);
    QString error;
    const bool ok = editItem(
        *session_, items_, row, offsetMin_,
        [&](RenovationItem& item) {
            item.result = parsed;
            // A problem to rectify gets a date at once (a week), which the user can change.
            if (parsed == ItemResult::Fail && !item.rectifyBy)
                item.rectifyBy = Timestamp::now(offsetMin_).plusMinutes(7 * 24 * 60);
            if (parsed != ItemResult::Fail)
                item.rectifyBy.reset();
        },
        error);
    setError(error);
    if (ok)
        load(checkId_);
    return ok;
}

bool RenovationForm::setItemNote(int row, const QString& note)
{
    QString error;
    const bool ok = editItem(
        *session_, items_, row, offsetMin_, [&](RenovationItem& item) { item.note = form::optionalText(note); }, error);
    setError(error);
    if (ok)
        load(checkId_);
    return ok;
}

bool RenovationForm::setRectifyBy(int row, const QString& date)
{
    const auto due = form::endOfDay(date, offsetMin_);
    if (!due) {
        setError(userMessage(Error(ErrorDomain::Validation, ErrorCode::InvalidValue, "date", "due_at")));
        return false;
    }
    QString error;
    const bool ok = editItem(
        *session_, items_, row, offsetMin_, [&](RenovationItem& item) { item.rectifyBy = due; }, error);
    setError(error);
    if (ok)
        load(checkId_);
    return ok;
}

bool RenovationForm::addPhoto(int row, const QUrl& image)
{
    if (!items_.contains(row))
        return false;
    auto& store = session_->store();
    clearError();
    return form::guarded(
        [&]() -> bool {
            auto item = store.records().get<RenovationItem>(str(items_.row(row).itemId));
            if (!item)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such item");
            const auto photo = PhotoPreparer(session_->photoDir()).prepare(image, "renovation_item", item->id);
            item->photoIds.push_back(photo.id);
            sqlite::Transaction tx(store.database());
            store.records().insert(photo);
            store.records().update(*item);
            tx.commit();
            session_->notifyRecordsChanged();
            load(checkId_);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

template <typename F>
static bool editCheck(Session& session, const QString& id, F&& change, QString& error)
{
    return form::guarded(
        [&]() -> bool {
            auto& records = session.store().records();
            auto check = records.get<RenovationCheck>(str(id));
            if (!check)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no check open");
            change(*check);
            records.update(*check);
            session.notifyRecordsChanged();
            return true;
        },
        [&](const QString& message) { error = message; });
}

bool RenovationForm::setDetails(const QString& contractor, const QString& permitNo, const QString& note)
{
    QString error;
    const bool ok = editCheck(
        *session_, checkId_,
        [&](RenovationCheck& c) {
            c.contractor = form::optionalText(contractor);
            c.permitNo = form::optionalText(permitNo);
            c.note = form::optionalText(note);
        },
        error);
    setError(error);
    if (ok)
        load(checkId_);
    return ok;
}

bool RenovationForm::setSignature(const QString& pngDataUrl)
{
    auto& store = session_->store();
    clearError();
    return form::guarded(
        [&]() -> bool {
            auto check = store.records().get<RenovationCheck>(str(checkId_));
            if (!check)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no check open");
            const auto photo
                = PhotoPreparer(session_->photoDir()).prepareDataUrl(pngDataUrl, "renovation_check", check->id);
            check->signaturePhotoId = photo.id;
            sqlite::Transaction tx(store.database());
            store.records().insert(photo);
            store.records().update(*check);
            tx.commit();
            session_->notifyRecordsChanged();
            load(checkId_);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

bool RenovationForm::finish()
{
    auto& records = session_->store().records();
    clearError();
    return form::guarded(
        [&]() -> bool {
            auto check = records.get<RenovationCheck>(str(checkId_));
            if (!check)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no check open");
            check->status = RecordStatus::Finished;
            check->finishedAt = Timestamp::now(offsetMin_);
            auto problems = validate(*check);
            const auto completion = validateCompletion(*check, records.itemsOfRenovationCheck(check->id));
            problems.insert(problems.end(), completion.begin(), completion.end());
            if (!problems.empty())
                throw problems.front();
            records.update(*check);
            session_->notifyRecordsChanged();
            load(checkId_);
            return true;
        },
        [this](const QString& message) { setError(message); });
}

void RenovationForm::clearError()
{
    setError({});
}

void RenovationForm::setError(const QString& error)
{
    if (error_ != error) {
        error_ = error;
        emit errorChanged();
    }
}
