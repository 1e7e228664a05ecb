#pragma once

#include "values.hpp"

#include "patrolbook/enums.hpp"

#include <QAbstractListModel>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

// The lines of a checklist being answered (an inspection's or a renovation check's), as
// the form shows them. The form controller owns it and writes every answer to the store
// before updating the row, so what the list shows is what is saved.
class AnswerListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a form")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    struct Row {
        QString itemId;
        QString code;
        QString category; // in the user's words: "Cleanliness", ... (renovation lines: "Renovation")
        QString title;
        QString hint;
        std::optional<patrolbook::ItemResult> result; // none while unanswered
        QString note;
        QStringList photoUrls; // image://photos/ urls (PhotoCache): on the device or fetched when shown
        int photoCount = 0;
        // The follow-up (inspection) or rectification (renovation) a failed line carries.
        QString followUpId;
        QString followUpText;
        QString followUpAssigneeId;
        QString followUpAssigneeName;
        QString dueDate; // "yyyy-MM-dd", local

        bool operator==(const Row&) const = default;
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        CodeRole,
        CategoryRole,
        TitleRole,
        HintRole,
        ResultRole,
        NoteRole,
        PhotoUrlsRole,
        PhotoCountRole,
        FollowUpTextRole,
        FollowUpAssigneeIdRole,
        FollowUpAssigneeNameRole,
        DueDateRole,
    };

    explicit AnswerListModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(std::vector<Row> rows);
    const Row& row(int i) const { return rows_.at(std::size_t(i)); }
    void setRow(int i, Row row);
    bool contains(int i) const { return i >= 0 && i < int(rows_.size()); }
    int answered() const;
    int failed() const;

signals:
    void countChanged();

private:
    std::vector<Row> rows_;
};
