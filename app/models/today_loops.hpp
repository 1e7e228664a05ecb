#pragma once

#include "session_bound.hpp"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

// Today's loop card: what waits on the user, by role. Assigned to me (follow-ups,
// repair orders, complaints I handle), waiting for my approval (a manager: follow-ups
// fixed to verify, complaints with a proposed solution), overdue, handovers to confirm
// (and, for a manager, those left unconfirmed past a shift). Which lists the role may
// open is said here too, so that the card offers no screen the role cannot use.
class TodayLoops : public QObject, public SessionBound {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int myFollowUps READ myFollowUps NOTIFY changed)
    Q_PROPERTY(int myRepairs READ myRepairs NOTIFY changed)
    Q_PROPERTY(int myComplaints READ myComplaints NOTIFY changed)
    Q_PROPERTY(int followUpsToVerify READ followUpsToVerify NOTIFY changed)
    Q_PROPERTY(int complaintsToApprove READ complaintsToApprove NOTIFY changed)
    Q_PROPERTY(int overdue READ overdue NOTIFY changed)
    Q_PROPERTY(int handoversToConfirm READ handoversToConfirm NOTIFY changed)
    Q_PROPERTY(int handoversUnconfirmed READ handoversUnconfirmed NOTIFY changed)
    // A manager approves and verifies.
    Q_PROPERTY(bool approves READ approves NOTIFY changed)
    // The front desk (and specialists, managers) register repairs and complaints.
    Q_PROPERTY(bool registers READ registers NOTIFY changed)
    // Whether the role fixes follow-ups and carries out repairs (not the front desk).
    Q_PROPERTY(bool works READ works NOTIFY changed)

public:
    // QML makes it without arguments (the engine's session); C++ passes a session.
    explicit TodayLoops(Session* session = nullptr, QObject* parent = nullptr);

    int myFollowUps() const { return c_[0]; }
    int myRepairs() const { return c_[1]; }
    int myComplaints() const { return c_[2]; }
    int followUpsToVerify() const { return c_[3]; }
    int complaintsToApprove() const { return c_[4]; }
    int overdue() const { return c_[5]; }
    int handoversToConfirm() const { return c_[6]; }
    int handoversUnconfirmed() const { return c_[7]; }
    bool approves() const { return approves_; }
    bool registers() const { return registers_; }
    bool works() const { return works_; }

    Q_INVOKABLE void reload();
    void setNow(const QDateTime& now);

signals:
    void changed();

private:
    void attachSession() override;
    QObject* boundObject() override { return this; }
    int c_[8] = {};
    bool approves_ = false, registers_ = false, works_ = false;
    QDateTime now_;
};
