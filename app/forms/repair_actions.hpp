#pragma once

#include "session_bound.hpp"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// 报修: the steps of a repair order the signed-in user may take now (RepairFlow, the table
// the server judges by): dispatch to a staff member, re-dispatch (转单) or refuse it back
// (退单) with the reason, accept, finish with after-photos, materials and the owner's
// signature, the owner's rating, the return visit, close. Each step is saved at once and
// waits to sync like any change; QML shows a step's button when `steps` holds it.
class RepairActions : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString repairId READ repairId WRITE setRepairId NOTIFY repairIdChanged)
    // The flow's action names this user may take now ("dispatch", "accept" ...).
    Q_PROPERTY(QStringList steps READ steps NOTIFY changed)
    // The same as {action: true}, for QML bindings ("offered[action] === true").
    Q_PROPERTY(QVariantMap offered READ offered NOTIFY changed)
    Q_PROPERTY(int afterPhotoCount READ afterPhotoCount NOTIFY changed)
    Q_PROPERTY(bool hasSignature READ hasSignature NOTIFY changed)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit RepairActions(Session* session = nullptr, QObject* parent = nullptr);

    QString repairId() const { return id_; }
    void setRepairId(const QString& id);
    QStringList steps() const { return steps_; }
    QVariantMap offered() const;
    int afterPhotoCount() const { return afterPhotos_; }
    bool hasSignature() const { return signed_; }
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }

    Q_INVOKABLE bool can(const QString& action) const { return steps_.contains(action); }
    // The step's words in the user's language.
    Q_INVOKABLE QString stepLabel(const QString& action) const;
    Q_INVOKABLE bool dispatch(const QString& assigneeId);
    // 转单: to another staff member, with the reason.
    Q_INVOKABLE bool redispatch(const QString& assigneeId, const QString& reason);
    // 退单: back to the dispatcher, with the reason.
    Q_INVOKABLE bool refuse(const QString& reason);
    Q_INVOKABLE bool accept();
    Q_INVOKABLE bool addAfterPhoto(const QUrl& image);
    // The owner's signature as Canvas.toDataURL("image/png") gives it.
    Q_INVOKABLE bool setSignature(const QString& pngDataUrl);
    Q_INVOKABLE bool finish(const QString& materials);
    // `rating`: "satisfied", "average" or "unsatisfied".
    Q_INVOKABLE bool rate(const QString& rating, const QString& note);
    Q_INVOKABLE bool markVisited();
    Q_INVOKABLE bool close();
    Q_INVOKABLE void reload();

signals:
    void repairIdChanged();
    void changed();
    void errorChanged();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    template <class F>
    bool run(F&& action);
    void setError(const QString& error);

    QString id_, error_;
    QStringList steps_;
    int afterPhotos_ = 0;
    bool signed_ = false;
};
