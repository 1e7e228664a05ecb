#pragma once

#include "session_bound.hpp"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// The steps of a follow-up's loop the signed-in user may take now (FollowUpFlow, the
// same table the server judges by): take it, give it back, mark it fixed with what was
// done and an after-photo, and for a manager close it as verified, reopen it with the
// reason or give it to someone else. Each step is saved at once and waits to sync like
// any change. The before photos (the failed line's) and the after photos are shown so
// that whoever verifies sees both.
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
    Q_PROPERTY(bool canReassign READ canReassign NOTIFY changed)
    Q_PROPERTY(QString assigneeId READ assigneeId NOTIFY changed)
    Q_PROPERTY(QStringList beforePhotoUrls READ beforePhotoUrls NOTIFY changed)
    Q_PROPERTY(QStringList afterPhotoUrls READ afterPhotoUrls NOTIFY changed)
    Q_PROPERTY(int afterPhotoCount READ afterPhotoCount NOTIFY changed)
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
    bool canReassign() const { return can_[5]; }
    QString assigneeId() const { return assigneeId_; }
    QStringList beforePhotoUrls() const { return before_; }
    QStringList afterPhotoUrls() const { return after_; }
    int afterPhotoCount() const { return afterCount_; }
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }

    Q_INVOKABLE bool take();
    Q_INVOKABLE bool release();
    // The fix as it looks now (a camera picture or a picked file), saved at once: marking
    // it fixed needs at least one.
    Q_INVOKABLE bool addAfterPhoto(const QUrl& image);
    // `note`: what was done (required).
    Q_INVOKABLE bool markFixed(const QString& note);
    Q_INVOKABLE bool verify();
    // `reason`: why it is not fixed (required).
    Q_INVOKABLE bool reopen(const QString& reason);
    // To another staff member (the desk or a manager); `note`: why (optional).
    Q_INVOKABLE bool reassign(const QString& staffId, const QString& note);
    Q_INVOKABLE void reload();

signals:
    void followUpIdChanged();
    void changed();
    void errorChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    bool act(int action, const QString& note, const QString& assignee = {});
    void setError(const QString& error);

    QString id_, error_, assigneeId_;
    QStringList before_, after_;
    int afterCount_ = 0;
    bool can_[6] = {};
};
