#include "staff_list_model.hpp"

#include "form_support.hpp"
#include "session.hpp"
#include "user_scope.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"

#include <QDebug>

StaffListModel::StaffListModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void StaffListModel::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &StaffListModel::reload);
    reload();
}

int StaffListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant StaffListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case StaffIdRole:
        return r.id;
    case RoleRole: // Values::StaffRole
        return int(r.role);
    case TeamRole:
        return r.team;
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffListModel::roleNames() const
{
    return {{StaffIdRole, "staffId"}, {NameRole, "name"}, {RoleRole, "role"}, {TeamRole, "team"}};
}

int StaffListModel::indexOf(const QString& staffId) const
{
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == staffId)
            return int(i);
    return -1;
}

QString StaffListModel::nameOf(const QString& staffId) const
{
    const int i = indexOf(staffId);
    return i < 0 ? QString() : rows_[std::size_t(i)].name;
}

void StaffListModel::reload()
{
    std::vector<Row> rows;
    try {
        // Everyone active who shares one of the user's properties.
        for (auto& s : patrolbook::DeviceQueries(session_->store().database())
                           .activeStaff(UserScope::of(*session_).propertyIdsJson()))
            rows.push_back({form::qstr(s.id), form::qstr(s.name), qml::fromWire<patrolbook::StaffRole>(s.role),
                            form::qstr(s.team)});
    } catch (const patrolbook::Error& e) {
        qWarning() << "staff:" << e.what();
    }
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
