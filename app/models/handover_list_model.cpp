#include "handover_list_model.hpp"

#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/handover_rules.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/store.hpp"

#include <QDebug>

namespace {

// "follow_up:<id>" in words: the record's description, or what it is.
QString itemText(patrolbook::Store& store, const std::string& item)
{
    const auto colon = item.find(':');
    if (colon == std::string::npos)
        return form::qstr(item);
    const auto entity = item.substr(0, colon);
    const auto id = item.substr(colon + 1);
    if (entity == "follow_up")
        if (const auto f = store.records().get<patrolbook::FollowUp>(id))
            return form::qstr(f->description);
    if (entity == "repair_order")
        if (const auto r = store.records().get<patrolbook::RepairOrder>(id))
            return form::qstr(r->description);
    if (entity == "complaint")
        if (const auto c = store.records().get<patrolbook::Complaint>(id))
            return form::qstr(c->content);
    return RecordText::describe(store, entity, id);
}

} // namespace

HandoverListModel::HandoverListModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void HandoverListModel::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &HandoverListModel::reload);
    connect(session_, &Session::userChanged, this, &HandoverListModel::reload);
    reload();
}

int HandoverListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant HandoverListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case HandoverIdRole:
        return r.id;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case SummaryRole:
        return r.summary;
    case HandedByRole:
        return r.handedBy;
    case HandedAtRole:
        return r.handedAt;
    case ItemsRole:
        return r.items;
    case CanReceiveRole:
        return r.canReceive;
    default:
        return {};
    }
}

QHash<int, QByteArray> HandoverListModel::roleNames() const
{
    return {{HandoverIdRole, "handoverId"}, {TitleRole, "title"},       {SummaryRole, "summary"},
            {HandedByRole, "handedBy"},     {HandedAtRole, "handedAt"}, {ItemsRole, "items"},
            {CanReceiveRole, "canReceive"}};
}

void HandoverListModel::setQueue(const QString& queue)
{
    if (queue == queue_)
        return;
    queue_ = queue;
    emit queueChanged();
    if (session_)
        reload();
}

void HandoverListModel::setNow(const QDateTime& now)
{
    now_ = now;
    reload();
}

void HandoverListModel::reload()
{
    std::vector<Row> rows;
    try {
        auto& store = session_->store();
        const UserScope scope = UserScope::of(*session_);
        const auto now = RecordText::timestamp(now_.isValid() ? now_ : QDateTime::currentDateTime());
        const bool all = queue_ == QLatin1String("unconfirmed");
        const auto ids = all && !scope.manager()
            ? std::vector<std::string>{}
            : patrolbook::DeviceQueries(store.database())
                  .handoversWaiting(scope.propertyIdsJson(), scope.userIdStd(), all,
                                    now.utcMs - patrolbook::HandoverRules::shiftMinutes * 60'000);
        for (const auto& id : ids) {
            const auto h = store.records().get<patrolbook::Handover>(id);
            if (!h)
                continue;
            Row row;
            row.id = form::qstr(h->id);
            row.title = form::qstr(h->post) + QStringLiteral(" \u00b7 ") + Vocabulary::label(h->shift);
            row.summary = form::qstr(h->summary);
            row.handedBy = RecordText::staffName(store, h->handedBy);
            row.handedAt = RecordText::propertyDateTime(store, h->handedAt, h->propertyId);
            for (const auto& item : h->openItems)
                row.items << itemText(store, item);
            row.canReceive = patrolbook::HandoverRules::mayReceive(*h, scope.userIdStd());
            rows.push_back(std::move(row));
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "handovers:" << e.what();
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
