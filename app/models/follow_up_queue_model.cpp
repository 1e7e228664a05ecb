#include "follow_up_queue_model.hpp"

#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"

#include <QDebug>

FollowUpQueueModel::FollowUpQueueModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void FollowUpQueueModel::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &FollowUpQueueModel::reload);
    connect(session_, &Session::userChanged, this, &FollowUpQueueModel::reload);
    reload();
}

int FollowUpQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant FollowUpQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case FollowUpIdRole:
        return r.id;
    case Qt::DisplayRole:
    case DescriptionRole:
        return r.description;
    case PlaceRole:
        return r.place;
    case StatusRole:
        return r.status;
    case AssigneeRole:
        return r.assignee;
    case DueRole:
        return r.due;
    case OverdueRole:
        return r.overdue;
    default:
        return {};
    }
}

QHash<int, QByteArray> FollowUpQueueModel::roleNames() const
{
    return {{FollowUpIdRole, "followUpId"}, {DescriptionRole, "description"}, {PlaceRole, "place"},
            {StatusRole, "status"},         {AssigneeRole, "assignee"},       {DueRole, "due"},
            {OverdueRole, "overdue"}};
}

void FollowUpQueueModel::setQueue(const QString& queue)
{
    if (queue == queue_)
        return;
    queue_ = queue;
    emit queueChanged();
    if (session_)
        reload();
}

void FollowUpQueueModel::setNow(const QDateTime& now)
{
    now_ = now;
    reload();
}

void FollowUpQueueModel::reload()
{
    std::vector<Row> rows;
    try {
        auto& store = session_->store();
        const UserScope scope = UserScope::of(*session_);
        const auto now = RecordText::timestamp(now_.isValid() ? now_ : QDateTime::currentDateTime());
        patrolbook::DeviceQueries queries(store.database());
        std::vector<std::string> ids;
        if (queue_ == QLatin1String("mine"))
            ids = queries.followUpsAssignedTo(scope.propertyIdsJson(), scope.userIdStd(), now.utcMs);
        else if (queue_ == QLatin1String("verify") && scope.manager())
            ids = queries.followUpsToVerify(scope.propertyIdsJson());
        for (const auto& id : ids) {
            const auto f = store.records().get<patrolbook::FollowUp>(id);
            if (!f)
                continue;
            const auto offset = RecordText::propertyOffset(store, f->propertyId);
            Row row;
            row.id = form::qstr(f->id);
            row.description = form::qstr(f->description);
            row.place = f->areaId ? RecordText::areaName(store, *f->areaId)
                : f->unitId       ? RecordText::unitLabel(store, *f->unitId)
                                  : QString();
            row.status = Vocabulary::label(f->status);
            row.assignee = f->assigneeId ? RecordText::staffName(store, *f->assigneeId) : QString();
            row.due = RecordText::propertyDate(f->dueAt, offset);
            row.overdue = f->dueAt && f->dueAt->utcMs < now.utcMs
                && (f->status == patrolbook::FollowUpStatus::Open
                    || f->status == patrolbook::FollowUpStatus::InProgress);
            rows.push_back(std::move(row));
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "follow-up queue:" << e.what();
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
