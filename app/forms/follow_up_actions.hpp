#pragma once

#include "session_bound.hpp"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The steps of a follow-up's loop the signed-in user may take now (FollowUpFlow, the
// same table the server judges by): take it, give it back, mark it fixed with what was
// done, and for a manager close it as verified or reopen it with the reason. Each step
// is saved at once and waits to sync like any change.
class FollowUpActions : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString followUpId READ followUpId WRITE setFollowUpId NOTIFY followUpIdChanged)
    Q_PROPERTY(bool canTake READ canTake NOTIFY changed)
    Q_PROPERTY(bool canRelease READ canRelease NOTIFY changed)
    Q_PROPERTY(bool canMarkFixed READ canMarkFixed NOTIFY changed)
    Q_PROPERTY(bool canVerify READ canVerify NOTIFY changed)
    Q_PROPERTY(bool canReopen READ canReopen NOTIFY changed)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit FollowUpActions(Session* session = nullptr, QObject* parent = nullptr);

    QString followUpId() const { return id_; }
    void setFollowUpId(const QString& id);
    bool canTake() const { return can_[0]; }
    bool canRelease() const { return can_[1]; }
    bool canMarkFixed() const { return can_[2]; }
    bool canVerify() const { return can_[3]; }
    bool canReopen() const { return can_[4]; }
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }

    Q_INVOKABLE bool take();
    Q_INVOKABLE bool release();
    // `note`: what was done (required).
    Q_INVOKABLE bool markFixed(const QString& note);
    Q_INVOKABLE bool verify();
    // `reason`: why it is not fixed (required).
    Q_INVOKABLE bool reopen(const QString& reason);
    Q_INVOKABLE void reload();

signals:
    void followUpIdChanged();
    void changed();
    void errorChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    bool act(int action, const QString& note);
    void setError(const QString& error);

    QString id_, error_;
    bool can_[5] = {};
};
