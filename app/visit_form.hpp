#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// 回访: a return visit to an owner, recorded under the company's rules: never in the
// owner's rest hours (a warning when contacting now, a refusal when planning into them),
// within three days of the service it follows (the time left is shown), and completely
// (an outcome, and a note unless the owner was satisfied). Saved as it is filled in.
class VisitForm : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString visitId READ visitId NOTIFY loaded)
    Q_PROPERTY(QString ownerId READ ownerId NOTIFY loaded)
    Q_PROPERTY(QString ownerName READ ownerName NOTIFY loaded)
    Q_PROPERTY(QString unitLabel READ unitLabel NOTIFY loaded)
    Q_PROPERTY(QString phone READ phone NOTIFY loaded)
    Q_PROPERTY(bool member READ member NOTIFY loaded)
    // "phone", "email", "sms", "in_person".
    Q_PROPERTY(QString channel READ channel NOTIFY changed)
    // "after_repair", "after_complaint", "satisfaction", "holiday", "renewal", "new_owner".
    Q_PROPERTY(QString purpose READ purpose NOTIFY changed)
    // "", "satisfied", "average", "unsatisfied".
    Q_PROPERTY(QString outcome READ outcome NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(QString suggestions READ suggestions NOTIFY changed)
    // "planned", "done", "unreachable", "cancelled".
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QDateTime plannedAt READ plannedAt NOTIFY changed)
    // The prompts of the visit script for the purpose, in the user's language.
    Q_PROPERTY(QStringList script READ script NOTIFY changed)
    // Now is inside the owner's rest hours: what to say, else "".
    Q_PROPERTY(QString restHoursWarning READ restHoursWarning NOTIFY clockChanged)
    // The three-day limit: minutes left (negative when overdue); hasDeadline false when the
    // visit follows no dated service.
    Q_PROPERTY(bool hasDeadline READ hasDeadline NOTIFY changed)
    Q_PROPERTY(int minutesLeft READ minutesLeft NOTIFY clockChanged)
    Q_PROPERTY(QDateTime dueAt READ dueAt NOTIFY changed)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    explicit VisitForm(QObject* parent = nullptr);

    QString visitId() const { return visitId_; }
    QString ownerId() const { return ownerId_; }
    QString ownerName() const { return ownerName_; }
    QString unitLabel() const { return unitLabel_; }
    QString phone() const { return phone_; }
    bool member() const { return member_; }
    QString channel() const { return channel_; }
    QString purpose() const { return purpose_; }
    QString outcome() const { return outcome_; }
    QString note() const { return note_; }
    QString suggestions() const { return suggestions_; }
    QString status() const { return status_; }
    QDateTime plannedAt() const { return plannedAt_; }
    QStringList script() const;
    QString restHoursWarning() const;
    bool hasDeadline() const { return dueAt_.isValid(); }
    int minutesLeft() const;
    QDateTime dueAt() const { return dueAt_; }
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }

    // A new visit to the owner (a draft in "planned" state), or the user's open one.
    Q_INVOKABLE bool start(const QString& ownerId);
    Q_INVOKABLE bool open(const QString& visitId);
    Q_INVOKABLE bool setChannel(const QString& channel);
    Q_INVOKABLE bool setPurpose(const QString& purpose);
    Q_INVOKABLE bool setOutcome(const QString& outcome);
    Q_INVOKABLE bool setNote(const QString& note);
    Q_INVOKABLE bool setSuggestions(const QString& suggestions);
    // Plans the visit for a time; refused (false, errorString says why and when is
    // allowed) inside the owner's rest hours.
    Q_INVOKABLE bool plan(const QDateTime& when);
    // Records the visit as done now: an outcome is required, and a note unless satisfied.
    Q_INVOKABLE bool finish();
    // The owner could not be reached this time.
    Q_INVOKABLE bool markUnreachable();
    Q_INVOKABLE void clearError();

signals:
    void loaded();
    void changed();
    void clockChanged();
    void errorChanged();

private:
    void load(const QString& visitId);
    template <typename F>
    bool edit(F&& change);
    void setError(const QString& error);

    QString visitId_, ownerId_, ownerName_, unitLabel_, phone_, channel_, purpose_, outcome_, note_, suggestions_,
        status_, propertyId_, error_;
    bool member_ = false;
    QDateTime plannedAt_, dueAt_;
};
