#pragma once

#include "session_bound.hpp"

#include <QAbstractListModel>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

// Handovers not yet received: "confirm" — those the user may take over (HandoverRules);
// "unconfirmed" — a manager's: every one still unconfirmed a shift after it was handed.
class HandoverListModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString queue READ queue WRITE setQueue NOTIFY queueChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        HandoverIdRole = Qt::UserRole + 1,
        TitleRole, // post and shift, in words
        SummaryRole,
        HandedByRole, // by name
        HandedAtRole, // on the property's clock
        ItemsRole, // the open items carried over, in words
        CanReceiveRole, // the user may confirm it
    };
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit HandoverListModel(Session* session = nullptr, QObject* parent = nullptr);

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
        QString id, title, summary, handedBy, handedAt;
        QStringList items;
        bool canReceive = false;
        friend bool operator==(const Row&, const Row&) = default;
    };
    std::vector<Row> rows_;
    QString queue_ = QStringLiteral("confirm");
    QDateTime now_;
};
