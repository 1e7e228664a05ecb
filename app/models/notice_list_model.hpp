#pragma once

#include "session_bound.hpp"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

// The office's reviews that found issues in the user's records, still to put right
// (records/notice.hpp): on Today all of them, on a record's page its own (recordId set).
// The user answers one by marking it corrected, with an optional reply: the record goes
// back to review on the server, and the notice leaves the list.
class NoticeListModel : public QAbstractListModel, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // "": every open notice of the user's; else only the one about this record.
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    // At most this many rows, the newest (0: all); total counts them all.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    enum Role {
        NoticeIdRole = Qt::UserRole + 1,
        RecordEntityRole,
        RecordIdRole,
        TitleRole, // the record, in words
        CommentRole, // what the office asks to put right
        ReviewerRole, // who reviewed, by name
        WhenRole, // when, on the property's clock
    };
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit NoticeListModel(Session* session = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString recordId() const { return recordId_; }
    void setRecordId(const QString& id);
    int limit() const { return limit_; }
    void setLimit(int limit);
    int total() const { return total_; }
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }

    Q_INVOKABLE void reload();
    // Answers the notice: corrected now, with the reply (may be empty). False, with
    // errorString, when it cannot be saved.
    Q_INVOKABLE bool markCorrected(const QString& noticeId, const QString& reply);

signals:
    void countChanged();
    void recordIdChanged();
    void limitChanged();
    void errorChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    void setError(const QString& error);
    struct Row {
        QString id, entity, recordId, title, comment, reviewer, when;
    };
    std::vector<Row> rows_;
    QString recordId_, error_;
    int limit_ = 0, total_ = 0;
};
