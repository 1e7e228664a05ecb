#pragma once

#include <QQmlParserStatus>

class AppServices;
class PositionProvider;
class Session;

// A model or form controller works on one session. QML creates it with no arguments and
// it takes the session of the engine creating it in classBegin(), before any property is
// set; C++ (a test, a benchmark) passes the session to the constructor. Either way
// attachSession() runs once, where the class connects to the session's signals.
class SessionBound : public QQmlParserStatus {
public:
    Session* session() const { return session_; }
    // Where the phone is, for stamping photos: the engine's GPS (started on first use);
    // none when made from C++.
    PositionProvider* position() const;
    // For an object owned by another bound one (a model inside a summary): its owner's
    // session, once the owner has one.
    void shareSession(const SessionBound& owner)
    {
        session_ = owner.session_;
        services_ = owner.services_;
        bindSession();
    }

protected:
    explicit SessionBound(Session* session)
        : session_(session)
    {
    }
    ~SessionBound() override = default;
    SessionBound(const SessionBound&) = delete;
    SessionBound& operator=(const SessionBound&) = delete;

    // Called by the derived class's constructor when it was given a session.
    void bindSession();
    virtual void attachSession() { }
    // The object this is (the derived class is a QObject too).
    virtual QObject* boundObject() = 0;

    void classBegin() override;
    void componentComplete() override { }

    Session* session_;
    AppServices* services_ = nullptr;

private:
    bool attached_ = false;
};
