#include "loop_list_model.hpp"

#include "complaint_lists.hpp"
#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "vocabulary.hpp"

#include "patrolbook/loops/complaint_flow.hpp"
#include "patrolbook/loops/loop_deadlines.hpp"
#include "patrolbook/loops/repair_flow.hpp"
#include "patrolbook/store.hpp"

#include <QDebug>

#include <algorithm>

using namespace patrolbook;
using form::qstr;

LoopListModel::LoopListModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void LoopListModel::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &LoopListModel::reload);
    connect(session_, &Session::userChanged, this, &LoopListModel::reload);
    reload();
}

void LoopListModel::setEntity(const QString& entity)
{
    if (entity == entity_)
        return;
    entity_ = entity;
    emit entityChanged();
    if (session_)
        reload();
}

void LoopListModel::setFilter(const QString& filter)
{
    if (filter == filter_)
        return;
    filter_ = filter;
    emit filterChanged();
    if (session_)
        reload();
}

int LoopListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant LoopListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case RecordIdRole:
        return r.id;
    case TitleRole:
    case Qt::DisplayRole:
        return r.title;
    case DescriptionRole:
        return r.description;
    case StatusRole:
        return r.status;
    case StatusCodeRole:
        return r.statusCode;
    case UrgencyRole:
        return r.urgency;
    case UrgentRole:
        return r.urgent;
    case UnitRole:
        return r.unit;
    case WaitingRole:
        return r.waiting;
    case OverdueRole:
        return r.overdue;
    default:
        return {};
    }
}

QHash<int, QByteArray> LoopListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},       {TitleRole, "title"},
            {DescriptionRole, "description"}, {StatusRole, "status"},
            {StatusCodeRole, "statusCode"},   {UrgencyRole, "urgency"},
            {UrgentRole, "urgent"},           {UnitRole, "unit"},
            {WaitingRole, "waiting"},         {OverdueRole, "overdue"}};
}

namespace {

// Added to a closed loop's sort key (its registration's epoch milliseconds): after every
// open one.
constexpr std::int64_t closedLast = std::int64_t(1) << 52;

QString waited(const Timestamp& from, const std::optional<Timestamp>& until, const Timestamp& now)
{
    return RecordText::duration(((until ? *until : now).utcMs - from.utcMs) / 60'000);
}

} // namespace

void LoopListModel::loadRepairs(std::vector<Row>& rows)
{
    auto& store = session_->store();
    const auto me = UserScope::of(*session_).userIdStd();
    const auto role = qml::toShared<StaffRole>(session_->role());
    const auto now = Timestamp::now();
    for (const auto& r : store.records().all<RepairOrder>()) {
        const bool open = r.status != RepairStatus::Closed;
        bool keep = true;
        if (filter_ == QLatin1String("mine"))
            keep = r.assigneeId == me && (r.status == RepairStatus::Dispatched || r.status == RepairStatus::Accepted);
        else if (filter_ == QLatin1String("approval") || filter_ == QLatin1String("dispatch"))
            keep = role && !RepairFlow::allowed(r, me, *role).empty() && r.status == RepairStatus::Registered;
        else if (filter_ == QLatin1String("overdue"))
            keep = isOverdue(r, now);
        if (!keep)
            continue;
        const QString unit = r.unitId ? RecordText::unitLabel(store, *r.unitId) : QString();
        rows.push_back({qstr(r.id), Vocabulary::label(r.category) + (unit.isEmpty() ? QString() : " · " + unit),
                        qstr(r.description), Vocabulary::label(r.status), qstr(toString(r.status)),
                        r.urgency == Urgency::Normal ? QString() : Vocabulary::label(r.urgency), unit,
                        waited(r.registeredAt, r.doneAt, now), r.urgency != Urgency::Normal, isOverdue(r, now),
                        (open ? 0 : closedLast) + r.registeredAt.utcMs});
    }
}

void LoopListModel::loadComplaints(std::vector<Row>& rows)
{
    auto& store = session_->store();
    const auto me = UserScope::of(*session_).userIdStd();
    const auto role = qml::toShared<StaffRole>(session_->role());
    const auto now = Timestamp::now();
    for (const auto& c : store.records().all<Complaint>()) {
        const bool open = c.status != ComplaintStatus::Closed;
        bool keep = true;
        if (filter_ == QLatin1String("mine"))
            keep = open && c.status != ComplaintStatus::Proposed && (c.handlerId ? *c.handlerId : c.registeredBy) == me;
        else if (filter_ == QLatin1String("approval"))
            keep = role == StaffRole::Manager
                && (c.status == ComplaintStatus::Proposed || (c.escalated && c.status == ComplaintStatus::Received));
        else if (filter_ == QLatin1String("overdue"))
            keep = isOverdue(c, now);
        if (!keep)
            continue;
        const QString unit = c.unitId ? RecordText::unitLabel(store, *c.unitId) : QString();
        const auto done = c.closedAt;
        rows.push_back({qstr(c.id),
                        complaint_lists::label(c.complaintClass) + (unit.isEmpty() ? QString() : " · " + unit),
                        qstr(c.content), Vocabulary::label(c.status), qstr(toString(c.status)),
                        c.severity == ComplaintSeverity::Normal ? QString() : Vocabulary::label(c.severity), unit,
                        waited(c.receivedAt, done, now), c.escalated, isOverdue(c, now),
                        (open ? 0 : closedLast) + c.receivedAt.utcMs});
    }
}

void LoopListModel::reload()
{
    std::vector<Row> rows;
    try {
        if (entity_ == QLatin1String("complaint"))
            loadComplaints(rows);
        else
            loadRepairs(rows);
    } catch (const Error& e) {
        qWarning() << "loop list:" << e.what();
    }
    // Open first, the longest waiting on top; closed ones after.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.sortKey < b.sortKey; });
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
