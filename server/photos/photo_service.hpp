#pragma once

#include "auth/principal.hpp"
#include "photos/photo_store.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace patrolbook::server {

class DbPool;

struct PhotoLimits {
    // Bytes an account may hold on the server that no photo record of theirs names yet
    // (unfinished uploads included): the app sends photos after the records that name
    // them, so this is what is in flight, plus what a refused record left behind.
    std::int64_t unclaimedQuotaBytes = 256LL * 1024 * 1024;
    // An unfinished upload nobody added to for this long is deleted (the device still has
    // the photo and sends it again).
    std::chrono::seconds partExpiry = std::chrono::hours(48);
    // A finished upload that no record claimed within this long is deleted. Long: the
    // device deletes its copy once the server holds the bytes, and a record refused
    // until someone fixes it (a property to be given back) must still find its photo.
    std::chrono::seconds unclaimedExpiry = std::chrono::hours(24 * 30);
};

// Photo bytes bound to their uploader and their record (docs/security.md): who may see,
// upload and keep what, over PhotoStore's files and PhotoRepo's table.
class PhotoService {
public:
    PhotoService(PhotoStore& store, DbPool& pool, PhotoLimits limits = {});

    // What HEAD says: the photo, if the caller may see it; otherwise the caller's own
    // unfinished upload. A photo that exists but is not the caller's answers as one that
    // does not exist.
    struct Status {
        bool complete = false;
        std::int64_t offset = 0;
    };
    Status status(const Principal& who, const std::string& sha);
    // Throws ApiError 507 past the caller's quota.
    PhotoStore::Progress append(const Principal& who, const std::string& sha, std::int64_t start, std::int64_t total,
                                const std::string& bytes);
    std::optional<std::string> read(const Principal& who, const std::string& sha);
    // The photo's file and size by the same rule as read(), for an export that streams it.
    struct File {
        std::filesystem::path path;
        std::int64_t bytes = 0;
    };
    std::optional<File> file(const Principal& who, const std::string& sha);

    struct GcReport {
        int partsRemoved = 0;
        int uploadsExpired = 0;
        int photosRemoved = 0;
        std::int64_t bytesFreed = 0;
    };
    // Deletes unfinished uploads and unclaimed photos past their expiry, and photo files
    // nobody's upload is recorded for (left by a crash, or by servers before owners).
    GcReport collectGarbage(std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

    const PhotoLimits& limits() const { return limits_; }

private:
    bool visible(const Principal& who, const std::string& sha);
    PhotoStore& store_;
    DbPool& pool_;
    PhotoLimits limits_;
};

} // namespace patrolbook::server
