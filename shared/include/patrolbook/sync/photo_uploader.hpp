#pragma once

#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/sync/transport.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace patrolbook {
class Store;
}

namespace patrolbook::sync {

// A photo that could not be uploaded; its file stays on the device.
struct FailedPhoto {
    std::string sha256;
    std::string reason;
};

struct UploadReport {
    // Sent (or finished) by this call and verified by the server; the local files are gone.
    std::int64_t uploaded = 0;
    // The server had them already; the local files are gone.
    std::int64_t alreadyOnServer = 0;
    // Refused for this photo alone (its bytes do not match its name, too large, ...).
    std::vector<FailedPhoto> failed;
    // Photo bytes this call put on the wire and got an answer for.
    std::int64_t bytesSent = 0;
};

// `done` of `total` bytes of this call's photos: a photo's bytes count once the server
// holds them (whoever sent them), or once the photo is finished with, failed included, so
// the bar always ends at `total`.
using UploadProgress = std::function<void(std::int64_t done, std::int64_t total)>;

// The device side of the resumable photo upload (docs/sync-protocol.md, "Photos"). A photo
// is the file <photoDir>/<sha256>.jpg until the server has verified it; then the file is
// deleted. Bytes go in chunks of at most chunkBytes, each appended by the server at once,
// so an interruption loses at most one chunk and the next call continues from the offset
// the server reports.
//
// Errors: a transport's Error{Sync, Unreachable} and the HTTP errors of the session
// (401, 403, 426, 429, 5xx, as SyncEngine maps them) propagate, leaving the files and the
// server's partial uploads in place. What concerns one photo only is reported in
// UploadReport::failed and the next photo goes.
//
// Not thread-safe; SyncEngine::uploadPhotos() runs one under the engine's lock.
class PhotoUploader {
public:
    static constexpr std::int64_t chunkBytes = 256 * 1024;

    PhotoUploader(Store& store, Transport& transport, std::filesystem::path photoDir);

    // Every live Photo record whose file is in photoDir, oldest record first; each file once.
    UploadReport uploadPending(UploadProgress progress = {});

private:
    Store& store_;
    Transport& transport_;
    DeviceState state_;
    std::filesystem::path photoDir_;
};

} // namespace patrolbook::sync
