#pragma once

#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/sync/photo_uploader.hpp"
#include "patrolbook/sync/push_sizer.hpp"
#include "patrolbook/sync/sync_report.hpp"
#include "patrolbook/sync/transport.hpp"

#include <filesystem>
#include <mutex>
#include <string>

namespace patrolbook {
class Store;
}

namespace patrolbook::sync {

class ApiClient;
struct Batch;
struct BatchLimits;
struct PushOutcome;

// The device side of docs/sync-protocol.md: sign-in, push of the outbox, pull of the
// server's records into the store. Every call is safe to repeat and to interrupt: a push
// cut off after sending resends the same change ids, a pull stores each page with its
// cursor in one transaction.
//
// Errors: patrolbook::Error{Sync, Unreachable} from the transport (no answer);
// {Sync, Unauthorized|Forbidden|TooOld|Throttled|ServerError} for an HTTP error, with the
// server's "detail" as the message; Storage errors from the store as they come.
//
// One engine per Store: calls on one engine wait for each other, so two syncs of its
// store never run at once. The Store itself is used from the calling thread only.
class SyncEngine {
public:
    // `sizer` decides how large pushes are; it learns from each answer for as long as the
    // engine lives.
    SyncEngine(Store& store, Transport& transport, PushSizer sizer = PushSizer());

    // POST /api/v1/auth/login; keeps the token and the user in the store.
    void signIn(const std::string& username, const std::string& password);
    // POST /api/v1/auth/logout, then forgets the token and user whatever the server said;
    // an error other than 401 (the token was dead already) is then rethrown so the caller
    // knows the server may still honour the token. Records and outbox stay as they are.
    void signOut();
    bool signedIn();
    // Local changes not yet acknowledged by the server (rejected ones not counted).
    std::int64_t pendingChanges();

    // Drains the outbox in batches. With a transport that takes parallel calls, two pushes
    // are on the wire at once (the second waits its turn on the server); otherwise one, with
    // the next batch taken while it travels.
    PushReport push();
    PullReport pull();
    // push() then pull(): the pull brings the merged and conflicting records back. Photo
    // bytes are not uploaded here: the app calls uploadPhotos() on its own, with a
    // progress bar.
    SyncReport syncOnce();
    // PhotoUploader(store, transport, photoDir).uploadPending(progress), under this
    // engine's lock: the other calls wait until the upload ends or throws.
    UploadReport uploadPhotos(const std::filesystem::path& photoDir, UploadProgress progress = {});

    DeviceState& state() { return state_; }

private:
    PushReport pushLocked();
    PushReport pushTwoInFlight(ApiClient& api, const std::string& deviceId);
    BatchLimits pushLimits() const;
    // The sizer learns from each push's answer, or from its lack of one.
    void learn(const Batch& sent, const PushOutcome& outcome);
    // A 413: smaller batches from now on, or, for a single change, its refusal here.
    void refuseTooLarge(const Batch& sent, const HttpResponse& answer, PushReport& report);
    PullReport pullLocked();

    Store& store_;
    Transport& transport_;
    DeviceState state_;
    PushSizer pushSizer_;
    std::mutex mutex_;
};

} // namespace patrolbook::sync
