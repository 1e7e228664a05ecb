#pragma once

#include "session_bound.hpp"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// 交接班: writing a shift's handover (post, shift, what happened, the open items carried
// over, picked from the property's open follow-ups, repair orders and complaints), and
// confirming one as the next person on the shift (HandoverRules: not its writer, the one
// it names if it names someone), with an optional note. Each is saved at once to sync.
class HandoverForm : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // What can be carried over: [{key: "follow_up:<id>", kind: "Follow-up", text}], by kind.
    Q_PROPERTY(QVariantList openItems READ openItems NOTIFY openItemsChanged)
    // The shifts in words, in the order `hand` takes them (day, night).
    Q_PROPERTY(QStringList shiftLabels READ shiftLabels CONSTANT)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit HandoverForm(Session* session = nullptr, QObject* parent = nullptr);

    QVariantList openItems() const { return openItems_; }
    QStringList shiftLabels() const;
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }

    // Hands the shift over; the new handover's id, or "" with errorString. `toStaffId`
    // may be empty (whoever takes over next).
    Q_INVOKABLE QString hand(const QString& post, int shift, const QString& summary, const QStringList& items,
                             const QString& toStaffId);
    // Confirms the handover as taken over by the user, with an optional note.
    Q_INVOKABLE bool receive(const QString& handoverId, const QString& note);
    Q_INVOKABLE void reload();

signals:
    void openItemsChanged();
    void errorChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    void setError(const QString& error);
    QVariantList openItems_;
    QString error_;
};
