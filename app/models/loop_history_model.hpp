#pragma once

#include "session_bound.hpp"

#include <QAbstractListModel>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

// A loop's history on its record's page: the steps the server accepted (LoopEvents of
// the record: follow-up, repair order, complaint), oldest first, newest last, each with
// its step in words, who took it, when (on the property's clock), its note and photos.
// The same component serves every loop: `entity` and `recordId` say which.
class LoopHistoryModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString entity READ entity WRITE setEntity NOTIFY entityChanged)
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        StepRole = Qt::UserRole + 1, // "Marked fixed", in the user's language
        ActorRole, // who, by name
        WhenRole, // when on their device, on the property's clock
        NoteRole,
        PhotoUrlsRole, // the step's photos that are on this device
        PhotoCountRole, // all of the step's photos
    };
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit LoopHistoryModel(Session* session = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString entity() const { return entity_; }
    void setEntity(const QString& entity);
    QString recordId() const { return recordId_; }
    void setRecordId(const QString& id);

    Q_INVOKABLE void reload();

signals:
    void entityChanged();
    void recordIdChanged();
    void countChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    struct Row {
        QString step, actor, when, note;
        QStringList photoUrls;
        int photoCount = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };
    std::vector<Row> rows_;
    QString entity_, recordId_;
};
