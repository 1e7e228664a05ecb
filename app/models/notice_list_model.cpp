#include "notice_list_model.hpp"

#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"

#include <QDebug>

NoticeListModel::NoticeListModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void NoticeListModel::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &NoticeListModel::reload);
    connect(session_, &Session::userChanged, this, &NoticeListModel::reload);
    reload();
}

int NoticeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant NoticeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case NoticeIdRole:
        return r.id;
    case RecordEntityRole:
        return r.entity;
    case RecordIdRole:
        return r.recordId;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case CommentRole:
        return r.comment;
    case ReviewerRole:
        return r.reviewer;
    case WhenRole:
        return r.when;
    default:
        return {};
    }
}

QHash<int, QByteArray> NoticeListModel::roleNames() const
{
    return {{NoticeIdRole, "noticeId"}, {RecordEntityRole, "recordEntity"}, {RecordIdRole, "recordId"},
            {TitleRole, "title"},       {CommentRole, "comment"},           {ReviewerRole, "reviewer"},
            {WhenRole, "when"}};
}

void NoticeListModel::setRecordId(const QString& id)
{
    if (id == recordId_)
        return;
    recordId_ = id;
    emit recordIdChanged();
    if (session_)
        reload();
}

void NoticeListModel::setLimit(int limit)
{
    if (limit == limit_)
        return;
    limit_ = limit;
    emit limitChanged();
    if (session_)
        reload();
}

void NoticeListModel::setError(const QString& error)
{
    if (error == error_)
        return;
    error_ = error;
    emit errorChanged();
}

void NoticeListModel::reload()
{
    std::vector<Row> rows;
    int total = 0;
    try {
        auto& store = session_->store();
        const auto me = UserScope::of(*session_).userIdStd();
        const auto notices = store.records().openNotices(me, form::str(recordId_));
        total = int(notices.size());
        for (const auto& n : notices)
            if (limit_ <= 0 || int(rows.size()) < limit_)
                rows.push_back({form::qstr(n.id), form::qstr(n.recordEntity), form::qstr(n.recordId),
                                RecordText::describe(store, n.recordEntity, n.recordId),
                                form::qstr(n.comment.value_or("")),
                                RecordText::staffName(store, n.reviewerId.value_or("")),
                                RecordText::propertyDateTime(store, n.reviewedAt, n.propertyId)});
    } catch (const patrolbook::Error& e) {
        qWarning() << "notices:" << e.what();
    }
    const bool countChanges = rows.size() != rows_.size() || total != total_;
    beginResetModel();
    rows_ = std::move(rows);
    total_ = total;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

bool NoticeListModel::markCorrected(const QString& noticeId, const QString& reply)
{
    setError({});
    const bool ok = form::guarded(
        [&] {
            auto& store = session_->store();
            auto notice = store.records().get<patrolbook::Notice>(form::str(noticeId));
            if (!notice)
                throw patrolbook::Error(patrolbook::ErrorDomain::Storage, patrolbook::ErrorCode::NotFound,
                                        "the notice is no longer on this device");
            notice->reply = form::optionalText(reply);
            notice->correctedAt
                = patrolbook::Timestamp::now(std::int32_t(RecordText::propertyOffset(store, notice->propertyId)));
            store.records().update(*notice);
            return true;
        },
        [&](const QString& e) { setError(e); });
    if (ok) {
        reload(); // at once: the card goes as the user taps (other screens follow the session)
        session_->notifyRecordsChanged();
    }
    return ok;
}
