#pragma once

#include "session_bound.hpp"
#include "values.hpp"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

// Active staff of the user's properties: who a follow-up can be given to.
class StaffListModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { StaffIdRole = Qt::UserRole + 1, NameRole, RoleRole, TeamRole };
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit StaffListModel(Session* session = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE void reload();
    // The row of a staff id, -1 if absent (for a ComboBox's currentIndex).
    Q_INVOKABLE int indexOf(const QString& staffId) const;
    Q_INVOKABLE QString nameOf(const QString& staffId) const;

signals:
    void countChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    struct Row {
        QString id, name;
        Values::StaffRole role = Values::StaffRole::Unset;
        QString team;
    };
    std::vector<Row> rows_;
};
