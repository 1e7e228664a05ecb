#pragma once

#include "session_bound.hpp"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Registers a repair order (报修) or takes in a complaint (投诉) on an owner's behalf, at
// the front desk or by a specialist or manager: the new record is saved at once and waits
// to sync; its first LoopEvent is the server's. The pickers' choices come from here too
// (options()), so QML never maps a stored value to a word.
class LoopIntake : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit LoopIntake(Session* session = nullptr, QObject* parent = nullptr);

    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }

    // [{value, label}] for a picker: "channel", "category", "urgency", "severity",
    // "class", "department", "rating", "consent".
    Q_INVOKABLE QVariantList options(const QString& list) const;
    // "王芳 · 3-1502": the owner a record is being registered for.
    Q_INVOKABLE QString ownerLabel(const QString& ownerId) const;
    // Whether a complaint of that severity goes to the manager at once.
    Q_INVOKABLE bool escalates(const QString& severity) const;
    // The new order's id, or "" with errorString saying why.
    Q_INVOKABLE QString registerRepair(const QString& ownerId, const QString& channel, const QString& category,
                                       const QString& description, const QString& urgency,
                                       const QList<QUrl>& beforePhotos);
    // The complainant defaults to the owner. The new complaint's id, or "".
    Q_INVOKABLE QString registerComplaint(const QString& ownerId, const QString& complainant, const QString& channel,
                                          const QString& content, const QString& complaintClass,
                                          const QString& severity);
    Q_INVOKABLE void clearError();

signals:
    void errorChanged();

private:
    QObject* boundObject() override { return this; }
    void setError(const QString& error);

    QString error_;
};
