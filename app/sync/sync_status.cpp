#include "sync_status.hpp"

#include "form_support.hpp"
#include "record_text.hpp"

#include "app_services.hpp"
#include "session.hpp"
#include "sync_worker.hpp"

#include "patrolbook/outbox.hpp"
#include "patrolbook/sync/device_state.hpp"

#include <QJSEngine>
#include <QNetworkInformation>

namespace {
// A form being filled in is saved answer by answer; waiting a little sends it as one
// change instead of twelve.
constexpr int debounceMs = 3000;
// While changes wait and nothing else wakes sync up (no network signal on this platform).
constexpr int periodicMs = 5 * 60 * 1000;
} // namespace

SyncStatus* SyncStatus::create(QQmlEngine* engine, QJSEngine*)
{
    auto* status = &AppServices::of(engine).syncStatus();
    QJSEngine::setObjectOwnership(status, QJSEngine::CppOwnership);
    return status;
}

SyncStatus::SyncStatus(Session& session, QObject* parent)
    : QObject(parent)
    , session_(&session)
{
    auto* worker = session.worker();
    connect(&session, &Session::recordsChanged, this, &SyncStatus::onRecordsChanged);
    connect(&session, &Session::signedInNow, this, &SyncStatus::syncNow);
    connect(worker, &SyncWorker::syncFinished, this, &SyncStatus::onFinished);
    connect(worker, &SyncWorker::photoProgress, this, [this](qint64 done, qint64 total) {
        uploading_ = done < total;
        progress_ = total > 0 ? double(done) / double(total) : 1.0;
        emit progressChanged();
    });

    debounce_.setSingleShot(true);
    debounce_.setInterval(debounceMs);
    connect(&debounce_, &QTimer::timeout, this, [this] {
        if (automatic_)
            syncNow();
    });
    periodic_.setInterval(periodicMs);
    connect(&periodic_, &QTimer::timeout, this, [this] {
        if (automatic_ && pending_ > 0)
            syncNow();
    });
    periodic_.start();

    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (automatic_ && r == QNetworkInformation::Reachability::Online && pending_ > 0)
                        syncNow();
                });
    }
    if (const auto last = patrolbook::sync::DeviceState(session.store().database()).get("last_sync_at"))
        lastSyncAt_ = QDateTime::fromString(form::qstr(*last), Qt::ISODateWithMs);
    refreshCounts();
    // Changes left waiting when the app last stopped (killed, out of signal) go out as it
    // opens, not at the next save or the periodic try minutes later.
    if (pending_ > 0)
        debounce_.start();
}

int SyncStatus::problemCount() const
{
    return problems_.rowCount();
}

void SyncStatus::setAutomatic(bool on)
{
    if (automatic_ == on)
        return;
    automatic_ = on;
    if (!on)
        debounce_.stop();
    emit automaticChanged();
}

void SyncStatus::syncNow()
{
    if (running_) {
        again_ = true; // changes made during this run go out right after it
        return;
    }
    if (!session_->signedIn())
        return;
    running_ = true;
    again_ = false;
    error_.clear();
    emit stateChanged();
    QMetaObject::invokeMethod(session_->worker(), "sync", Qt::QueuedConnection);
}

void SyncStatus::retry(qint64 seq)
{
    session_->store().outbox().retry(seq);
    session_->notifyRecordsChanged();
}

bool SyncStatus::discard(qint64 seq)
{
    const bool done = session_->store().outbox().discard(seq);
    if (done)
        session_->notifyRecordsChanged();
    return done;
}

void SyncStatus::acknowledgeConflict(const QString& entity, const QString& recordId)
{
    patrolbook::sync::DeviceState(session_->store().database()).removeConflict(form::str(entity), form::str(recordId));
    refreshCounts();
}

void SyncStatus::refreshCounts()
{
    auto& store = session_->store();
    pending_ = int(store.outbox().pendingCount());
    problems_.reload(store);
    emit stateChanged();
}

void SyncStatus::onRecordsChanged()
{
    refreshCounts();
    if (automatic_ && pending_ > 0)
        debounce_.start();
}

QString SyncStatus::lastSyncText() const
{
    return lastSyncAt_.isValid() ? RecordText::shortDateTime(lastSyncAt_.toLocalTime()) : QString();
}

void SyncStatus::onFinished(int, int, int, int, const QString& error, bool)
{
    running_ = false;
    error_ = error;
    if (error.isEmpty()) {
        lastSyncAt_ = QDateTime::currentDateTime();
        // Kept with the records, so "last sync" survives a restart of the app.
        patrolbook::sync::DeviceState(session_->store().database())
            .set("last_sync_at", form::str(lastSyncAt_.toString(Qt::ISODateWithMs)));
    }
    uploading_ = false;
    emit progressChanged();
    refreshCounts();
    emit finished();
    if (again_ && error.isEmpty())
        syncNow();
}
