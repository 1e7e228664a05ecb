#include "sync_worker.hpp"
#include "form_support.hpp"

#include "app_errors.hpp"
#include "qt_transport.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/sync_engine.hpp"
#include "patrolbook/sync/sync_loop.hpp"

#include <thread>

using patrolbook::Error;
namespace psync = patrolbook::sync;

SyncWorker::SyncWorker(QString storePath, QString photoDir)
    : storePath_(std::move(storePath))
    , photoDir_(std::move(photoDir))
{
    thread_.setObjectName("patrolbook-sync");
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    moveToThread(&thread_);
    // The network manager and the connection belong to the worker's thread: closed there,
    // as it ends, whatever it was doing.
    connect(&thread_, &QThread::finished, this, &SyncWorker::close, Qt::DirectConnection);
    thread_.start();
}

void SyncWorker::stop()
{
    if (!thread_.isRunning())
        return;
    stopping_ = true;
    // Ends every event loop of the thread, a request's wait included: the request fails
    // as "no answer", its changes stay in the outbox, and the job unwinds.
    thread_.quit();
    thread_.wait();
}

void SyncWorker::close()
{
    engine_.reset();
    transport_.reset();
    store_.reset();
}

void SyncWorker::runOrQueue(std::function<void()> job)
{
    if (inJob_) {
        queued_.push_back(std::move(job));
        return;
    }
    inJob_ = true;
    job();
    while (!queued_.empty() && !stopping_) {
        auto next = std::move(queued_.front());
        queued_.pop_front();
        next();
    }
    queued_.clear();
    inJob_ = false;
}

void SyncWorker::open()
{
    if (engine_)
        return;
    store_ = std::make_unique<patrolbook::Store>(form::str(storePath_));
    transport_ = std::make_unique<QtTransport>();
    engine_ = std::make_unique<psync::SyncEngine>(*store_, *transport_);
    if (const auto url = engine_->state().get("server_url"))
        transport_->setBaseUrl(form::qstr(*url));
}

void SyncWorker::signIn(const QString& serverUrl, const QString& username, const QString& password)
{
    runOrQueue([=, this] { doSignIn(serverUrl, username, password); });
}

void SyncWorker::doSignIn(const QString& serverUrl, const QString& username, const QString& password)
{
    try {
        open();
        const auto previous = transport_->baseUrl();
        transport_->setBaseUrl(serverUrl);
        try {
            engine_->signIn(form::str(username), form::str(password));
        } catch (...) {
            transport_->setBaseUrl(previous);
            throw;
        }
        engine_->state().set("server_url", form::str(transport_->baseUrl()));
        engine_->state().set("last_username", form::str(username));
        emit signInFinished({});
    } catch (const Error& e) {
        emit signInFinished(signInMessage(e, serverUrl));
    } catch (const std::exception& e) {
        emit signInFinished(form::qstr(e.what()));
    }
}

void SyncWorker::signOut()
{
    runOrQueue([this] { doSignOut(); });
}

void SyncWorker::doSignOut()
{
    QString error;
    try {
        open();
        engine_->signOut();
    } catch (const Error& e) {
        error = userMessage(e);
    } catch (const std::exception& e) {
        error = form::qstr(e.what());
    }
    emit signOutFinished(error);
}

void SyncWorker::sync()
{
    runOrQueue([this] { doSync(); });
}

void SyncWorker::doSync()
{
    int pushed = 0, pulled = 0, rejected = 0, conflicts = 0;
    QString error;
    bool needsUser = false;
    try {
        open();
        if (!engine_->signedIn()) {
            emit syncFinished(0, 0, 0, 0, tr("Sign in to sync."), true);
            return;
        }
        // Waits between attempts in short steps so that closing the app is not held up.
        auto sleep = [this](std::chrono::milliseconds delay) {
            for (auto left = delay; left.count() > 0 && !stopping_; left -= std::chrono::milliseconds(100))
                std::this_thread::sleep_for(std::min(left, std::chrono::milliseconds(100)));
        };
        psync::SyncLoop loop(*engine_, psync::Backoff{}, sleep);
        const auto result = loop.runUntilDrained(stopping_ ? 1 : 4);
        const auto& push = result.last.push;
        pushed = int(push.applied + push.merged + push.conflict + push.duplicate);
        pulled = int(result.last.pull.applied);
        rejected = int(push.rejected);
        conflicts = int(push.conflict);
        // Any round may have pulled or pushed: the screens and counts read the store again.
        emit recordsPulled();
        if (result.lastError) {
            error = userMessage(*result.lastError);
            needsUser = result.outcome == psync::SyncLoop::Outcome::NeedsUser;
        } else if (!stopping_) {
            // Photos after the records that name them: the server keeps a photo's bytes
            // only for users who can see a photo record with its hash.
            engine_->uploadPhotos(form::str(photoDir_),
                                  [this](std::int64_t done, std::int64_t total) { emit photoProgress(done, total); });
        }
    } catch (const Error& e) {
        error = userMessage(e);
        needsUser = !psync::SyncLoop::worthRetrying(e);
    } catch (const std::exception& e) {
        error = form::qstr(e.what());
    }
    emit syncFinished(pushed, pulled, rejected, conflicts, error, needsUser);
}
