#include "photos/photo_service.hpp"

#include "api/api_error.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/timestamp.hpp"
#include "photos/file_lock.hpp"
#include "storage/db_pool.hpp"
#include "storage/photo_repo.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <system_error>

namespace patrolbook::server {

namespace {

std::int64_t msOf(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

std::string mib(std::int64_t bytes)
{
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MiB";
}

} // namespace

PhotoService::PhotoService(PhotoStore& store, DbPool& pool, PhotoLimits limits)
    : store_(store)
    , pool_(pool)
    , limits_(limits)
{
}

bool PhotoService::visible(const Principal& who, const std::string& sha)
{
    return PhotoRepo(pool_.db()).visible(sha, who.accountId, nlohmann::json(who.propertyIds).dump());
}

PhotoService::Status PhotoService::status(const Principal& who, const std::string& sha)
{
    if (store_.complete(sha) && visible(who, sha))
        return {true, store_.completeSize(sha)};
    return {false, store_.partialSize(who.accountId, sha)};
}

PhotoStore::Progress PhotoService::append(const Principal& who, const std::string& sha, std::int64_t start,
                                          std::int64_t total, const std::string& bytes)
{
    // Held until the upload is recorded: gc (also from another process) never sees a
    // photo file whose upload is on its way into the table.
    FileLock lock(store_.lockFile());
    if (store_.complete(sha) && visible(who, sha))
        return {PhotoStore::AppendResult::Complete, store_.completeSize(sha)};
    if (total <= PhotoStore::maxBytes) {
        // The whole photo must fit, not just this chunk: an upload that cannot finish is
        // refused before it starts.
        const std::int64_t held = store_.partialSize(who.accountId, sha);
        const std::int64_t others
            = PhotoRepo(pool_.db()).unclaimedBytes(who.accountId) + store_.partialBytes(who.accountId) - held;
        if (others + total > limits_.unclaimedQuotaBytes)
            throw ApiError(507, "Photo quota reached",
                           "you have " + mib(others) + " of photos on the server that no record names yet (at most "
                               + mib(limits_.unclaimedQuotaBytes) + "); sync your records, then send the photos again");
    }
    PhotoStore::Progress progress{};
    try {
        progress = store_.append(who.accountId, sha, start, total, bytes);
    } catch (const std::system_error& e) {
        if (e.code().value() == ENOSPC || e.code().value() == EDQUOT)
            throw ApiError(507, "Server storage full",
                           "the server has no room for this photo now; nothing of this chunk was kept, try later");
        throw;
    }
    if (progress.result == PhotoStore::AppendResult::Complete) {
        auto& db = pool_.db();
        const auto turn = pool_.writeTurn();
        sqlite::Transaction tx(db);
        PhotoRepo(db).addUpload(sha, who.accountId, total, Timestamp::now().utcMs);
        tx.commit();
    }
    return progress;
}

std::optional<std::string> PhotoService::read(const Principal& who, const std::string& sha)
{
    if (!visible(who, sha))
        return std::nullopt;
    return store_.read(sha);
}

std::optional<PhotoService::File> PhotoService::file(const Principal& who, const std::string& sha)
{
    auto path = store_.file(sha);
    if (!path || !visible(who, sha))
        return std::nullopt;
    return File{std::move(*path), store_.completeSize(sha)};
}

PhotoService::GcReport PhotoService::collectGarbage(std::chrono::system_clock::time_point now)
{
    FileLock lock(store_.lockFile());
    GcReport report;
    const auto olderThan = [&](const PhotoStore::File& f, std::chrono::seconds age) {
        return std::chrono::file_clock::to_sys(f.modified) < now - age;
    };
    for (const auto& part : store_.parts())
        if (olderThan(part, limits_.partExpiry)) {
            report.bytesFreed += store_.remove(part);
            ++report.partsRemoved;
        }
    auto& db = pool_.db();
    PhotoRepo repo(db);
    {
        const auto turn = pool_.writeTurn();
        sqlite::Transaction tx(db);
        for (const auto& upload : repo.unclaimedBefore(msOf(now - limits_.unclaimedExpiry))) {
            repo.removeUpload(upload.sha, upload.accountId);
            ++report.uploadsExpired;
        }
        tx.commit();
    }
    // A file nobody's upload is recorded for: its uploads expired (just now, or before a
    // crash between the two deletes), or it came from a server before uploads had owners
    // and no record named it. The age spares one uploaded just before an upgrade.
    for (const auto& photo : store_.photos())
        if (olderThan(photo, limits_.unclaimedExpiry) && !repo.anyUpload(photo.sha)) {
            report.bytesFreed += store_.remove(photo);
            ++report.photosRemoved;
        }
    return report;
}

} // namespace patrolbook::server
