#pragma once

#include "session_bound.hpp"

#include <QAbstractListModel>
#include <QDateTime>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

// Owners of the user's properties, searchable by name, unit ("3-1502", "1502") or phone,
// for starting a visit or a renovation check. At most `limit` rows are shown: the search
// narrows, nobody scrolls through thousands of owners.
class OwnerListModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)

public:
    enum Role {
        OwnerIdRole = Qt::UserRole + 1,
        NameRole,
        UnitIdRole,
        UnitLabelRole, // building code and unit number, "3栋-1502"
        PhoneRole,
        MemberRole,
        LastVisitRole, // QDateTime of the last done visit (property's offset), invalid if none
        LastVisitDateRole, // its day on the property's clock, "yyyy-MM-dd"; "" if none
    };
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit OwnerListModel(Session* session = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filterText() const { return filter_; }
    void setFilterText(const QString& text);
    int limit() const { return limit_; }
    void setLimit(int limit);
    Q_INVOKABLE void reload();

signals:
    void countChanged();
    void filterTextChanged();
    void limitChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    struct Row {
        QString id, name, unitId, unitLabel, phone;
        bool member = false;
        QDateTime lastVisit;
        QString lastVisitDate;
    };
    std::vector<Row> rows_;
    QString filter_;
    int limit_ = 100;
};
