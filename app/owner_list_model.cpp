#include "owner_list_model.hpp"

#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

#include <QDebug>

namespace {

// The search runs in SQLite over name, unit number and phone; the page is sorted by
// building, floor and unit, the order staff walk a building in. The last visit is looked
// up for the page's rows only, through the visits' owner index (`+status` keeps SQLite
// from choosing the status index instead, which reads every done visit per owner).
constexpr const char* searchSql = R"sql(
SELECT o.id, o.name, o.unit_id, u.number, b.code, o.phone, o.member,
       (SELECT v.visited_at FROM owner_visit v WHERE v.owner_id = o.id AND v.deleted = 0 AND +v.status = 'done'
        AND v.visited_at IS NOT NULL ORDER BY v.visited_at DESC LIMIT 1),
       (SELECT p.utc_offset_min FROM property p WHERE p.id = o.property_id)
FROM (SELECT o.* FROM owner o
      LEFT JOIN unit u ON u.id = o.unit_id
      LEFT JOIN building b ON b.id = u.building_id
      WHERE o.deleted = 0
        AND (json_array_length(?1) = 0 OR o.property_id IN (SELECT value FROM json_each(?1)))
        AND (?2 IS NULL OR o.name LIKE ?2 ESCAPE '\' OR u.number LIKE ?2 ESCAPE '\'
             OR o.phone LIKE ?2 ESCAPE '\' OR (b.code || '-' || u.number) LIKE ?2 ESCAPE '\')
      ORDER BY b.code, u.floor, u.number, o.name
      LIMIT ?3) o
LEFT JOIN unit u ON u.id = o.unit_id
LEFT JOIN building b ON b.id = u.building_id
ORDER BY b.code, u.floor, u.number, o.name
)sql";

} // namespace

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
        auto st = session_->store().database().cached(searchSql);
        st.bind(1, scope.propertyIdsJson());
        if (filter_.trimmed().isEmpty())
            st.bindNull(2);
        else
            st.bind(2, containsPattern(filter_));
        st.bind(3, std::int64_t{limit_});
        while (st.step()) {
            Row r;
            r.id = textColumn(st, 0);
            r.name = textColumn(st, 1);
            r.unitId = textColumn(st, 2);
            r.unitLabel = RecordText::unitLabel(textColumn(st, 3), textColumn(st, 4));
            r.phone = textColumn(st, 5);
            r.member = st.getInt64(6) != 0;
            if (!st.isNull(7)) {
                // The day on the property's clock, whatever the device's zone.
                const auto offset = st.isNull(8) ? patrolbook::Property{}.utcOffsetMin : st.getInt64(8);
                r.lastVisit = RecordText::dateTime(st.getInt64(7), offset);
                r.lastVisitDate = RecordText::propertyDate(patrolbook::Timestamp::fromUtcMs(st.getInt64(7)), offset);
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
