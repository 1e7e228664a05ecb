#include "answer_list_model.hpp"

#include <algorithm>

AnswerListModel::AnswerListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int AnswerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant AnswerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case ItemIdRole:
        return r.itemId;
    case CodeRole:
        return r.code;
    case CategoryRole:
        return r.category;
    case HintRole:
        return r.hint;
    case ResultRole: // Values::ItemResult
        return int(qml::value(r.result));
    case NoteRole:
        return r.note;
    case PhotoUrlsRole:
        return r.photoUrls;
    case PhotoCountRole:
        return r.photoCount;
    case FollowUpTextRole:
        return r.followUpText;
    case FollowUpAssigneeIdRole:
        return r.followUpAssigneeId;
    case FollowUpAssigneeNameRole:
        return r.followUpAssigneeName;
    case DueDateRole:
        return r.dueDate;
    default:
        return {};
    }
}

QHash<int, QByteArray> AnswerListModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {CodeRole, "code"},
            {CategoryRole, "categoryText"},
            {TitleRole, "title"},
            {HintRole, "hint"},
            {ResultRole, "result"},
            {NoteRole, "note"},
            {PhotoUrlsRole, "photoUrls"},
            {PhotoCountRole, "photoCount"},
            {FollowUpTextRole, "followUpText"},
            {FollowUpAssigneeIdRole, "followUpAssigneeId"},
            {FollowUpAssigneeNameRole, "followUpAssigneeName"},
            {DueDateRole, "dueDate"}};
}

void AnswerListModel::reset(std::vector<Row> rows)
{
    // The same lines read again after a save: change them in place, so the list keeps
    // its delegates (and the focus of a note being typed) instead of rebuilding.
    const bool sameLines = rows.size() == rows_.size()
        && std::equal(rows.begin(), rows.end(), rows_.begin(),
                      [](const Row& a, const Row& b) { return a.itemId == b.itemId; });
    if (sameLines && !rows_.empty()) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            setRow(int(i), std::move(rows[i]));
        return;
    }
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void AnswerListModel::setRow(int i, Row row)
{
    if (!contains(i) || rows_[std::size_t(i)] == row)
        return;
    rows_[std::size_t(i)] = std::move(row);
    const QModelIndex at = index(i);
    // Every role may have changed (an answer can bring a follow-up and photos with it).
    emit dataChanged(at, at);
}

int AnswerListModel::answered() const
{
    return int(std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.result.has_value(); }));
}

int AnswerListModel::failed() const
{
    return int(std::count_if(rows_.begin(), rows_.end(),
                             [](const Row& r) { return r.result == patrolbook::ItemResult::Fail; }));
}
