#pragma once

#include "session_bound.hpp"

#include <QAbstractListModel>
#include <QDateTime>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

// The follow-ups waiting on someone: "mine" — assigned to the user, open or being fixed,
// overdue first (and marked), then by due date; "verify" — marked fixed, waiting for a
// manager to check them (a manager's queue; empty for anyone else).
class FollowUpQueueModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString queue READ queue WRITE setQueue NOTIFY queueChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        FollowUpIdRole = Qt::UserRole + 1,
        DescriptionRole,
        PlaceRole, // the area, or the unit
        StatusRole, // in words
        AssigneeRole, // by name
        DueRole, // the due date on the property's clock, "" for none
        OverdueRole, // past due and not yet fixed
    };
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit FollowUpQueueModel(Session* session = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString queue() const { return queue_; }
    void setQueue(const QString& queue);
    void setNow(const QDateTime& now);

    Q_INVOKABLE void reload();

signals:
    void queueChanged();
    void countChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    struct Row {
        QString id, description, place, status, assignee, due;
        bool overdue = false;
        friend bool operator==(const Row&, const Row&) = default;
    };
    std::vector<Row> rows_;
    QString queue_ = QStringLiteral("mine");
    QDateTime now_;
};
