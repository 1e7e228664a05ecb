#include "staff_list_model.hpp"

#include "session.hpp"
#include "user_scope.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

#include <QDebug>

namespace {

// property_ids is a JSON array: a member of staff is listed when it shares one of the
// user's properties.
constexpr const char* staffSql = R"sql(
SELECT s.id, s.name, s.role, s.team FROM staff s
WHERE s.deleted = 0 AND s.active = 1
  AND (json_array_length(?1) = 0
       OR EXISTS (SELECT 1 FROM json_each(s.property_ids) p WHERE p.value IN (SELECT value FROM json_each(?1))))
ORDER BY s.team, s.name
)sql";

} // namespace

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
    case RoleRole:
        return r.role;
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
        auto st = session_->store().database().cached(staffSql);
        st.bind(1, UserScope::of(*session_).propertyIdsJson());
        while (st.step())
            rows.push_back({textColumn(st, 0), textColumn(st, 1), textColumn(st, 2), textColumn(st, 3)});
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
