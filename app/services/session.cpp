#include "session.hpp"
#include "form_support.hpp"

#include "app_errors.hpp"
#include "app_services.hpp"
#include "sync_worker.hpp"

#include "patrolbook/records.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QDir>
#include <QGuiApplication>

QString Session::storeFile() const
{
    return QDir(dataDir_).filePath("device.db");
}

Session* Session::create(QQmlEngine* engine, QJSEngine*)
{
    // The engine must not delete the session it was handed (main owns it).
    auto* session = &AppServices::of(engine).session();
    QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
    return session;
}

Session::Session(QString dataDir, QString defaultServerUrl, QObject* parent)
    : QObject(parent)
    , dataDir_(std::move(dataDir))
    , defaultServerUrl_(std::move(defaultServerUrl))
{
    QDir().mkpath(dataDir_);
    QDir().mkpath(photoDir());
    if (auto* gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state != Qt::ApplicationActive)
                emit suspending();
        });
    changeTimer_.setSingleShot(true);
    changeTimer_.setInterval(changeCoalesceMs);
    connect(&changeTimer_, &QTimer::timeout, this, &Session::flushRecordsChanged);
    const auto storePath = storeFile();
    store_ = std::make_unique<patrolbook::Store>(form::str(storePath));
    worker_ = new SyncWorker(storePath, photoDir());
    connect(worker_, &SyncWorker::signInFinished, this, [this](const QString& error) {
        setBusy(false);
        setError(error);
        loadUser();
        if (error.isEmpty())
            emit signedInNow();
    });
    connect(worker_, &SyncWorker::signOutFinished, this, [this](const QString&) {
        // Signed out locally whatever the server said (SyncEngine::signOut).
        setBusy(false);
        loadUser();
    });
    connect(worker_, &SyncWorker::recordsPulled, this, [this] {
        loadUser(); // the staff record (name, properties) may have arrived
        notifyRecordsChanged();
    });
    worker_->start();
    loadUser();
}

Session::~Session()
{
    worker_->stop();
    delete worker_;
}

QString Session::photoDir() const
{
    return QDir(dataDir_).filePath("photos");
}

void Session::loadUser()
{
    patrolbook::sync::DeviceState state(store_->database());
    const auto user = state.user();
    const auto url = state.get("server_url");
    QString id, name;
    auto role = Values::StaffRole::Unset;
    if (user && state.token()) {
        id = form::qstr(user->value("id", ""));
        name = form::qstr(user->value("name", ""));
        role = qml::fromWire<patrolbook::StaffRole>(user->value("role", ""));
    }
    const QString server = url ? form::qstr(*url) : defaultServerUrl_;
    if (id != userId_ || name != userName_ || role != role_ || server != serverUrl_) {
        userId_ = id;
        userName_ = name;
        role_ = role;
        serverUrl_ = server;
        emit userChanged();
    }
}

QStringList Session::propertyIds()
{
    QStringList ids;
    if (userId_.isEmpty())
        return ids;
    if (const auto staff = store_->records().get<patrolbook::Staff>(form::str(userId_)))
        for (const auto& p : staff->propertyIds)
            ids << form::qstr(p);
    if (ids.isEmpty()) // before the first pull brought the staff record: every property here
        for (const auto& p : store_->records().all<patrolbook::Property>())
            ids << form::qstr(p.id);
    return ids;
}

void Session::signIn(const QString& serverUrl, const QString& username, const QString& password)
{
    const QString url = serverUrl.trimmed();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
        setError(tr("The server address starts with http:// or https://, for example http://192.168.1.10:8080."));
        return;
    }
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        setError(tr("Enter your username and password."));
        return;
    }
    // Changes waiting from someone else on this phone would go out under the new user's
    // name: they must be sent by their author first, never dropped.
    patrolbook::sync::DeviceState state(store_->database());
    const auto lastUser = state.get("last_username");
    if (lastUser && *lastUser != form::str(username.trimmed()) && store_->outbox().pendingCount() > 0) {
        setError(tr("%1 has changes on this device that are not sent yet. Sign in as %1 and sync first.")
                     .arg(form::qstr(*lastUser)));
        return;
    }
    setError({});
    setBusy(true);
    QMetaObject::invokeMethod(worker_, "signIn", Qt::QueuedConnection, Q_ARG(QString, url),
                              Q_ARG(QString, username.trimmed()), Q_ARG(QString, password));
}

void Session::signOut()
{
    setBusy(true);
    QMetaObject::invokeMethod(worker_, "signOut", Qt::QueuedConnection);
}

void Session::clearError()
{
    setError({});
}

void Session::notifyRecordsChanged()
{
    // A form saves each answer, and each keystroke of a note, as it is given; the lists
    // and counts that follow the store reload once the burst pauses (each save restarts
    // the wait), not after every keystroke of someone typing.
    changeTimer_.start();
}

void Session::flushRecordsChanged()
{
    changeTimer_.stop();
    ++revision_;
    emit recordsChanged();
}

void Session::setBusy(bool busy)
{
    if (busy_ != busy) {
        busy_ = busy;
        emit busyChanged();
    }
}

void Session::setError(const QString& error)
{
    if (errorString_ != error) {
        errorString_ = error;
        emit errorChanged();
    }
}
