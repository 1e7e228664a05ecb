#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::server {

// Photos as files named by their SHA-256 under <data>/photos. Each account uploads into
// its own parts/<account>/<sha>.part, so nobody learns of another's upload or adds bytes
// to it; once it has `total` bytes the hash is checked and the file renamed into place (or
// discarded; or, when the photo is there already, dropped). Every write is flushed to
// disk, and the flush checked, before it is acknowledged. Callers that change files hold
// FileLock(lockFile()) (PhotoService does).
class PhotoStore {
public:
    static constexpr std::int64_t maxBytes = 20 * 1024 * 1024;

    explicit PhotoStore(std::filesystem::path dir);

    enum class AppendResult { Partial, Complete, Mismatch, WrongOffset, TooLarge };
    struct Progress {
        AppendResult result;
        std::int64_t offset; // bytes held after the call
    };

    static bool isSha256(const std::string& text);
    bool complete(const std::string& sha) const;
    std::int64_t completeSize(const std::string& sha) const;
    // Bytes of the account's unfinished upload of this photo (0 if none).
    std::int64_t partialSize(const std::string& account, const std::string& sha) const;
    // Bytes of all the account's unfinished uploads.
    std::int64_t partialBytes(const std::string& account) const;
    // Throws std::system_error when the disk refuses the bytes (ENOSPC...): nothing of them
    // is then kept.
    Progress append(const std::string& account, const std::string& sha, std::int64_t start, std::int64_t total,
                    const std::string& bytes);
    std::optional<std::string> read(const std::string& sha) const;
    // The stored photo's file, for a reader that streams it (none while incomplete).
    std::optional<std::filesystem::path> file(const std::string& sha) const;

    // What `gc` looks at: unfinished uploads (account "" for those of servers before
    // uploads had owners) and stored photos.
    struct File {
        std::string account;
        std::string sha;
        std::filesystem::path path;
        std::filesystem::file_time_type modified;
        std::int64_t bytes = 0;
    };
    std::vector<File> parts() const;
    std::vector<File> photos() const;
    // Removes a file and makes the removal durable; the bytes it freed.
    std::int64_t remove(const File& file);
    std::filesystem::path lockFile() const { return dir_ / ".lock"; }

private:
    std::filesystem::path finalPath(const std::string& sha) const { return dir_ / sha; }
    std::filesystem::path partDir(const std::string& account) const;
    std::filesystem::path partPath(const std::string& account, const std::string& sha) const
    {
        return partDir(account) / (sha + ".part");
    }
    std::filesystem::path dir_;
};

} // namespace patrolbook::server
