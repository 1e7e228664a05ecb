#include "area_list_model.hpp"
#include "form_support.hpp"

#include "area_patrol.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"

#include "patrolbook/enum_names.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/geo_point.hpp"

#include <QDebug>

#include <algorithm>

AreaListModel::AreaListModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void AreaListModel::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &AreaListModel::reload);
    reload();
}

int AreaListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant AreaListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case AreaIdRole:
        return r.id;
    case CodeRole:
        return r.code;
    case AreaTypeRole:
        return int(r.type);
    case DueTodayRole:
        return r.dueToday;
    case DoneTodayRole:
        return r.doneToday;
    case HasDraftRole:
        return r.hasDraft;
    case LastPatrolRole:
        return r.lastPatrol;
    case DistanceRole:
        return r.distance;
    default:
        return {};
    }
}

QHash<int, QByteArray> AreaListModel::roleNames() const
{
    return {{AreaIdRole, "areaId"},     {NameRole, "name"},
            {CodeRole, "code"},         {AreaTypeRole, "areaType"},
            {DueTodayRole, "dueToday"}, {DoneTodayRole, "doneToday"},
            {HasDraftRole, "hasDraft"}, {LastPatrolRole, "lastPatrol"},
            {DistanceRole, "distance"}};
}

void AreaListModel::setFilterText(const QString& text)
{
    if (text == filter_)
        return;
    filter_ = text;
    emit filterTextChanged();
    applyFilter();
}

void AreaListModel::setByDistance(bool on)
{
    if (on == byDistance_)
        return;
    byDistance_ = on;
    emit byDistanceChanged();
    applyFilter();
}

void AreaListModel::setReferencePosition(double latitude, double longitude)
{
    hasReference_ = true;
    refLat_ = latitude;
    refLon_ = longitude;
    const patrolbook::GeoPoint here{latitude, longitude, std::nullopt};
    for (auto& r : all_)
        r.distance = r.hasCenter ? patrolbook::distanceMetres(here, {r.lat, r.lon, std::nullopt}) : -1;
    applyFilter();
}

void AreaListModel::reload()
{
    std::vector<Row> rows;
    try {
        const QDateTime now = now_.isValid() ? now_ : QDateTime::currentDateTime();
        auto& store = session_->store();
        const patrolbook::GeoPoint here{refLat_, refLon_, std::nullopt};
        for (const auto& a : loadAreaPatrols(store, UserScope::of(*session_), RecordText::timestamp(now))) {
            Row r;
            r.id = form::qstr(a.area.id);
            r.name = form::qstr(a.area.name);
            r.code = form::qstr(a.area.code);
            r.type = qml::value(a.area.areaType);
            r.dueToday = a.dueToday;
            r.doneToday = a.doneToday;
            r.hasDraft = a.hasDraft;
            if (a.lastPatrol)
                r.lastPatrol = RecordText::dateTime(*a.lastPatrol);
            if (a.area.center) {
                r.hasCenter = true;
                r.lat = a.area.center->lat;
                r.lon = a.area.center->lon;
                if (hasReference_)
                    r.distance = patrolbook::distanceMetres(here, *a.area.center);
            }
            rows.push_back(std::move(r));
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "areas:" << e.what();
    }
    all_ = std::move(rows);
    applyFilter();
}

void AreaListModel::applyFilter()
{
    const QString needle = filter_.trimmed();
    std::vector<Row> rows;
    for (const auto& r : all_)
        if (needle.isEmpty() || r.name.contains(needle, Qt::CaseInsensitive)
            || r.code.contains(needle, Qt::CaseInsensitive))
            rows.push_back(r);
    if (byDistance_ && hasReference_) {
        // Nearest first; areas without a known center go last.
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            if ((a.distance < 0) != (b.distance < 0))
                return b.distance < 0;
            return a.distance < b.distance;
        });
    } else {
        // What still needs a patrol today first, then in code order (building by building).
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            const bool openA = a.dueToday && !a.doneToday, openB = b.dueToday && !b.doneToday;
            if (openA != openB)
                return openA;
            return a.code < b.code;
        });
    }
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
