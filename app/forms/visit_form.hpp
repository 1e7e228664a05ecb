#pragma once

#include "session_bound.hpp"
#include "values.hpp"

#include "patrolbook/records.hpp"
#include "patrolbook/timestamp.hpp"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <optional>

// 回访: a return visit to an owner, recorded under the company's rules: never in the
// owner's rest hours (a warning when contacting now, a refusal when planning into them),
// within three days of the service it follows (the time left is shown), and completely
// (an outcome, and a note unless the owner was satisfied). Saved as it is filled in.
class VisitForm : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(QString visitId READ visitId NOTIFY loaded)
    Q_PROPERTY(QString ownerId READ ownerId NOTIFY loaded)
    Q_PROPERTY(QString ownerName READ ownerName NOTIFY loaded)
    Q_PROPERTY(QString unitLabel READ unitLabel NOTIFY loaded)
    Q_PROPERTY(QString phone READ phone NOTIFY loaded)
    Q_PROPERTY(bool member READ member NOTIFY loaded)
    // Unset while nothing is open (outcome: until one is chosen).
    Q_PROPERTY(Values::ContactChannel channel READ channel NOTIFY changed)
    Q_PROPERTY(Values::VisitPurpose purpose READ purpose NOTIFY changed)
    Q_PROPERTY(Values::VisitOutcome outcome READ outcome NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(QString suggestions READ suggestions NOTIFY changed)
    Q_PROPERTY(Values::VisitStatus status READ status NOTIFY changed)
    // The booked time on the property's clock ("2026-11-27 10:30", the zone named when the
    // phone is in another one), "" when none; and its date and time for the planner.
    Q_PROPERTY(QString plannedAtText READ plannedAtText NOTIFY changed)
    Q_PROPERTY(QString plannedDate READ plannedDate NOTIFY changed)
    Q_PROPERTY(QString plannedTime READ plannedTime NOTIFY changed)
    // The property's zone when the phone is in another one (" (UTC+8)"), else "": what
    // the planner's times are read in.
    Q_PROPERTY(QString zoneSuffix READ zoneSuffix NOTIFY loaded)
    // The property's today, "yyyy-MM-dd" (the planner's quick days count from it).
    Q_PROPERTY(QString today READ today NOTIFY clockChanged)
    // Nothing of this visit is saved yet: it is saved with the user's first action on it.
    Q_PROPERTY(bool saved READ saved NOTIFY changed)
    // The prompts of the visit script for the purpose, in the user's language.
    Q_PROPERTY(QStringList script READ script NOTIFY changed)
    // Now is inside the owner's rest hours: what to say, else "".
    Q_PROPERTY(QString restHoursWarning READ restHoursWarning NOTIFY clockChanged)
    // The three-day limit: minutes left (negative when overdue); hasDeadline false when the
    // visit follows no dated service.
    Q_PROPERTY(bool hasDeadline READ hasDeadline NOTIFY changed)
    Q_PROPERTY(int minutesLeft READ minutesLeft NOTIFY clockChanged)
    Q_PROPERTY(QString dueAtText READ dueAtText NOTIFY changed)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    // The field the error is about ("outcome", "note"; "" for none): the screen scrolls to
    // it and marks it.
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit VisitForm(Session* session = nullptr, QObject* parent = nullptr);

    QString visitId() const { return visitId_; }
    QString ownerId() const { return ownerId_; }
    QString ownerName() const { return ownerName_; }
    QString unitLabel() const { return unitLabel_; }
    QString phone() const { return phone_; }
    bool member() const { return member_; }
    Values::ContactChannel channel() const { return qml::value(channel_); }
    Values::VisitPurpose purpose() const { return qml::value(purpose_); }
    Values::VisitOutcome outcome() const { return qml::value(outcome_); }
    QString note() const { return note_; }
    QString suggestions() const { return suggestions_; }
    Values::VisitStatus status() const { return qml::value(status_); }
    QString plannedAtText() const;
    QString plannedDate() const;
    QString plannedTime() const;
    QString zoneSuffix() const;
    QString today() const;
    bool saved() const { return !unsaved_.has_value() && !visitId_.isEmpty(); }
    QStringList script() const;
    QString restHoursWarning() const;
    bool hasDeadline() const { return dueAt_.has_value(); }
    int minutesLeft() const;
    QString dueAtText() const;
    bool hasError() const { return !error_.isEmpty(); }
    QString errorString() const { return error_; }
    QString errorField() const { return errorField_; }

    // The user's open visit to the owner, or a new one (planned for now or the end of
    // the rest hours) that is saved only once the user acts on it: looking at an owner
    // writes nothing.
    Q_INVOKABLE bool start(const QString& ownerId);
    Q_INVOKABLE bool open(const QString& visitId);
    Q_INVOKABLE bool setChannel(Values::ContactChannel channel);
    Q_INVOKABLE bool setPurpose(Values::VisitPurpose purpose);
    // Unset clears the outcome.
    Q_INVOKABLE bool setOutcome(Values::VisitOutcome outcome);
    Q_INVOKABLE bool setNote(const QString& note);
    Q_INVOKABLE bool setSuggestions(const QString& suggestions);
    // Plans the visit for a time; refused (false, errorString says why and when is
    // allowed) inside the owner's rest hours.
    // date "yyyy-MM-dd", time "HH:mm", both on the property's clock.
    Q_INVOKABLE bool plan(const QString& date, const QString& time);
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
    QObject* boundObject() override { return this; }
    // fresh: a visit opened (loaded() is emitted), not a save of the one shown.
    void load(const QString& visitId, bool fresh = true);
    void show(const patrolbook::OwnerVisit& visit, bool fresh);
    // The visit as it stands: the unsaved one, or the stored one.
    std::optional<patrolbook::OwnerVisit> current() const;
    template <typename F>
    bool edit(F&& change);
    void setError(const QString& error);

    std::optional<patrolbook::ContactChannel> channel_;
    std::optional<patrolbook::VisitPurpose> purpose_;
    std::optional<patrolbook::VisitOutcome> outcome_;
    std::optional<patrolbook::VisitStatus> status_;
    QString visitId_, ownerId_, ownerName_, unitLabel_, phone_, note_, suggestions_, propertyId_, error_, errorField_;
    bool member_ = false;
    std::int64_t offsetMin_ = 480;
    std::optional<patrolbook::Timestamp> plannedAt_, dueAt_;
    // A visit shown but not yet saved (see start()).
    std::optional<patrolbook::OwnerVisit> unsaved_;
};
