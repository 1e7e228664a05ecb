#pragma once

#include "session_bound.hpp"

#include "visit_due_model.hpp"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

// The Today screen's figures: areas due for patrol today and done so far, owner visits
// due (a model, most urgent first), open follow-ups, changes waiting to sync. Reloads
// whenever the device's records change.
class TodaySummary : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int areasDue READ areasDue NOTIFY changed)
    Q_PROPERTY(int areasDone READ areasDone NOTIFY changed)
    Q_PROPERTY(int openFollowUps READ openFollowUps NOTIFY changed)
    Q_PROPERTY(int overdueFollowUps READ overdueFollowUps NOTIFY changed)
    Q_PROPERTY(int pendingSync READ pendingSync NOTIFY changed)
    // The user's patrol left unfinished (the app was closed in it): "" if none.
    Q_PROPERTY(QString draftInspectionId READ draftInspectionId NOTIFY changed)
    // Which patrol that is ("1号楼大堂 · 2026-12-07 09:30", on the property's clock), and
    // whether it was started on this device (else on another one of the user's, synced).
    Q_PROPERTY(QString draftTitle READ draftTitle NOTIFY changed)
    Q_PROPERTY(bool draftFromThisDevice READ draftFromThisDevice NOTIFY changed)
    Q_PROPERTY(VisitDueModel* visitsDue READ visitsDue CONSTANT)
    // Today's date on the clock of the user's (first) property, "yyyy-MM-dd": the day the
    // areas are due on, whatever zone the device is in.
    Q_PROPERTY(QString dateText READ dateText NOTIFY changed)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit TodaySummary(Session* session = nullptr, QObject* parent = nullptr);

    int areasDue() const { return areasDue_; }
    int areasDone() const { return areasDone_; }
    int openFollowUps() const { return openFollowUps_; }
    int overdueFollowUps() const { return overdueFollowUps_; }
    int pendingSync() const { return pendingSync_; }
    QString draftInspectionId() const { return draftInspectionId_; }
    QString draftTitle() const { return draftTitle_; }
    QString dateText() const { return dateText_; }
    bool draftFromThisDevice() const { return draftFromThisDevice_; }
    VisitDueModel* visitsDue() { return &visits_; }

    Q_INVOKABLE void reload();
    void setNow(const QDateTime& now);

signals:
    void changed();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    VisitDueModel visits_;
    int areasDue_ = 0, areasDone_ = 0, openFollowUps_ = 0, overdueFollowUps_ = 0, pendingSync_ = 0;
    QString draftInspectionId_, draftTitle_, dateText_;
    bool draftFromThisDevice_ = false;
    QDateTime now_;
};
