#include "owner_list_model.hpp"

#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/record_list_query.hpp"
#include "patrolbook/records.hpp"

#include <QDebug>

using form::qstr;
using form::str;

OwnerListModel::OwnerListModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void OwnerListModel::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &OwnerListModel::reload);
    reload();
}

int OwnerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant OwnerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case OwnerIdRole:
        return r.id;
    case UnitIdRole:
        return r.unitId;
    case UnitLabelRole:
        return r.unitLabel;
    case PhoneRole:
        return r.phone;
    case MemberRole:
        return r.member;
    case LastVisitRole:
        return r.lastVisit;
    case LastVisitDateRole:
        return r.lastVisitDate;
    default:
        return {};
    }
}

QHash<int, QByteArray> OwnerListModel::roleNames() const
{
    return {{OwnerIdRole, "ownerId"},     {NameRole, "name"},
            {UnitIdRole, "unitId"},       {UnitLabelRole, "unitLabel"},
            {PhoneRole, "phone"},         {MemberRole, "member"},
            {LastVisitRole, "lastVisit"}, {LastVisitDateRole, "lastVisitDate"}};
}

void OwnerListModel::setFilterText(const QString& text)
{
    if (text == filter_)
        return;
    filter_ = text;
    emit filterTextChanged();
    reload();
}

void OwnerListModel::setLimit(int limit)
{
    limit = std::max(limit, 1);
    if (limit == limit_)
        return;
    limit_ = limit;
    emit limitChanged();
    reload();
}

void OwnerListModel::reload()
{
    std::vector<Row> rows;
    try {
        const UserScope scope = UserScope::of(*session_);
        const auto search = filter_.trimmed();
        const auto found = patrolbook::DeviceQueries(session_->store().database())
                               .searchOwners(scope.propertyIdsJson(),
                                             search.isEmpty() ? std::nullopt
                                                              : std::optional(patrolbook::containsPattern(str(search))),
                                             limit_);
        for (const auto& o : found) {
            Row r;
            r.id = qstr(o.id);
            r.name = qstr(o.name);
            r.unitId = qstr(o.unitId);
            r.unitLabel = RecordText::unitLabel(qstr(o.unit.number), qstr(o.unit.buildingCode));
            r.phone = qstr(o.phone);
            r.member = o.member;
            if (o.lastVisitUtcMs) {
                // The day on the property's clock, whatever the device's zone.
                r.lastVisit = RecordText::dateTime(*o.lastVisitUtcMs, o.propertyOffsetMin);
                r.lastVisitDate = RecordText::propertyDate(patrolbook::Timestamp::fromUtcMs(*o.lastVisitUtcMs),
                                                           o.propertyOffsetMin);
            }
            rows.push_back(std::move(r));
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "owners:" << e.what();
    }
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
