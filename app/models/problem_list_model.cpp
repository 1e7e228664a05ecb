#include "problem_list_model.hpp"
#include "form_support.hpp"

#include "record_text.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/record_list_query.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QDebug>

#include <algorithm>

ProblemListModel::ProblemListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int ProblemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

namespace {

// The records list can show it (a line or a photo is shown with its record).
bool openable(std::string_view entity)
{
    const auto kinds = patrolbook::RecordListQuery::kinds();
    return std::find(kinds.begin(), kinds.end(), entity) != kinds.end();
}

} // namespace

QVariant ProblemListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case SeqRole:
        return r.seq;
    case KindRole:
        return int(r.kind);
    case EntityRole:
        return r.entity;
    case RecordIdRole:
        return r.recordId;
    case ReasonRole:
        return r.reason;
    case CanDiscardRole:
        return r.canDiscard;
    case OpenableRole:
        return r.openable;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProblemListModel::roleNames() const
{
    return {{SeqRole, "seq"},     {KindRole, "kind"},     {EntityRole, "entity"},         {RecordIdRole, "recordId"},
            {TitleRole, "title"}, {ReasonRole, "reason"}, {CanDiscardRole, "canDiscard"}, {OpenableRole, "openable"}};
}

void ProblemListModel::reload(patrolbook::Store& store)
{
    std::vector<Row> rows;
    try {
        // Refusals first: they wait for the user, and nothing of them has reached the server.
        for (const auto& e : store.outbox().rejected()) {
            Row r;
            r.seq = e.seq;
            r.kind = Values::SyncState::Rejected;
            r.entity = form::qstr(e.entity);
            r.recordId = form::qstr(e.recordId);
            r.openable = openable(e.entity);
            r.title = RecordText::describe(store, e.entity, e.recordId);
            r.reason = e.reason ? form::qstr(*e.reason) : tr("The server refused this change.");
            r.canDiscard = e.baseVersion == 0
                && !patrolbook::DeviceQueries(store.database()).knownToServer(e.entity, e.recordId);
            rows.push_back(std::move(r));
        }
        // Conflicts are settled on the server already; they stay listed until looked at.
        for (const auto& c : patrolbook::sync::DeviceState(store.database()).conflicts()) {
            Row r;
            r.kind = Values::SyncState::Conflict;
            r.entity = form::qstr(c.entity);
            r.recordId = form::qstr(c.id);
            r.openable = openable(c.entity);
            r.title = RecordText::describe(store, c.entity, c.id);
            r.reason = c.reason.empty()
                ? tr("Changed on the server too: one version was kept, the other saved for review.")
                : form::qstr(c.reason);
            rows.push_back(std::move(r));
        }
    } catch (const patrolbook::Error& err) {
        qWarning() << "sync problems:" << err.what();
    }
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
