#pragma once

#include "session_bound.hpp"
#include "values.hpp"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <string>
#include <vector>

// One record for the detail view: its fields as label/value pairs in the user's
// language, its photos (image://photos/ urls: PhotoCache), its position and
// where it stands with the server.
class RecordDetail : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(QString recordId READ recordId NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    // [{label, value}]
    Q_PROPERTY(QVariantList fields READ fields NOTIFY changed)
    // [{title, result (Values::ItemResult), note, photos:[url...]}] for inspections and
    // renovation checks.
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    // Every photo of the record and its lines, as image://photos/ urls (PhotoCache): the
    // device's file while it has one, else fetched from the server when shown.
    Q_PROPERTY(QVariantList photos READ photos NOTIFY changed)
    // Records this one is linked to: [{kind, recordId, label}] (a re-check and the check
    // it re-checks, both ways).
    Q_PROPERTY(QVariantList links READ links NOTIFY changed)
    Q_PROPERTY(int photoCount READ photoCount NOTIFY changed)
    Q_PROPERTY(QString position READ position NOTIFY changed)
    Q_PROPERTY(Values::SyncState syncState READ syncState NOTIFY changed)
    // The server's reason for a refusal, or the conflicting field.
    Q_PROPERTY(QString syncReason READ syncReason NOTIFY changed)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit RecordDetail(Session* session = nullptr, QObject* parent = nullptr);

    QString kind() const { return kind_; }
    QString recordId() const { return id_; }
    bool found() const { return found_; }
    QString title() const { return title_; }
    QVariantList fields() const { return fields_; }
    QVariantList lines() const { return lines_; }
    QVariantList photos() const { return photos_; }
    QVariantList links() const { return links_; }
    int photoCount() const { return photoCount_; }
    QString position() const { return position_; }
    Values::SyncState syncState() const { return syncState_; }
    QString syncReason() const { return syncReason_; }

    Q_INVOKABLE void load(const QString& kind, const QString& recordId);

signals:
    void changed();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    void addField(const QString& label, const QString& value);
    // The record's own state or, for a patrol or check, any of its lines'.
    void loadSyncState(const std::vector<std::string>& lineIds);

    QString kind_, id_, title_, position_, syncReason_;
    Values::SyncState syncState_ = Values::SyncState::Synced;
    bool found_ = false;
    QVariantList fields_, lines_, photos_, links_;
    int photoCount_ = 0;
};
