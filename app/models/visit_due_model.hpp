#pragma once

#include "session_bound.hpp"
#include "values.hpp"

#include <QAbstractListModel>
#include <QDateTime>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

// Owner visits still to do (planned), the most urgent first: the three-day limit of each
// and the minutes left, overdue ones on top.
class VisitDueModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        VisitIdRole = Qt::UserRole + 1,
        OwnerIdRole,
        OwnerNameRole,
        UnitLabelRole,
        PurposeRole,
        MemberRole,
        DueAtRole, // QDateTime, invalid when the visit follows no dated service
        MinutesLeftRole, // negative once overdue; 0 with no due time
        OverdueRole,
        PlannedAtRole,
        // On the property's clock, the zone named when it is not the phone's; "" if none.
        DueAtTextRole,
        PlannedAtTextRole,
    };
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit VisitDueModel(Session* session = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE void reload();
    void setNow(const QDateTime& now) { now_ = now; }

signals:
    void countChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    struct Row {
        QString visitId, ownerId, ownerName, unitLabel;
        Values::VisitPurpose purpose = Values::VisitPurpose::Unset;
        bool member = false;
        QDateTime dueAt, plannedAt;
        QString dueAtText, plannedAtText;
        qint64 minutesLeft = 0;
    };
    std::vector<Row> rows_;
    QDateTime now_;
};
