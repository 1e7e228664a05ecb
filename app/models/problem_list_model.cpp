#include "problem_list_model.hpp"
#include "form_support.hpp"

#include "record_text.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QDebug>

ProblemListModel::ProblemListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int ProblemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

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
        return r.kind;
    case EntityRole:
        return r.entity;
    case RecordIdRole:
        return r.recordId;
    case ReasonRole:
        return r.reason;
    case CanDiscardRole:
        return r.canDiscard;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProblemListModel::roleNames() const
{
    return {{SeqRole, "seq"},     {KindRole, "kind"},     {EntityRole, "entity"},        {RecordIdRole, "recordId"},
            {TitleRole, "title"}, {ReasonRole, "reason"}, {CanDiscardRole, "canDiscard"}};
}

void ProblemListModel::reload(patrolbook::Store& store)
{
    std::vector<Row> rows;
    try {
        // Refusals first: they wait for the user, and nothing of them has reached the server.
        for (const auto& e : store.outbox().rejected()) {
            Row r;
            r.seq = e.seq;
            r.kind = QStringLiteral("rejected");
            r.entity = form::qstr(e.entity);
            r.recordId = form::qstr(e.recordId);
            r.title = RecordText::describe(store, e.entity, e.recordId);
            r.reason = e.reason ? form::qstr(*e.reason) : tr("The server refused this change.");
            r.canDiscard = e.baseVersion == 0
                && !patrolbook::DeviceQueries(store.database()).knownToServer(e.entity, e.recordId);
            rows.push_back(std::move(r));
        }
        // Conflicts are settled on the server already; they stay listed until looked at.
        for (const auto& c : patrolbook::sync::DeviceState(store.database()).conflicts()) {
            Row r;
            r.kind = QStringLiteral("conflict");
            r.entity = form::qstr(c.entity);
            r.recordId = form::qstr(c.id);
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
