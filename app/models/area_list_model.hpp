#pragma once

#include "session_bound.hpp"
#include "values.hpp"

#include <QAbstractListModel>
#include <QDateTime>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

// The areas of the user's properties, for picking one to patrol: searchable by name or
// code, and sorted by distance once a position is given (nearest first), else by whether
// a patrol is due today.
class AreaListModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(bool byDistance READ byDistance WRITE setByDistance NOTIFY byDistanceChanged)

public:
    enum Role {
        AreaIdRole = Qt::UserRole + 1,
        NameRole,
        CodeRole,
        AreaTypeRole, // Values::AreaType
        DueTodayRole, // a patrol is due (none within patrol_every_days)
        DoneTodayRole, // patrolled (finished) today
        HasDraftRole, // the user has a patrol of it in progress
        LastPatrolRole, // QDateTime of the last finished patrol, invalid if none
        DistanceRole, // metres from the reference position, -1 when unknown
    };
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit AreaListModel(Session* session = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filterText() const { return filter_; }
    void setFilterText(const QString& text);
    bool byDistance() const { return byDistance_; }
    void setByDistance(bool on);

    // The position to measure distances from (the phone's).
    Q_INVOKABLE void setReferencePosition(double latitude, double longitude);
    Q_INVOKABLE void reload();
    // "now" for due/done: tests pin it; default the clock.
    void setNow(const QDateTime& now) { now_ = now; }

signals:
    void countChanged();
    void filterTextChanged();
    void byDistanceChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    struct Row {
        QString id, name, code;
        Values::AreaType type = Values::AreaType::Unset;
        bool dueToday = false, doneToday = false, hasDraft = false;
        QDateTime lastPatrol;
        double lat = 0, lon = 0;
        bool hasCenter = false;
        double distance = -1;
    };
    void applyFilter();

    std::vector<Row> all_;
    std::vector<Row> rows_;
    QString filter_;
    bool byDistance_ = false;
    bool hasReference_ = false;
    double refLat_ = 0, refLon_ = 0;
    QDateTime now_;
};
