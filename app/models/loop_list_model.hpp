#pragma once

#include "session_bound.hpp"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

// Repair orders (报修) or complaints (投诉) of the user's properties, as a list to work
// from: `entity` "repair_order" or "complaint"; `filter` "mine" (assigned to me and not
// done), "approval" (a repair order to dispatch, a complaint's solution or an escalated
// complaint waiting for the manager), "overdue" (loops/loop_deadlines.hpp) or "all".
// Each row says where it stands, how urgent, which unit and how long the owner has waited.
class LoopListModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString entity READ entity WRITE setEntity NOTIFY entityChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        TitleRole, // the category or class, and the unit
        DescriptionRole,
        StatusRole, // words
        StatusCodeRole, // wire name
        UrgencyRole, // words ("" for a normal one)
        UrgentRole, // bool: urgent, emergency, major or escalated
        UnitRole,
        WaitingRole, // how long since registered, until done ("2 h 5 min")
        OverdueRole, // bool
    };
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit LoopListModel(Session* session = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString entity() const { return entity_; }
    void setEntity(const QString& entity);
    QString filter() const { return filter_; }
    void setFilter(const QString& filter);
    Q_INVOKABLE void reload();

signals:
    void entityChanged();
    void filterChanged();
    void countChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    struct Row {
        QString id, title, description, status, statusCode, urgency, unit, waiting;
        bool urgent = false, overdue = false;
        std::int64_t sortKey = 0;
    };
    void loadRepairs(std::vector<Row>& rows);
    void loadComplaints(std::vector<Row>& rows);

    QString entity_ = QStringLiteral("repair_order"), filter_ = QStringLiteral("all");
    std::vector<Row> rows_;
};
