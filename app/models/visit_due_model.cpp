#include "visit_due_model.hpp"
#include "form_support.hpp"

#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/visit_rules.hpp"

#include <QDebug>

#include <algorithm>
#include <limits>

VisitDueModel::VisitDueModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void VisitDueModel::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &VisitDueModel::reload);
    reload();
}

int VisitDueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant VisitDueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case OwnerNameRole:
        return r.ownerName;
    case VisitIdRole:
        return r.visitId;
    case OwnerIdRole:
        return r.ownerId;
    case UnitLabelRole:
        return r.unitLabel;
    case PurposeRole:
        return int(r.purpose);
    case MemberRole:
        return r.member;
    case DueAtRole:
        return r.dueAt;
    case MinutesLeftRole:
        return r.minutesLeft;
    case OverdueRole:
        return r.dueAt.isValid() && r.minutesLeft < 0;
    case PlannedAtRole:
        return r.plannedAt;
    case DueAtTextRole:
        return r.dueAtText;
    case PlannedAtTextRole:
        return r.plannedAtText;
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitDueModel::roleNames() const
{
    return {{VisitIdRole, "visitId"},     {OwnerIdRole, "ownerId"},         {OwnerNameRole, "ownerName"},
            {UnitLabelRole, "unitLabel"}, {PurposeRole, "purpose"},         {MemberRole, "member"},
            {DueAtRole, "dueAt"},         {MinutesLeftRole, "minutesLeft"}, {OverdueRole, "overdue"},
            {PlannedAtRole, "plannedAt"}, {DueAtTextRole, "dueAtText"},     {PlannedAtTextRole, "plannedAtText"}};
}

void VisitDueModel::reload()
{
    std::vector<Row> rows;
    try {
        const auto now = RecordText::timestamp(now_.isValid() ? now_ : QDateTime::currentDateTime());
        const UserScope scope = UserScope::of(*session_);
        auto& store = session_->store();
        for (const auto& v : store.records().visitsByStatus(patrolbook::VisitStatus::Planned)) {
            if (!scope.hasProperty(v.propertyId))
                continue;
            // A manager sees the team's visits; everyone else the visits they are to make.
            if (!scope.manager() && !scope.userId().isEmpty() && v.staffId != scope.userIdStd())
                continue;
            Row r;
            r.visitId = form::qstr(v.id);
            r.ownerId = form::qstr(v.ownerId);
            const auto owner = store.records().get<patrolbook::Owner>(v.ownerId);
            if (owner) {
                r.ownerName = form::qstr(owner->name);
                r.member = owner->member;
            }
            const std::string unitId = v.unitId ? *v.unitId : (owner ? owner->unitId : std::string());
            r.unitLabel = RecordText::unitLabel(store, unitId);
            r.purpose = qml::value(v.purpose);
            const auto offset = RecordText::propertyOffset(store, v.propertyId);
            if (const auto due = patrolbook::visitDueAt(v)) {
                r.dueAt = RecordText::dateTime(*due);
                r.dueAtText = RecordText::propertyDateTime(*due, offset);
                r.minutesLeft = patrolbook::minutesLeft(v, now).value_or(0);
            }
            if (v.plannedAt) {
                r.plannedAt = RecordText::dateTime(*v.plannedAt);
                r.plannedAtText = RecordText::propertyDateTime(*v.plannedAt, offset);
            }
            rows.push_back(std::move(r));
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "visits due:" << e.what();
    }
    // Least time left first (the overdue ones, most overdue on top); visits that follow no
    // dated service have no limit and go last, by when they are planned.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.dueAt.isValid() != b.dueAt.isValid())
            return a.dueAt.isValid();
        if (a.dueAt.isValid() && a.minutesLeft != b.minutesLeft)
            return a.minutesLeft < b.minutesLeft;
        const qint64 pa = a.plannedAt.isValid() ? a.plannedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        const qint64 pb = b.plannedAt.isValid() ? b.plannedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        return pa < pb;
    });
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
