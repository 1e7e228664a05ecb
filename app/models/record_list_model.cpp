#include "record_list_model.hpp"
#include "form_support.hpp"

#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "vocabulary.hpp"

#include "patrolbook/enums.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/record_list_query.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QDebug>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <array>

namespace {

template <class T>
bool assign(T& member, const T& value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}

} // namespace

RecordListModel::RecordListModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , SessionBound(session)
{
    bindSession();
}

void RecordListModel::attachSession()
{
    connect(session_, &Session::recordsChanged, this, &RecordListModel::reload);
    reload();
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case RecordIdRole:
        return r.id;
    case KindRole:
        return r.kind;
    case KindTextRole:
        return r.kindText;
    case SubtitleRole:
        return r.subtitle;
    case WhenRole:
        return r.when;
    case WhenTextRole:
        return r.whenText;
    case StatusRole:
        return r.status;
    case StatusTextRole:
        return r.statusText;
    case SyncStateRole:
        return int(r.syncState);
    case FailedRole:
        return r.failed;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},   {KindRole, "kind"},         {KindTextRole, "kindText"},
            {TitleRole, "title"},         {SubtitleRole, "subtitle"}, {WhenRole, "when"},
            {WhenTextRole, "whenText"},   {StatusRole, "status"},     {StatusTextRole, "statusText"},
            {SyncStateRole, "syncState"}, {FailedRole, "failed"}};
}

QVariantList RecordListModel::kindChoices() const
{
    QVariantList out;
    for (const auto kind : patrolbook::RecordListQuery::kinds())
        out.push_back(QVariantMap{{"value", form::qstr(kind)}, {"text", Vocabulary::entityLabel(kind)}});
    return out;
}

QVariantList RecordListModel::statusChoices(const QString& kind) const
{
    QVariantList out;
    for (const auto status : patrolbook::RecordListQuery::statuses(form::str(kind)))
        out.push_back(QVariantMap{{"value", form::qstr(status)}, {"text", Vocabulary::statusLabel(status)}});
    return out;
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !exhausted_;
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || exhausted_)
        return;
    std::vector<Row> page;
    try {
        page = fetchPage(pageSize);
    } catch (const patrolbook::Error& e) {
        qWarning() << "records:" << e.what();
    }
    exhausted_ = int(page.size()) < pageSize;
    if (!page.empty()) {
        beginInsertRows({}, int(rows_.size()), int(rows_.size() + page.size()) - 1);
        rows_.insert(rows_.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
        endInsertRows();
    }
    if (!countKnown_) {
        // Scrolled to the end before the count came: the rows are the count.
        total_ = int(rows_.size());
        countKnown_ = exhausted_;
        if (exhausted_)
            ++generation_;
    }
    emit countChanged();
}

// A changed filter is a new question: the list starts again at the top, one page long.
void RecordListModel::setFilterText(const QString& v)
{
    if (assign(filter_, v)) {
        emit filtersChanged();
        refresh(pageSize);
    }
}

void RecordListModel::setKind(const QString& v)
{
    if (assign(kind_, v)) {
        emit filtersChanged();
        refresh(pageSize);
    }
}

void RecordListModel::setStatus(const QString& v)
{
    if (assign(status_, v)) {
        emit filtersChanged();
        refresh(pageSize);
    }
}

void RecordListModel::setAreaId(const QString& v)
{
    if (assign(areaId_, v)) {
        emit filtersChanged();
        refresh(pageSize);
    }
}

void RecordListModel::setFromDate(const QDate& v)
{
    if (assign(from_, v)) {
        emit filtersChanged();
        refresh(pageSize);
    }
}

void RecordListModel::setToDate(const QDate& v)
{
    if (assign(to_, v)) {
        emit filtersChanged();
        refresh(pageSize);
    }
}

void RecordListModel::setMineOnly(bool v)
{
    if (assign(mineOnly_, v)) {
        emit filtersChanged();
        refresh(pageSize);
    }
}

void RecordListModel::reload()
{
    // As many rows as were showing, so the list keeps its place when a save or a sync
    // changes the records under it.
    refresh(std::max<std::size_t>(pageSize, rows_.size()));
}

void RecordListModel::refresh(std::size_t keep)
{
    beginResetModel();
    rows_.clear();
    total_ = 0;
    exhausted_ = true;
    countKnown_ = true;
    ++generation_;
    tablesWithRows_ = ~0u;
    try {
        readSyncStates();
        auto countSql = patrolbook::RecordListQuery::countSql(filter());
        if (!countSql.text.empty()) {
            rows_ = fetchPage(int(keep));
            exhausted_ = rows_.size() < keep;
            total_ = int(rows_.size());
            // Every match is loaded: that is the count. Otherwise it is counted aside.
            if (!exhausted_) {
                countKnown_ = false;
                countInBackground(std::move(countSql));
            }
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "records:" << e.what();
        exhausted_ = true;
    }
    endResetModel();
    emit countChanged();
}

void RecordListModel::countInBackground(patrolbook::RecordListQuery::Sql sql)
{
    const quint64 generation = generation_;
    auto* watcher = new QFutureWatcher<std::vector<std::int64_t>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == generation_)
            applyCount(watcher->result());
    });
    // The task holds nothing of the model but the latest question's number: a model gone
    // meanwhile leaves it harmless, and a count asked for an older question is not run at
    // all (saves while someone types ask again and again).
    latestCount_->store(generation);
    watcher->setFuture(QtConcurrent::run(
        [path = form::str(session_->storeFile()), sql = std::move(sql), latest = latestCount_, generation] {
            std::vector<std::int64_t> perTable;
            if (latest->load() != generation)
                return perTable;
            try {
                patrolbook::sqlite::Database db(path, {.readOnly = true});
                perTable = patrolbook::RecordListQuery::count(db, sql);
            } catch (const std::exception& e) {
                qWarning() << "records count:" << e.what();
            }
            return perTable;
        }));
}

void RecordListModel::applyCount(const std::vector<std::int64_t>& perTable)
{
    if (perTable.empty())
        return; // the count failed: the rows loaded stay the best answer
    int total = 0;
    unsigned withRows = 0;
    for (std::size_t i = 0; i < perTable.size(); ++i) {
        total += int(perTable[i]);
        // A search matching nothing in a table would otherwise read all of that table
        // again for every page.
        if (perTable[i] > 0)
            withRows |= 1u << i;
    }
    tablesWithRows_ = withRows;
    total_ = std::max(total, int(rows_.size()));
    countKnown_ = true;
    emit countChanged();
}
