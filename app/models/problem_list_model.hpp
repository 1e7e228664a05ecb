#pragma once

#include "values.hpp"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace patrolbook {
class Store;
}

// Records the server would not take as they are: changes it refused (with its reason)
// and conflicts it resolved by its rule (the losing value kept for review). Each says
// what the user can do about it.
class ProblemListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SyncStatus")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        SeqRole = Qt::UserRole + 1, // outbox entry (rejected), 0 for a conflict
        KindRole, // Values::SyncState: Rejected or Conflict
        EntityRole,
        RecordIdRole,
        TitleRole, // what the record is, in words
        ReasonRole, // the server's reason, or which field lost
        CanDiscardRole,
        OpenableRole, // the records list can show it
    };
    explicit ProblemListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload(patrolbook::Store& store);

signals:
    void countChanged();

private:
    struct Row {
        qint64 seq = 0;
        Values::SyncState kind = Values::SyncState::Rejected;
        QString entity, recordId, title, reason;
        bool canDiscard = false;
        bool openable = false;
    };
    std::vector<Row> rows_;
};
