#include "loop_history_model.hpp"

#include "form_support.hpp"
#include "photo_cache.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"

#include <QDebug>

LoopHistoryModel::LoopHistoryModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void LoopHistoryModel::attachSession()
{
    // A pull brings the server's events: the history grows while the page is open.
    connect(session_, &Session::recordsChanged, this, &LoopHistoryModel::reload);
    connect(session_, &Session::userChanged, this, &LoopHistoryModel::reload);
    reload();
}

int LoopHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant LoopHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case StepRole:
        return r.step;
    case ActorRole:
        return r.actor;
    case WhenRole:
        return r.when;
    case NoteRole:
        return r.note;
    case PhotoUrlsRole:
        return r.photoUrls;
    case PhotoCountRole:
        return r.photoCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> LoopHistoryModel::roleNames() const
{
    return {{StepRole, "step"}, {ActorRole, "actor"},         {WhenRole, "when"},
            {NoteRole, "note"}, {PhotoUrlsRole, "photoUrls"}, {PhotoCountRole, "photoCount"}};
}

void LoopHistoryModel::setEntity(const QString& entity)
{
    if (entity == entity_)
        return;
    entity_ = entity;
    emit entityChanged();
    if (session_)
        reload();
}

void LoopHistoryModel::setRecordId(const QString& id)
{
    if (id == recordId_)
        return;
    recordId_ = id;
    emit recordIdChanged();
    if (session_)
        reload();
}

void LoopHistoryModel::reload()
{
    std::vector<Row> rows;
    try {
        auto& store = session_->store();
        const auto ids = entity_.isEmpty() || recordId_.isEmpty()
            ? std::vector<std::string>{}
            : patrolbook::DeviceQueries(store.database()).loopEvents(form::str(entity_), form::str(recordId_));
        for (const auto& id : ids) {
            const auto e = store.records().get<patrolbook::LoopEvent>(id);
            if (!e)
                continue;
            Row row;
            row.step = Vocabulary::stepLabel(e->loopEntity, e->action);
            row.actor = RecordText::staffName(store, e->actorId);
            row.when = RecordText::propertyDateTime(store, e->at, e->propertyId);
            row.note = form::qstr(e->note);
            for (const auto& photoId : e->photoIds)
                if (const auto photo = store.records().get<patrolbook::Photo>(photoId))
                    row.photoUrls << PhotoCache::urlOf(photo->sha256).toString();
            row.photoCount = int(e->photoIds.size());
            rows.push_back(std::move(row));
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "loop history:" << e.what();
    }
    if (rows == rows_)
        return;
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
